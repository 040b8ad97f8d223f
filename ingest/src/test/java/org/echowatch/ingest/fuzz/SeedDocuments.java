package org.echowatch.ingest.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.echowatch.ingest.demo.DemoAgencySite;
import org.echowatch.ingest.demo.DemoStory;
import org.echowatch.ingest.feed.DatasourceParser;

/**
 * Well-formed documents in each edition's real layout, rendered once by {@link DemoAgencySite} over
 * loopback HTTP: the starting points the mutator breaks.
 *
 * @param feeds BelTA RSS documents with the URL each was served under
 * @param datasources Xinhua {@code ds_<id>.json} documents with their URLs
 * @param hubs Xinhua hub pages with their URLs
 * @param articles article pages with their edition and agency URL
 */
record SeedDocuments(List<Doc> feeds, List<Doc> datasources, List<Doc> hubs, List<Doc> articles) {

  /**
   * One seed document.
   *
   * @param edition edition id
   * @param url the agency URL the document stands for
   * @param text the document
   */
  record Doc(String edition, String url, String text) {}

  private static final List<String> BELTA = List.of("belta-ru", "belta-en", "belta-zh");
  private static final List<String> XINHUA = List.of("xinhua-en", "xinhua-ru", "xinhua-zh");

  /** Renders stories in all six editions and fetches every seed document. */
  static SeedDocuments render() {
    List<DemoStory> stories = stories();
    Clock clock = Clock.fixed(Instant.parse("2026-10-03T00:00:00Z"), ZoneOffset.UTC);
    try (DemoAgencySite site = DemoAgencySite.start(stories, clock)) {
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      String base = site.baseUri().toString();
      List<Doc> feeds = new ArrayList<>();
      for (String edition : BELTA) {
        String host = hostOf(site, stories, edition, base);
        feeds.add(
            new Doc(edition, "https://" + host + "/rss", get(http, base + "/" + host + "/rss")));
      }
      List<Doc> hubs = new ArrayList<>();
      List<Doc> datasources = new ArrayList<>();
      for (String edition : XINHUA) {
        String host = hostOf(site, stories, edition, base);
        String hubPath =
            switch (edition) {
              case "xinhua-en" -> "/list/latestnews.htm";
              case "xinhua-zh" -> "/xhsxw.htm";
              default -> "/index.htm";
            };
        String hub = get(http, base + "/" + host + hubPath);
        hubs.add(new Doc(edition, "https://" + host + hubPath, hub));
        for (String id : DatasourceParser.datasourceIds(hub)) {
          String listUrl = DatasourceParser.listUrl("https://" + host + hubPath, id);
          String local = base + "/" + listUrl.substring("https://".length());
          datasources.add(new Doc(edition, listUrl, get(http, local)));
        }
      }
      List<Doc> articles = new ArrayList<>();
      for (DemoStory story : stories) {
        String local = site.urlOf(story);
        String agencyUrl = "https://" + local.substring(base.length() + 1);
        articles.add(new Doc(story.edition(), agencyUrl, get(http, local)));
      }
      return new SeedDocuments(feeds, datasources, hubs, articles);
    }
  }

  private static String hostOf(
      DemoAgencySite site, List<DemoStory> stories, String edition, String base) {
    DemoStory story =
        stories.stream().filter(s -> s.edition().equals(edition)).findFirst().orElseThrow();
    String rest = site.urlOf(story).substring(base.length() + 1);
    return rest.substring(0, rest.indexOf('/'));
  }

  private static String get(HttpClient http, String url) {
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("seed " + url + " answered " + response.statusCode());
      }
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static List<DemoStory> stories() {
    LocalDateTime at = LocalDateTime.of(2026, 10, 2, 9, 30);
    List<String> en =
        List.of(
            "MINSK, 2 October (BelTA) - Belarus and China signed 12 agreements on trade.",
            "The documents cover logistics, grain exports and the Great Stone industrial park.",
            "Total trade reached $5.8 billion in the first eight months, officials said.");
    return List.of(
        new DemoStory(
            "belta-en",
            "186877",
            "politics",
            at,
            "Belarus, China sign deals",
            en,
            List.of("China")),
        new DemoStory(
            "belta-ru",
            "700101",
            "politics",
            at,
            "Беларусь и Китай подписали 12 соглашений",
            List.of(
                "МИНСК, 2 октября (БЕЛТА) - Беларусь и Китай подписали 12 соглашений.",
                "Товарооборот составил $5,8 млрд."),
            List.of("Китай")),
        new DemoStory(
            "belta-zh",
            "300200",
            "politics",
            at,
            "白俄罗斯与中国签署12项协议",
            List.of("白俄通讯社明斯克10月2日电 白俄罗斯与中国签署12项协议。", "贸易额达58亿美元。"),
            List.of("中国")),
        new DemoStory(
            "xinhua-en",
            "echo-1",
            "world",
            at.plusHours(6),
            "China, Belarus sign 12 deals",
            en,
            List.of("Belarus")),
        new DemoStory(
            "xinhua-ru",
            "echo-2",
            null,
            at.plusHours(6),
            "Китай и Беларусь подписали соглашения",
            List.of("ПЕКИН, 2 октября /Синьхуа/ -- Китай и Беларусь подписали 12 соглашений."),
            List.of("Беларусь")),
        new DemoStory(
            "xinhua-zh",
            "echo-3",
            "world",
            at.plusHours(6),
            "中白签署12项合作协议",
            List.of("新华社北京10月2日电 中国与白俄罗斯签署12项合作协议。"),
            List.of("白俄罗斯")));
  }
}
