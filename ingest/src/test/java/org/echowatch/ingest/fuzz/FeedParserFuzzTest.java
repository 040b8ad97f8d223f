package org.echowatch.ingest.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.echowatch.ingest.feed.DatasourceParser;
import org.echowatch.ingest.feed.FeedFormatException;
import org.echowatch.ingest.feed.ListPageParser;
import org.echowatch.ingest.feed.SyndicationParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Mutated feeds into the discovery parsers. The service handles exactly one exception from them,
 * {@link FeedFormatException} (counted, routed to {@code ingest.errors.v1} as {@code ingest.parse},
 * feed health "error"); anything else is logged as an unexpected poll failure and never reaches the
 * errors topic, so it counts as an escape here.
 */
class FeedParserFuzzTest {

  private static final long SEED = 20261127L;
  private static final Duration HANG_GUARD = Duration.ofSeconds(120);
  private static final ZoneId MINSK = ZoneId.of("Europe/Minsk");
  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  private static SeedDocuments seeds;

  @BeforeAll
  static void renderSeeds() {
    seeds = SeedDocuments.render();
  }

  @Test
  void shouldParseOrRejectWithFeedFormatExceptionWhenRssIsMutated() {
    FuzzTally tally = new FuzzTally(Set.of(FeedFormatException.class));
    List<SeedDocuments.Doc> feeds = seeds.feeds();
    int cases = FuzzTally.cases(500);
    assertTimeoutPreemptively(
        HANG_GUARD,
        () -> {
          for (int i = 0; i < cases; i++) {
            SeedDocuments.Doc seed = feeds.get(i % feeds.size());
            String xml =
                new TextMutator(SEED, i)
                    .mutate(seed.text(), feeds.get((i + 1) % feeds.size()).text());
            tally.run("rss case " + i, () -> SyndicationParser.parse(xml, seed.url(), MINSK));
          }
        });
    assertThat(tally.escapes()).as("escapes (%s)", tally).isEmpty();
    assertThat(tally.rejected()).as("mutations that broke the XML").isPositive();
    assertThat(tally.accepted()).as("mutations the parser survived").isPositive();
  }

  @Test
  void shouldParseOrRejectWithFeedFormatExceptionWhenDatasourceJsonIsMutated() {
    FuzzTally tally = new FuzzTally(Set.of(FeedFormatException.class));
    List<SeedDocuments.Doc> lists = seeds.datasources();
    int cases = FuzzTally.cases(FuzzTally.DEFAULT_CASES);
    assertTimeoutPreemptively(
        HANG_GUARD,
        () -> {
          for (int i = 0; i < cases; i++) {
            SeedDocuments.Doc seed = lists.get(i % lists.size());
            String json =
                new TextMutator(SEED + 1, i)
                    .mutate(seed.text(), lists.get((i + 1) % lists.size()).text());
            tally.run("ds case " + i, () -> DatasourceParser.parse(json, seed.url(), BEIJING));
          }
        });
    assertThat(tally.escapes()).as("escapes (%s)", tally).isEmpty();
    assertThat(tally.rejected()).isPositive();
    assertThat(tally.accepted()).isPositive();
  }

  @Test
  void shouldNeverThrowWhenHubAndListPagesAreMutated() {
    FuzzTally tally = new FuzzTally(Set.of());
    List<SeedDocuments.Doc> hubs = seeds.hubs();
    // Jsoup pages cost ~100x an XML feed; fewer cases keep the default build cheap.
    int cases = FuzzTally.cases(100);
    assertTimeoutPreemptively(
        HANG_GUARD,
        () -> {
          for (int i = 0; i < cases; i++) {
            SeedDocuments.Doc seed = hubs.get(i % hubs.size());
            String html =
                new TextMutator(SEED + 2, i)
                    .mutate(seed.text(), seeds.articles().get(i % 6).text());
            tally.run(
                "hub case " + i,
                () -> {
                  DatasourceParser.datasourceIds(html);
                  ListPageParser.parse(html, seed.url(), url -> url.endsWith("c.html"));
                });
          }
        });
    assertThat(tally.escapes()).as("escapes (%s)", tally).isEmpty();
    assertThat(tally.accepted()).isEqualTo(cases);
  }

  @Test
  void shouldRejectWithFeedFormatExceptionWhenFeedIsDeeplyNestedOrOversized() {
    String deepXml = "<rss><channel>" + "<item>".repeat(20_000) + "</channel></rss>";
    String deepJson = "{\"datasource\":" + "[".repeat(50_000) + "]".repeat(50_000) + "}";
    String hugeItems =
        "<rss><channel>"
            + "<item><link>https://eng.belta.by/x/view/a-1-2026/</link><title>t</title></item>"
                .repeat(20_000)
            + "</channel></rss>";
    FuzzTally tally = new FuzzTally(Set.of(FeedFormatException.class));
    assertTimeoutPreemptively(
        HANG_GUARD,
        () -> {
          tally.run(
              "deep xml",
              () -> SyndicationParser.parse(deepXml, "https://eng.belta.by/rss", MINSK));
          tally.run(
              "deep json",
              () -> DatasourceParser.parse(deepJson, "https://english.news.cn/ds.json", BEIJING));
          tally.run(
              "20k items",
              () -> SyndicationParser.parse(hugeItems, "https://eng.belta.by/rss", MINSK));
        });
    assertThat(tally.escapes()).as("escapes (%s)", tally).isEmpty();
  }
}
