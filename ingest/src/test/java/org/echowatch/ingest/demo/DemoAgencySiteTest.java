package org.echowatch.ingest.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.echowatch.common.Article;
import org.echowatch.ingest.ArticleExtraction;
import org.echowatch.ingest.DemoCorpus;
import org.echowatch.ingest.MutableClock;
import org.echowatch.ingest.SourceCatalog;
import org.echowatch.ingest.SourceConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DemoAgencySiteTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-10-02T11:00:00Z"));
  private final DemoAgencySite site = DemoAgencySite.start(DemoCorpus.stories(), clock);

  @AfterEach
  void tearDown() {
    site.close();
  }

  private String get(String url) throws IOException {
    HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
    try {
      if (c.getResponseCode() != 200) {
        return "HTTP " + c.getResponseCode();
      }
      return new String(c.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    } finally {
      c.disconnect();
    }
  }

  @Test
  void shouldRenderEveryEditionInItsOwnLayoutWhenStoryIsPublished() throws Exception {
    List<SourceConfig> sources = SourceCatalog.rebase(SourceCatalog.load(), site.baseUri());
    for (DemoStory story : DemoCorpus.stories()) {
      String html = get(site.urlOf(story));
      Article a =
          ArticleExtraction.extract(
              SourceCatalog.edition(sources, story.edition()), site.urlOf(story), html);

      assertThat(html.getBytes(StandardCharsets.UTF_8).length)
          .as("page weight of %s", story.edition())
          .isBetween(50_000, 150_000);
      assertThat(a.id()).isEqualTo(DemoAgencySite.articleIdOf(story));
      assertThat(a.title()).isEqualTo(story.title());
      assertThat(a.publishedAt()).isEqualTo(DemoAgencySite.publishedAt(story));
      assertThat(a.extractedBy()).isEqualTo("selectors");
      List<String> paragraphs = List.of(a.body().split("\n\n"));
      // long english.news.cn stories are split into pages: page one holds the first six
      assertThat(story.paragraphs()).startsWith(paragraphs.toArray(String[]::new));
    }
  }

  @Test
  void shouldListStoryInFeedOnlyWhenClockPassesItsTime() throws Exception {
    clock.set(Instant.parse("2026-10-02T08:50:00Z"));
    String before = get(site.baseUri() + "/eng.belta.by/rss");
    clock.set(Instant.parse("2026-10-02T08:54:00Z"));
    String after = get(site.baseUri() + "/eng.belta.by/rss");

    assertThat(before).doesNotContain("186877");
    assertThat(after)
        .contains("-186877-2026/</link>")
        .contains("<pubDate>Fri, 02 Oct 2026 11:54:00 +0300</pubDate>");
    clock.set(Instant.parse("2026-10-02T08:50:00Z"));
    assertThat(get(site.urlOf(DemoCorpus.stories().get(0)))).isEqualTo("HTTP 404");
  }

  @Test
  void shouldServeDatasourceListNamedByHubWhenXinhua() throws Exception {
    String hub = get(site.baseUri() + "/english.news.cn/list/latestnews.htm");
    String id = org.echowatch.ingest.feed.DatasourceParser.datasourceIds(hub).get(0);
    String json = get(site.baseUri() + "/english.news.cn/list/ds_" + id + ".json");

    assertThat(json)
        .contains(
            "\"publishUrl\":\"../asiapacific/20261002/aa11bb22cc33dd44ee55ff6677889900/c.html\"");
    assertThat(json).contains("\"publishTime\":\"2026-10-02 18:00:00\"");
    assertThat(get(site.baseUri() + "/english.news.cn/robots.txt")).isEqualTo("HTTP 404");
    assertThat(get(site.baseUri() + "/eng.belta.by/robots.txt")).contains("Disallow: /printv*");
  }

  @Test
  void shouldReadStoriesFromJsonWhenAppSuppliesThem() {
    String json =
        "[{\"edition\":\"belta-en\",\"nativeId\":\"1\",\"rubric\":\"politics\","
            + "\"publishedLocal\":\"2026-10-02T11:54:00\",\"title\":\"T\",\"paragraphs\":[\"P\"],\"tags\":[]}]";

    List<DemoStory> stories =
        DemoStory.readJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));

    assertThat(stories).singleElement().extracting(DemoStory::nativeId).isEqualTo("1");
    assertThatThrownBy(
            () ->
                DemoStory.readJson(
                    new ByteArrayInputStream(
                        "[{\"edition\":\"tass-en\"}]".getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("edition must be one of");
  }
}
