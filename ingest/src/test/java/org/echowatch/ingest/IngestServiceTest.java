package org.echowatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.echowatch.common.Article;
import org.echowatch.common.FeedHealth;
import org.echowatch.common.ProcessingFailure;
import org.echowatch.ingest.demo.DemoAgencySite;
import org.echowatch.ingest.demo.DemoAgencySite.Canned;
import org.echowatch.ingest.demo.DemoStory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestServiceTest {

  private static final Instant AFTER_ALL = Instant.parse("2026-10-02T11:00:00Z");

  @TempDir Path dataDir;
  private final MutableClock clock = new MutableClock(AFTER_ALL);
  private final List<AutoCloseable> open = new ArrayList<>();
  private DemoAgencySite site;
  private SimpleMeterRegistry registry;

  @AfterEach
  void tearDown() throws Exception {
    for (AutoCloseable c : open) {
      c.close();
    }
  }

  private IngestService service(List<DemoStory> stories, ListPublisher publisher) {
    if (site == null) {
      site = DemoAgencySite.start(stories, clock);
      open.add(site);
    }
    registry = new SimpleMeterRegistry();
    IngestSettings settings =
        IngestSettings.fromEnv(
            Map.of(
                "ECHOWATCH_DATA_DIR", dataDir.toString(),
                "ECHOWATCH_PER_HOST_DELAY", "0s",
                "ECHOWATCH_FETCH_RETRIES", "1",
                "ECHOWATCH_BACKOFF_BASE", "10ms",
                "ECHOWATCH_BACKOFF_MAX", "20ms",
                "ECHOWATCH_FETCH_TIMEOUT", "20s"));
    IngestService service =
        new IngestService(
            settings,
            SourceCatalog.rebase(SourceCatalog.load(), site.baseUri()),
            registry,
            publisher,
            clock);
    open.add(0, service);
    return service;
  }

  @Test
  void shouldPublishEveryEditionWhenStoriesAreListed() throws Exception {
    ListPublisher out = new ListPublisher();
    IngestService service = service(DemoCorpus.stories(), out);

    IngestService.PollSummary summary = service.pollOnce();

    assertThat(out.errors).isEmpty();
    assertThat(out.articleIds())
        .containsExactlyInAnyOrderElementsOf(
            DemoCorpus.stories().stream().map(DemoAgencySite::articleIdOf).toList());
    assertThat(summary.newArticles()).isEqualTo(7);
    assertThat(out.articles)
        .allSatisfy(
            a -> {
              assertThat(a.extractedBy()).isEqualTo("selectors");
              assertThat(a.fetchedAt()).isEqualTo(AFTER_ALL);
              assertThat(a.captureRef()).matches("echowatch-\\d{14}-\\d+\\.warc#urn:uuid:.+");
              assertThat(a.contentSha256()).hasSize(64);
            });
    Article longStory =
        out.articles.stream().filter(a -> a.id().contains("aa11bb22")).findFirst().orElseThrow();
    assertThat(longStory.body().split("\n\n")).hasSize(10);
    assertThat(longStory.rubric()).isEqualTo("asiapacific");
    Article beltaEn =
        out.articles.stream()
            .filter(a -> a.id().equals("belta-en:186877"))
            .findFirst()
            .orElseThrow();
    assertThat(beltaEn.publishedAt()).isEqualTo(Instant.parse("2026-10-02T08:54:00Z"));
    assertThat(beltaEn.tags()).containsExactly("China", "Logistics");
    assertThat(out.health).extracting(FeedHealth::status).containsOnly("ok");
    // one record per enabled feed, belta-be's empty one included
    assertThat(out.health)
        .hasSize(SourceCatalog.load().stream().mapToInt(s -> s.feeds().size()).sum())
        .anySatisfy(h -> assertThat(h.feedId()).isEqualTo("belta-be:rss"));
    try (var files = Files.list(dataDir.resolve("warc"))) {
      assertThat(files.toList())
          .singleElement()
          .satisfies(f -> assertThat(Files.size(f)).isGreaterThan(7 * 50_000L));
    }
    assertThat(
            registry
                .get("echowatch.ingest.articles.new")
                .tag("edition", "xinhua-en")
                .counter()
                .count())
        .isEqualTo(2.0);
    assertThat(registry.get("echowatch.ingest.fetch.latency").timers()).isNotEmpty();
  }

  @Test
  void shouldListStoryOnlyWhenClockPassesItsTime() {
    clock.set(Instant.parse("2026-10-02T09:00:00Z"));
    ListPublisher out = new ListPublisher();
    IngestService service = service(DemoCorpus.stories(), out);

    service.pollOnce();
    List<String> early = out.articleIds();
    clock.set(AFTER_ALL);
    service.pollOnce();

    assertThat(early).containsExactlyInAnyOrder("belta-en:186877", "belta-ru:645301");
    assertThat(out.articleIds()).hasSize(7);
  }

  @Test
  void shouldNotRepublishWhenSameItemsAppearAcrossPolls() {
    ListPublisher out = new ListPublisher();
    IngestService service = service(DemoCorpus.stories(), out);

    service.pollOnce();
    out.health.clear();
    IngestService.PollSummary second = service.pollOnce();

    assertThat(second.newArticles()).isZero();
    assertThat(out.articles).hasSize(7);
    // the feeds answer the conditional GET with 304
    assertThat(out.health).extracting(FeedHealth::status).containsOnly("not_modified");
  }

  @Test
  void shouldNotReemitWhenRestartedOnSameDataDir() {
    ListPublisher first = new ListPublisher();
    IngestService one = service(DemoCorpus.stories(), first);
    one.pollOnce();
    one.close();

    ListPublisher second = new ListPublisher();
    service(DemoCorpus.stories(), second).pollOnce();

    assertThat(first.articles).hasSize(7);
    assertThat(first.closed).isTrue();
    assertThat(second.articles).isEmpty();
    assertThat(second.health).extracting(FeedHealth::newItems).containsOnly(0);
  }

  @Test
  void shouldPublishRevisionOfSameStoryWhenUpdateIsReissued() {
    DemoStory original =
        new DemoStory(
            "belta-en",
            "186900",
            "politics",
            LocalDateTime.parse("2026-10-02T12:00:00"),
            "Lukashenko meets Chinese delegation",
            List.of("MINSK, 2 October (BelTA) – First version."),
            List.of());
    DemoStory update =
        new DemoStory(
            "belta-en",
            "186905",
            "politics",
            LocalDateTime.parse("2026-10-02T13:00:00"),
            "UPDATE 1 - Lukashenko meets Chinese delegation",
            List.of("MINSK, 2 October (BelTA) – Second version with more detail."),
            List.of());
    clock.set(Instant.parse("2026-10-02T09:30:00Z"));
    ListPublisher out = new ListPublisher();
    IngestService service = service(List.of(original, update), out);

    service.pollOnce();
    clock.set(Instant.parse("2026-10-02T10:30:00Z"));
    service.pollOnce();

    assertThat(out.articles)
        .extracting(Article::id, Article::revision, Article::title)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "belta-en:186900", 0, "Lukashenko meets Chinese delegation"),
            org.assertj.core.groups.Tuple.tuple(
                "belta-en:186900", 1, "Lukashenko meets Chinese delegation"));
  }

  @Test
  void shouldRecordParseErrorAndGoOnWhenFeedIsMalformed() {
    ListPublisher out = new ListPublisher();
    IngestService service = service(DemoCorpus.stories(), out);
    site.respond(
        "/eng.belta.by/rss",
        new Canned(200, "application/rss+xml", "<rss><channel><item><title>cut", Map.of()));
    site.respond(
        "/www.news.cn/ds_" + dsIdOf(site, "/www.news.cn/xhsxw.htm") + ".json",
        new Canned(200, "application/json", "{\"datasource\": [", Map.of()));

    IngestService.PollSummary summary = service.pollOnce();

    assertThat(out.errors)
        .extracting(ProcessingFailure::stage, ProcessingFailure::url)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                "ingest.parse", site.baseUri() + "/eng.belta.by/rss"),
            org.assertj.core.groups.Tuple.tuple(
                "ingest.parse", site.baseUri() + "/www.news.cn/xhsxw.htm"));
    assertThat(out.errors)
        .allSatisfy(e -> assertThat(e.reason()).containsAnyOf("malformed XML", "malformed JSON"));
    assertThat(summary.newArticles()).isEqualTo(5);
    assertThat(out.health)
        .filteredOn(h -> h.feedId().equals("belta-en:rss"))
        .singleElement()
        .extracting(FeedHealth::status)
        .isEqualTo("error");
    assertThat(
            registry.get("echowatch.ingest.errors").tag("stage", "ingest.parse").counter().count())
        .isEqualTo(2.0);
  }

  @Test
  void shouldRecordFetchErrorsAndRetryOnlyRetriableWhenPagesFail() {
    ListPublisher out = new ListPublisher();
    service(DemoCorpus.stories(), out);
    List<DemoStory> stories = DemoCorpus.stories();
    String beltaEnPage = site.urlOf(stories.get(0)).substring(site.baseUri().toString().length());
    String beltaRuPage = site.urlOf(stories.get(1)).substring(site.baseUri().toString().length());
    site.respond(beltaEnPage, new Canned(404, "text/html", "gone", Map.of()));
    site.respond(beltaRuPage, new Canned(500, "text/html", "oops", Map.of()));
    IngestService service = (IngestService) open.get(0);

    service.pollOnce();
    int enHits = site.hits(beltaEnPage);
    service.pollOnce();

    assertThat(out.errors)
        .filteredOn(e -> e.url().endsWith(beltaEnPage))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.stage()).isEqualTo("ingest.fetch");
              assertThat(e.retriable()).isFalse();
              assertThat(e.reason()).contains("HTTP 404");
            });
    assertThat(out.errors)
        .filteredOn(e -> e.url().endsWith(beltaRuPage))
        .hasSize(2)
        .allSatisfy(e -> assertThat(e.retriable()).isTrue());
    assertThat(site.hits(beltaEnPage)).isEqualTo(enHits);
    assertThat(out.articles).hasSize(5);
  }

  @Test
  void shouldSkipFeedWhenRobotsDisallowsIt() {
    ListPublisher out = new ListPublisher();
    service(DemoCorpus.stories(), out);
    site.respond(
        "/www.belta.by/robots.txt",
        new Canned(200, "text/plain", "User-agent: *\nDisallow: /rss\n", Map.of()));

    ((IngestService) open.get(0)).pollOnce();

    assertThat(out.health)
        .filteredOn(h -> h.feedId().equals("belta-ru:rss"))
        .singleElement()
        .extracting(FeedHealth::status)
        .isEqualTo("skipped");
    assertThat(site.hits("/www.belta.by/rss")).isZero();
    assertThat(out.articleIds()).doesNotContain("belta-ru:645301");
  }

  @Test
  void shouldRecordProduceErrorAndRetryLaterWhenPublishFails() {
    ListPublisher out = new ListPublisher();
    IngestService service = service(DemoCorpus.stories(), out);
    out.failArticles = true;

    service.pollOnce();
    out.failArticles = false;
    service.pollOnce();

    // 8, not 7: the belta-zh story is listed by two feeds, and both tried to publish it
    assertThat(out.errors)
        .extracting(ProcessingFailure::stage)
        .containsOnly("ingest.produce")
        .hasSize(8);
    assertThat(out.articles).hasSize(7);
  }

  private static String dsIdOf(DemoAgencySite site, String hubPath) {
    try {
      String hub =
          new String(
              java.net.URI.create(site.baseUri() + hubPath).toURL().openStream().readAllBytes(),
              java.nio.charset.StandardCharsets.UTF_8);
      return org.echowatch.ingest.feed.DatasourceParser.datasourceIds(hub).get(0);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
