package org.echowatch.indexer.watch;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.QueryMatch;
import org.echowatch.common.Json;
import org.echowatch.indexer.JsonFiles;
import org.echowatch.indexer.auth.PasswordHasher;
import org.echowatch.indexer.index.BadQueryException;
import org.echowatch.indexer.index.Story;
import org.echowatch.indexer.index.StoryDocuments;
import org.echowatch.indexer.index.StoryIndex;

/**
 * Saved searches: persisted in {@code <data dir>/saved-searches.json}, registered with a
 * lucene-monitor {@link Monitor} that matches each new story against all of them at once, and
 * re-registered on start. Thread-safe.
 */
public final class SavedSearches implements AutoCloseable {

  private final Path file;
  private final StoryIndex index;
  private final Monitor monitor;
  private final Map<String, SavedSearch> byId = new LinkedHashMap<>();

  private SavedSearches(Path file, StoryIndex index) throws IOException {
    this.file = file;
    this.index = index;
    this.monitor = new Monitor(index.analyzer());
  }

  /** Loads the saved searches under {@code dataDir} and registers them. */
  public static SavedSearches open(Path dataDir, StoryIndex index) throws IOException {
    var searches = new SavedSearches(dataDir.resolve("saved-searches.json"), index);
    if (Files.exists(searches.file)) {
      List<SavedSearch> saved =
          Json.mapper()
              .readValue(searches.file.toFile(), new TypeReference<List<SavedSearch>>() {});
      for (SavedSearch s : saved) {
        try {
          searches.register(s);
        } catch (BadQueryException e) {
          throw new IOException(
              "saved search " + s.id() + " no longer parses: " + e.getMessage(), e);
        }
      }
    }
    return searches;
  }

  /**
   * Saves and registers a new search.
   *
   * @throws BadQueryException when {@code query} does not parse or is blank
   */
  public synchronized SavedSearch add(String name, String query, String createdBy, Instant now)
      throws BadQueryException, IOException {
    if (query == null || query.isBlank()) {
      throw new BadQueryException("a saved search needs a query", 0);
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a saved search needs a name");
    }
    var saved = new SavedSearch(PasswordHasher.randomToken(9), name.strip(), query, createdBy, now);
    register(saved);
    persist();
    return saved;
  }

  /** Removes a saved search; false when there was none with {@code id}. */
  public synchronized boolean remove(String id) throws IOException {
    if (byId.remove(id) == null) {
      return false;
    }
    monitor.deleteById(id);
    persist();
    return true;
  }

  /** Every saved search, oldest first. */
  public synchronized List<SavedSearch> list() {
    return List.copyOf(byId.values());
  }

  /** The saved searches {@code story} matches. */
  public List<SavedSearch> matching(Story story) throws IOException {
    var matches = monitor.match(StoryDocuments.textOnly(story), QueryMatch.SIMPLE_MATCHER);
    List<SavedSearch> hits = new ArrayList<>();
    synchronized (this) {
      for (QueryMatch m : matches.getMatches()) {
        SavedSearch s = byId.get(m.getQueryId());
        if (s != null) {
          hits.add(s);
        }
      }
    }
    return hits;
  }

  @Override
  public void close() throws IOException {
    monitor.close();
  }

  private void register(SavedSearch s) throws BadQueryException, IOException {
    monitor.register(new MonitorQuery(s.id(), index.parse(s.query()), s.query(), Map.of()));
    byId.put(s.id(), s);
  }

  private void persist() throws IOException {
    JsonFiles.write(file, Json.write(new ArrayList<>(byId.values())));
  }
}
