package org.echowatch.ingest.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.echowatch.common.Article;
import org.echowatch.ingest.ArticleExtraction;
import org.echowatch.ingest.article.ExtractionException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Mutated article pages into the extractor. The service catches {@link ExtractionException} and
 * {@link IllegalArgumentException} per item (counted, {@code ingest.extract} on the errors topic,
 * the item given up); any other throwable would abort the whole feed's poll.
 */
class ArticleExtractionFuzzTest {

  private static final long SEED = 7_340_001L;
  private static final Duration HANG_GUARD = Duration.ofSeconds(120);

  private static SeedDocuments seeds;

  @BeforeAll
  static void renderSeeds() {
    seeds = SeedDocuments.render();
  }

  @Test
  void shouldExtractEverySeedWhenPagesAreIntact() {
    for (SeedDocuments.Doc page : seeds.articles()) {
      Article article = ArticleExtraction.extract(page.edition(), page.url(), page.text());
      assertThat(article.id()).as(page.url()).startsWith(page.edition() + ":");
      assertThat(article.body()).as(page.url()).isNotBlank();
    }
  }

  @Test
  void shouldExtractOrRejectWhenArticlePagesAreMutated() {
    FuzzTally tally =
        new FuzzTally(Set.of(ExtractionException.class, IllegalArgumentException.class));
    List<SeedDocuments.Doc> pages = seeds.articles();
    int cases = FuzzTally.cases(150);
    assertTimeoutPreemptively(
        HANG_GUARD,
        () -> {
          for (int i = 0; i < cases; i++) {
            SeedDocuments.Doc seed = pages.get(i % pages.size());
            String html =
                new TextMutator(SEED, i)
                    .mutate(seed.text(), pages.get((i + 1) % pages.size()).text());
            tally.run(
                "page case " + i + " (" + seed.edition() + ")",
                () -> ArticleExtraction.extract(seed.edition(), seed.url(), html));
          }
        });
    assertThat(tally.escapes()).as("escapes (%s)", tally).isEmpty();
    assertThat(tally.accepted()).as("mutations the extractor survived").isPositive();
    assertThat(tally.rejected()).as("mutations that lost the story").isPositive();
  }

  @Test
  void shouldExtractOrRejectWhenPageIsHugeOrDeeplyNested() {
    SeedDocuments.Doc seed = seeds.articles().get(0);
    String deep =
        seed.text().replace("<body>", "<body>" + "<div>".repeat(5_000)) + "</div>".repeat(5_000);
    String bigParagraphs =
        seed.text()
            .replace(
                "</body>", "<p>" + "Minsk trade ".repeat(5_000) + "</p>".repeat(200) + "</body>");
    FuzzTally tally =
        new FuzzTally(Set.of(ExtractionException.class, IllegalArgumentException.class));
    assertTimeoutPreemptively(
        HANG_GUARD,
        () -> {
          tally.run("deep", () -> ArticleExtraction.extract(seed.edition(), seed.url(), deep));
          tally.run(
              "big", () -> ArticleExtraction.extract(seed.edition(), seed.url(), bigParagraphs));
          tally.run("empty", () -> ArticleExtraction.extract(seed.edition(), seed.url(), ""));
        });
    assertThat(tally.escapes()).as("escapes (%s)", tally).isEmpty();
  }
}
