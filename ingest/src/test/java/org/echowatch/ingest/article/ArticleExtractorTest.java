package org.echowatch.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.echowatch.common.Article;
import org.echowatch.ingest.ArticleExtraction;
import org.echowatch.ingest.Fixtures;
import org.echowatch.ingest.SourceCatalog;
import org.echowatch.ingest.SourceConfig;
import org.echowatch.ingest.capture.Hashes;
import org.echowatch.ingest.fetch.Charsets;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {

  private static final String BELTA_EN =
      "https://eng.belta.by/economics/view/belarus-china-agree-to-expand-rail-freight-via-minsk-hub-186877-2026/";

  @Test
  void shouldReadBeltaEnglishNestedDivsWhenPageHasTemplateLayout() {
    String html = Fixtures.read("articles/belta-en-2026-10-02.html");
    Article a = ArticleExtraction.extract("belta-en", BELTA_EN, html);

    assertThat(a.id()).isEqualTo("belta-en:186877");
    assertThat(a.source()).isEqualTo("belta");
    assertThat(a.lang()).isEqualTo("en");
    assertThat(a.title()).isEqualTo("Belarus, China agree to expand rail freight via Minsk hub");
    assertThat(a.body().split("\n\n"))
        .containsExactly(
            "MINSK, 2 October (BelTA) – Belarus and China agreed to raise container traffic through"
                + " the Great Stone industrial park, the transport ministry said.",
            "The sides plan to run twelve more trains a week by the end of the year.",
            "\"The corridor has proved reliable,\" the minister said.");
    // 11:54 Minsk (UTC+3), not the +00:00 of mediator_published_time
    assertThat(a.publishedAt()).isEqualTo(Instant.parse("2026-10-02T08:54:00Z"));
    assertThat(a.rubric()).isEqualTo("economics");
    assertThat(a.tags()).containsExactly("China", "Logistics");
    assertThat(a.author()).isEqualTo("BelTA");
    assertThat(a.credit()).isEqualTo("belta");
    assertThat(a.images())
        .containsExactly(
            "https://eng.belta.by/images/storage/news/with_archive/2026/000022_186877_big.jpg");
    assertThat(a.extractedBy()).isEqualTo("selectors");
    assertThat(a.contentSha256())
        .isEqualTo(Hashes.sha256Hex(html.getBytes(StandardCharsets.UTF_8)));
    assertThat(a.revision()).isZero();
  }

  @Test
  void shouldReadBeltaRussianParagraphsAndGenitiveDateWhenPageUsesP() {
    Article a =
        ArticleExtraction.extract(
            "belta-ru",
            "https://www.belta.by/economics/view/minskij-traktornyj-zavod-postavit-v-kitaj-partiju-traktorov-645301-2026/",
            Fixtures.read("articles/belta-ru-2026-01-08.html"));

    assertThat(a.id()).isEqualTo("belta-ru:645301");
    assertThat(a.publishedAt()).isEqualTo(Instant.parse("2026-01-08T16:51:00Z"));
    assertThat(a.body().split("\n\n"))
        .containsExactly(
            "МИНСК, 8 января (БЕЛТА) - Минский тракторный завод отправит в КНР первую в этом году"
                + " партию техники, сообщили на предприятии.",
            "Речь идет о сорока машинах для хозяйств провинции Хэйлунцзян.");
    assertThat(a.author()).isEqualTo("Иван Петров");
    assertThat(a.tags()).containsExactly("МТЗ");
    assertThat(a.credit()).isEqualTo("belta");
  }

  @Test
  void shouldReadBelarusianDateAndStopAtBelarusianMarkerWhenBeltaBelarusianPage() {
    Article a =
        ArticleExtraction.extract(
            "belta-be",
            "https://blr.belta.by/economics/view/belarus-i-kitaj-pavjalichats-kolkasts-kantejnernyh-tsjagnikou-praz-minsk-231457-2026/",
            Fixtures.read("articles/belta-be-2026-10-02.html"));

    assertThat(a.id()).isEqualTo("belta-be:231457");
    assertThat(a.lang()).isEqualTo("be");
    assertThat(a.title())
        .isEqualTo("Беларусь і Кітай павялічаць колькасць кантэйнерных цягнікоў праз Мінск");
    // no photo credit, no subscribe link, nothing from the end marker on
    assertThat(a.body().split("\n\n"))
        .containsExactly(
            "МІНСК, 2 кастрычніка (БЕЛТА) – Беларусь і Кітай дамовіліся павялічыць колькасць"
                + " кантэйнерных цягнікоў, што ідуць праз мінскі лагістычны цэнтр, паведамілі ў"
                + " Міністэрстве транспарту.",
            "Да канца года бакі плануюць дадаць яшчэ восем рэйсаў у тыдзень.",
            "«Шлях праз Беларусь застаецца адным з самых хуткіх», – адзначыў намеснік міністра.");
    // "02 кастрычніка 2026, 11:54" in Minsk (UTC+3); the page has no machine-readable date
    assertThat(a.publishedAt()).isEqualTo(Instant.parse("2026-10-02T08:54:00Z"));
    assertThat(a.tags()).containsExactly("Кітай", "Лагістыка");
    assertThat(a.author()).isEqualTo("БЕЛТА");
    assertThat(a.credit()).isEqualTo("belta");
  }

  @Test
  void shouldStopAtSubscribeTextWhenChineseBeltaPageHasPromo() {
    Article a =
        ArticleExtraction.extract(
            "belta-zh",
            "https://chn.belta.by/economics/view/-45788-2026/",
            Fixtures.read("articles/belta-zh-2026-07-28.html"));

    assertThat(a.id()).isEqualTo("belta-zh:45788");
    assertThat(a.body()).isEqualTo("白通社明斯克7月28日电 中白工业园合作论坛今天在明斯克举行。\n\n与会者讨论了物流和高新技术领域的合作。");
    assertThat(a.publishedAt()).isEqualTo(Instant.parse("2026-07-28T14:18:00Z"));
    assertThat(a.author()).isEqualTo("白通社");
    assertThat(a.credit()).isEqualTo("belta");
    assertThat(a.images()).isEmpty();
  }

  @Test
  void shouldConcatenatePagesWhenXinhuaStoryIsPaginated() {
    String url = "https://english.news.cn/20260301/6f1e2d3c4b5a69788796a5b4c3d2e1f0/c.html";
    SourceConfig en = SourceCatalog.edition(SourceCatalog.load(), "xinhua-en");
    ArticleExtractor extractor = new ArticleExtractor(en);
    var page1 = Jsoup.parse(Fixtures.read("articles/xinhua-en-2026-03-01.html"), url);
    String next = extractor.nextPage(page1).orElseThrow();
    var page2 = Jsoup.parse(Fixtures.read("articles/xinhua-en-2026-03-01-page2.html"), next);

    Article a = extractor.extract(url, List.of(page1, page2), PageHints.ofSavedPage("x"));

    assertThat(next)
        .isEqualTo("https://english.news.cn/20260301/6f1e2d3c4b5a69788796a5b4c3d2e1f0/c_2.html");
    assertThat(a.id()).isEqualTo("xinhua-en:20260301-6f1e2d3c4b5a69788796a5b4c3d2e1f0");
    assertThat(a.body().split("\n\n"))
        .containsExactly(
            "BEIJING, March 1 (Xinhua) -- China and Belarus on Sunday pledged to deepen cooperation"
                + " in logistics and trade.",
            "The two sides signed three documents.",
            "Officials said rail links would be the first focus.");
    assertThat(a.publishedAt()).isEqualTo(Instant.parse("2026-03-01T02:15:34Z"));
    assertThat(a.author()).isEqualTo("华夏");
    assertThat(a.tags()).containsExactly("China", "Belarus", "logistics");
    assertThat(a.credit()).isEqualTo("xinhua");
    assertThat(a.images())
        .containsExactly(
            "https://english.news.cn/20260301/6f1e2d3c4b5a69788796a5b4c3d2e1f0/20260301_6f1e2d3c4b5a69788796a5b4c3d2e1f0_photo.jpg");
    assertThat(extractor.nextPage(page2)).isEmpty();
  }

  @Test
  void shouldReadHeaderTimeSpansWhenChineseXinhuaPage() {
    Article a =
        ArticleExtraction.extract(
            "xinhua-zh",
            "https://www.news.cn/politics/leaders/20230309/2822d6ac0b1c4d5e8f90a1b2c3d4e5f6/c.html",
            Fixtures.read("articles/xinhua-zh-2023-03-09.html"));

    assertThat(a.id()).isEqualTo("xinhua-zh:20230309-2822d6ac0b1c4d5e8f90a1b2c3d4e5f6");
    assertThat(a.title()).isEqualTo("中白两国签署媒体合作协议");
    assertThat(a.publishedAt()).isEqualTo(Instant.parse("2023-03-09T02:15:34Z"));
    assertThat(a.body()).isEqualTo("新华社北京3月9日电 中国和白俄罗斯媒体机构9日签署合作协议。\n\n双方将加强新闻交流。");
    assertThat(a.rubric()).isEqualTo("politics");
    assertThat(a.credit()).isEqualTo("xinhua");
  }

  @Test
  void shouldCutAtZeroMarkerAndCreditFirstAgencyWhenRussianXinhuaPage() {
    Article a =
        ArticleExtraction.extract(
            "xinhua-ru",
            "https://russian.news.cn/20260301/0a1b2c3d4e5f60718293a4b5c6d7e8f9/c.html",
            Fixtures.read("articles/xinhua-ru-2026-03-01.html"));

    assertThat(a.id()).isEqualTo("xinhua-ru:20260301-0a1b2c3d4e5f60718293a4b5c6d7e8f9");
    assertThat(a.body()).doesNotContain("после конца").doesNotContain("–0–");
    assertThat(a.publishedAt()).isEqualTo(Instant.parse("2026-03-01T10:02:11Z"));
    assertThat(a.credit()).isEqualTo("xinhua");
    assertThat(a.author()).isEqualTo("Синьхуа");
  }

  @Test
  void shouldCreditBeltaWhenXinhuaDatelineNamesBelta() {
    Article a =
        ArticleExtraction.extract(
            "xinhua-en",
            "https://english.news.cn/20261002/aaaabbbbccccddddeeeeffff00001111/c.html",
            Fixtures.read("articles/xinhua-en-echo-of-belta-2026-10-02.html"));

    assertThat(a.source()).isEqualTo("xinhua");
    assertThat(a.credit()).isEqualTo("belta");
  }

  @Test
  void shouldFallBackToDensestBlockWhenSelectorsFindNoBody() {
    Article a =
        ArticleExtraction.extract(
            "belta-en",
            "https://eng.belta.by/society/view/belarus-opens-new-border-crossing-187001-2026/",
            Fixtures.read("articles/belta-en-new-layout-2026-10-05.html"));

    assertThat(a.extractedBy()).isEqualTo("fallback");
    assertThat(a.title()).isEqualTo("Belarus opens new border crossing");
    assertThat(a.body().split("\n\n")).hasSize(3);
    assertThat(a.body()).startsWith("MINSK, 5 October (BelTA)").doesNotContain("Related");
    assertThat(a.publishedAt()).isEqualTo(Instant.parse("2026-10-05T05:30:00Z"));
  }

  @Test
  void shouldDecodeMetaCharsetWhenLegacyPageIsGbk() {
    byte[] raw = Fixtures.bytes("articles/xinhua-zh-legacy-gbk-2016-03-01.html");
    String html = Charsets.decode(raw, "text/html");

    Article a =
        ArticleExtraction.extract(
            "xinhua-zh", "http://www.xinhuanet.com/politics/2016-03/01/c_128765432.htm", html);

    assertThat(a.id()).isEqualTo("xinhua-zh:c_128765432");
    assertThat(a.body()).isEqualTo("新华网北京3月1日电 旧版页面使用国标编码。");
    assertThat(a.publishedAt()).isEqualTo(Instant.parse("2016-03-01T00:05:12Z"));
  }

  @Test
  void shouldRefusePageWhenNoDateAnywhere() {
    assertThatThrownBy(
            () ->
                ArticleExtraction.extract(
                    "belta-en",
                    "https://eng.belta.by/society/view/no-date-187002-2026/",
                    Fixtures.read("articles/belta-en-no-date-2026-10-06.html")))
        .isInstanceOf(ExtractionException.class)
        .hasMessageContaining("no publication date");
  }

  @Test
  void shouldRefusePageWhenItHasNoText() {
    assertThatThrownBy(
            () ->
                ArticleExtraction.extract(
                    "belta-en",
                    "https://eng.belta.by/society/view/empty-187003-2026/",
                    Fixtures.read("articles/belta-en-empty-2026-10-06.html")))
        .isInstanceOf(ExtractionException.class)
        .hasMessageContaining("neither title nor body");
  }

  @Test
  void shouldRefusePageWhenUrlIsNoArticleUrl() {
    assertThatThrownBy(
            () ->
                ArticleExtraction.extract(
                    "belta-en",
                    "https://eng.belta.by/about/",
                    Fixtures.read("articles/belta-en-2026-10-02.html")))
        .isInstanceOf(ExtractionException.class)
        .hasMessageContaining("matches no id rule");
  }

  @Test
  void shouldNameKnownEditionsWhenEditionIsUnknown() {
    assertThatThrownBy(() -> ArticleExtraction.extract("tass-en", BELTA_EN, "<html></html>"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("belta-en");
  }

  @Test
  void shouldMarkRevisionWhenTitleIsUpdate() {
    String html =
        Fixtures.read("articles/belta-en-2026-10-02.html")
            .replace("<h1>Belarus, China", "<h1>UPDATE 2 - Belarus, China");

    Article a = ArticleExtraction.extract("belta-en", BELTA_EN, html);

    assertThat(a.revision()).isEqualTo(2);
    assertThat(a.title()).isEqualTo("Belarus, China agree to expand rail freight via Minsk hub");
  }
}
