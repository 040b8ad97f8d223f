package org.echowatch.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.echowatch.ingest.Fixtures;
import org.junit.jupiter.api.Test;

class FeedParsersTest {

  private static final ZoneId MINSK = ZoneId.of("Europe/Minsk");
  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  @Test
  void shouldReadItemsWhenBeltaRssHasOffsetDates() {
    List<FeedItem> items =
        SyndicationParser.parse(
            Fixtures.read("feeds/belta-en-2026-10-02.rss"), "https://eng.belta.by/rss", MINSK);

    assertThat(items).hasSize(3);
    assertThat(items.get(0).title()).startsWith("UPDATE 1 - ");
    assertThat(items.get(1).publishedAt()).isEqualTo(Instant.parse("2026-10-02T08:54:00Z"));
    assertThat(items.get(2).url())
        .isEqualTo(
            "https://eng.belta.by/regions/view/grodno-oblast-harvest-passes-2-million-tonnes-186871-2026/");
  }

  @Test
  void shouldReadRussianAndChineseFeedsWhenItemsLackDescription() {
    List<FeedItem> ru =
        SyndicationParser.parse(
            Fixtures.read("feeds/belta-ru-2026-01-08.rss"), "https://www.belta.by/rss", MINSK);
    List<FeedItem> zh =
        SyndicationParser.parse(
            Fixtures.read("feeds/belta-zh-2026-07-28.rss"), "https://chn.belta.by/rss/", MINSK);

    assertThat(ru)
        .singleElement()
        .extracting(FeedItem::publishedAt)
        .isEqualTo(Instant.parse("2026-01-08T16:51:00Z"));
    assertThat(zh)
        .singleElement()
        .extracting(FeedItem::url)
        .isEqualTo("https://chn.belta.by/economics/view/-45788-2026/");
  }

  @Test
  void shouldReadItemsWhenBelarusianBeltaFeedHasRelativeLink() {
    List<FeedItem> items =
        SyndicationParser.parse(
            Fixtures.read("feeds/belta-be-2026-10-02.rss"), "https://blr.belta.by/rss", MINSK);

    assertThat(items)
        .extracting(FeedItem::title)
        .containsExactly(
            "Беларусь і Кітай павялічаць колькасць кантэйнерных цягнікоў праз Мінск",
            "На Магілёўшчыне скончылі капаць бульбу",
            "У Брэсце адкрылі новы пешаходны мост цераз Мухавец");
    assertThat(items.get(0).publishedAt()).isEqualTo(Instant.parse("2026-10-02T08:54:00Z"));
    assertThat(items.get(1).url())
        .isEqualTo(
            "https://blr.belta.by/regions/view/na-magiljoushchyne-skonchyli-kapats-bulbu-231452-2026/");
    assertThat(items.get(2).publishedAt()).isEqualTo(Instant.parse("2026-10-02T06:05:30Z"));
  }

  @Test
  void shouldReadEntriesWhenFeedIsAtom() {
    List<FeedItem> items =
        SyndicationParser.parse(
            Fixtures.read("feeds/atom-sample-2026-03-01.xml"), "https://russian.news.cn/", BEIJING);

    assertThat(items).hasSize(2);
    assertThat(items.get(0).publishedAt()).isEqualTo(Instant.parse("2026-03-01T02:15:34Z"));
    assertThat(items.get(1).publishedAt()).isNull();
  }

  @Test
  void shouldNameLineWhenXmlIsMalformed() {
    assertThatThrownBy(
            () ->
                SyndicationParser.parse(
                    Fixtures.read("feeds/malformed-truncated-2026-10-02.rss"),
                    "https://eng.belta.by/rss",
                    MINSK))
        .isInstanceOf(FeedFormatException.class)
        .hasMessageContaining("malformed XML at line")
        .hasMessageContaining("https://eng.belta.by/rss");
  }

  @Test
  void shouldRefuseDocumentWhenRootIsNotAFeed() {
    assertThatThrownBy(
            () ->
                SyndicationParser.parse(
                    Fixtures.read("feeds/not-a-feed-2026-10-02.xml"), "https://x/rss", MINSK))
        .isInstanceOf(FeedFormatException.class)
        .hasMessageContaining("root element is <html>");
  }

  @Test
  void shouldRefuseDoctypeWhenFeedDeclaresEntities() {
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<rss><channel><item><title>&x;</title><link>https://a/b</link></item></channel></rss>";

    assertThatThrownBy(() -> SyndicationParser.parse(xxe, "https://x/rss", MINSK))
        .isInstanceOf(FeedFormatException.class);
  }

  @Test
  void shouldFindEachDatasourceOnceWhenHubRepeatsIt() {
    assertThat(DatasourceParser.datasourceIds(Fixtures.read("feeds/xinhua-en-hub-2026-03-01.htm")))
        .containsExactly("3b1f0c7e9a5d4e2b8c6a0f1e2d3c4b5a", "00000000000000000000000000000abc");
    assertThat(
            DatasourceParser.listUrl(
                "https://english.news.cn/list/latestnews.htm", "3b1f0c7e9a5d4e2b8c6a0f1e2d3c4b5a"))
        .isEqualTo("https://english.news.cn/list/ds_3b1f0c7e9a5d4e2b8c6a0f1e2d3c4b5a.json");
  }

  @Test
  void shouldResolveRelativeLinksAndBeijingTimeWhenDatasourceListed() {
    List<FeedItem> items =
        DatasourceParser.parse(
            Fixtures.read("feeds/xinhua-en-ds-2026-03-01.json"),
            "https://english.news.cn/list/ds_3b1f0c7e9a5d4e2b8c6a0f1e2d3c4b5a.json",
            BEIJING);

    assertThat(items).hasSize(2);
    assertThat(items.get(0).url())
        .isEqualTo("https://english.news.cn/20260301/6f1e2d3c4b5a69788796a5b4c3d2e1f0/c.html");
    assertThat(items.get(0).publishedAt()).isEqualTo(Instant.parse("2026-03-01T02:15:34Z"));
    assertThat(items.get(0).tags()).containsExactly("China", "Belarus", "logistics");
    assertThat(items.get(1).url()).contains("/asiapacific/20260301/");
  }

  @Test
  void shouldSplitFullWidthCommasWhenChineseKeywords() {
    List<FeedItem> items =
        DatasourceParser.parse(
            Fixtures.read("feeds/xinhua-zh-ds-2023-03-09.json"),
            "https://www.news.cn/ds_x.json",
            BEIJING);
    List<FeedItem> ru =
        DatasourceParser.parse(
            Fixtures.read("feeds/xinhua-ru-ds-2026-03-01.json"),
            "https://russian.news.cn/ds_x.json",
            BEIJING);

    assertThat(items)
        .singleElement()
        .extracting(FeedItem::tags)
        .isEqualTo(List.of("中国", "白俄罗斯", "媒体合作"));
    assertThat(ru)
        .singleElement()
        .extracting(FeedItem::url)
        .isEqualTo("https://russian.news.cn/20260301/0a1b2c3d4e5f60718293a4b5c6d7e8f9/c.html");
  }

  @Test
  void shouldNamePositionWhenJsonIsMalformed() {
    assertThatThrownBy(
            () ->
                DatasourceParser.parse(
                    Fixtures.read("feeds/malformed-xinhua-en-ds-2026-03-01.json"),
                    "https://english.news.cn/list/ds_x.json",
                    BEIJING))
        .isInstanceOf(FeedFormatException.class)
        .hasMessageContaining("malformed JSON in https://english.news.cn/list/ds_x.json at line");
  }

  @Test
  void shouldRefuseJsonWhenDatasourceArrayIsMissing() {
    assertThatThrownBy(
            () ->
                DatasourceParser.parse(
                    Fixtures.read("feeds/no-datasource-array-2026-03-01.json"),
                    "https://x/ds.json",
                    BEIJING))
        .isInstanceOf(FeedFormatException.class)
        .hasMessageContaining("no 'datasource' array");
  }

  @Test
  void shouldKeepOnlyArticleLinksWhenListPageHasNavigation() {
    String html =
        "<a href='/politics/'>Politics</a>"
            + "<a href='/politics/view/a-1-2026/'>One</a>"
            + "<a href='https://chn.belta.by/politics/view/-2-2026/'>Two</a>"
            + "<a href='/politics/view/a-1-2026/'>One again</a>";

    List<FeedItem> items =
        ListPageParser.parse(html, "https://chn.belta.by/politics/", u -> u.contains("/view/"));

    assertThat(items)
        .extracting(FeedItem::url)
        .containsExactly(
            "https://chn.belta.by/politics/view/a-1-2026/",
            "https://chn.belta.by/politics/view/-2-2026/");
  }
}
