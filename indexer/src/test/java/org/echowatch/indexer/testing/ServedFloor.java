package org.echowatch.indexer.testing;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.echowatch.common.Article;
import org.echowatch.common.Match;
import org.echowatch.common.MatchType;
import org.echowatch.indexer.IndexerMetrics;
import org.echowatch.indexer.auth.Role;
import org.echowatch.indexer.auth.Sessions;
import org.echowatch.indexer.auth.UserStore;
import org.echowatch.indexer.consume.ConsumerLag;
import org.echowatch.indexer.http.ApiServer;
import org.echowatch.indexer.http.WatchFloor;
import org.echowatch.indexer.index.Story;
import org.echowatch.indexer.index.StoryIndex;
import org.echowatch.indexer.watch.LiveEvents;
import org.echowatch.indexer.watch.SavedSearches;
import org.echowatch.indexer.watch.TriageStore;
import org.echowatch.indexer.watch.WatchHits;

/**
 * The real API server on a free loopback port over an in-memory index holding one flagged pair
 * ({@code belta-en:7} echoed by {@code xinhua-en:7}, narrative {@code n-7}), with the users {@code
 * admin}, {@code ana} (analyst) and {@code vic} (viewer) and its own meter registry.
 */
public final class ServedFloor implements AutoCloseable {

  public static final String ADMIN_PASSWORD = "admin-password-1";
  public static final String ANALYST_PASSWORD = "analyst-password";
  public static final String VIEWER_PASSWORD = "viewer-password";

  private final StoryIndex index;
  private final SavedSearches savedSearches;
  private final LiveEvents events;
  private final MeterRegistry registry;
  private final ApiServer server;

  private ServedFloor(
      StoryIndex index,
      SavedSearches savedSearches,
      LiveEvents events,
      MeterRegistry registry,
      ApiServer server) {
    this.index = index;
    this.savedSearches = savedSearches;
    this.events = events;
    this.registry = registry;
    this.server = server;
  }

  /** Starts a server keeping its files under {@code dataDir}; the origin story has this title. */
  public static ServedFloor start(Path dataDir, String originTitle) throws IOException {
    var index = new StoryIndex(new ByteBuffersDirectory());
    Article origin =
        TestRecords.article(
            "belta-en:7",
            "en",
            originTitle,
            "Minsk hosted talks on trade.",
            "2026-03-01T08:00:00Z");
    Article echo =
        TestRecords.article(
            "xinhua-en:7",
            "en",
            "Talks in Minsk",
            "Minsk hosted talks on trade and grain.",
            "2026-03-01T09:00:00Z");
    Match match = TestRecords.match(origin, echo, MatchType.REWRITE, 0.9, "n-7");
    index.upsertStory(Story.of(origin, match));
    index.upsertStory(Story.of(echo, match));
    index.upsertMatch(match);
    index.upsertAlert(TestRecords.alert("n-7", 1, match));
    index.refresh();
    var savedSearches = SavedSearches.open(dataDir, index);
    var events = new LiveEvents();
    UserStore users = UserStore.open(dataDir, ADMIN_PASSWORD);
    users.add("ana", ANALYST_PASSWORD, Role.ANALYST);
    users.add("vic", VIEWER_PASSWORD, Role.VIEWER);
    var registry = new SimpleMeterRegistry();
    var floor =
        new WatchFloor(
            index,
            TriageStore.open(dataDir),
            savedSearches,
            new WatchHits(10),
            events,
            users,
            new Sessions(Duration.ofHours(1), Clock.systemUTC()),
            new ConsumerLag("127.0.0.1:1"),
            new IndexerMetrics(registry),
            Clock.systemUTC());
    var server = ApiServer.start("127.0.0.1", 0, floor);
    return new ServedFloor(index, savedSearches, events, registry, server);
  }

  /** {@code http://127.0.0.1:<port>}. */
  public String base() {
    return "http://127.0.0.1:" + server.port();
  }

  public int port() {
    return server.port();
  }

  /** The meters of this server's {@code IndexerMetrics}. */
  public MeterRegistry registry() {
    return registry;
  }

  @Override
  public void close() throws IOException {
    events.close();
    server.close();
    savedSearches.close();
    index.close();
  }
}
