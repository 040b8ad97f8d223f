package org.echowatch.ingest.demo;

import static org.echowatch.ingest.demo.DemoLayout.hex;
import static org.echowatch.ingest.demo.DemoLayout.host;
import static org.echowatch.ingest.demo.DemoLayout.path;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.echowatch.common.Json;

/**
 * Renders demo stories in each edition's real page structure (as SOURCES.md records it), wrapped in
 * navigation and script boilerplate so pages weigh what real ones do (50-150 KB).
 */
final class DemoPages {

  /** Stories longer than this are split into pages on the english.news.cn CMS. */
  static final int PARAGRAPHS_PER_PAGE = 6;

  private static final DateTimeFormatter RFC_822 =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.ENGLISH);
  private static final DateTimeFormatter XINHUA_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
  private static final Map<String, String> BOILERPLATE = new ConcurrentHashMap<>();

  private DemoPages() {}

  static String beltaRss(String host, String base, List<DemoStory> newestFirst) {
    StringBuilder sb = new StringBuilder(4096);
    sb.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\">\n<channel>\n")
        .append("<title>BelTA</title>\n<link>")
        .append(base)
        .append('/')
        .append(host)
        .append("/</link>\n<description>Belarusian Telegraph Agency</description>\n");
    for (DemoStory s : newestFirst) {
      String lead = s.paragraphs().isEmpty() ? "" : s.paragraphs().get(0);
      sb.append("<item>\n<title>")
          .append(esc(s.title()))
          .append("</title>\n<link>")
          .append(base)
          .append('/')
          .append(host)
          .append(path(s))
          .append("</link>\n<description>")
          .append(esc(lead.length() > 200 ? lead.substring(0, 200) + "..." : lead))
          .append("</description>\n<pubDate>")
          .append(RFC_822.format(s.publishedLocal().atZone(DemoLayout.MINSK)))
          .append("</pubDate>\n</item>\n");
    }
    return sb.append("</channel>\n</rss>\n").toString();
  }

  static String beltaList(String host, List<DemoStory> newestFirst) {
    StringBuilder sb = new StringBuilder();
    sb.append("<div id=\"inner\">");
    for (DemoStory s : newestFirst) {
      sb.append("<div class=\"news_item lenta_item\"><a href=\"/")
          .append(host)
          .append(path(s))
          .append("\"><span class=\"lenta_item_title\">")
          .append(esc(s.title()))
          .append("</span></a><span class=\"date\">")
          .append(String.format(Locale.ROOT, "%1$tH:%1$tM", s.publishedLocal()))
          .append("</span></div>");
    }
    sb.append("</div>");
    return page("ru", host, "BelTA", "", sb.toString());
  }

  static String beltaArticle(DemoStory s) {
    String host = host(s);
    LocalDateTime t = s.publishedLocal();
    String lang = s.edition().substring(6);
    String dateFull =
        switch (lang) {
          case "ru", "be" ->
              // the JDK's CLDR data writes the genitive month ("января", "студзеня"), as BelTA does
              DateTimeFormatter.ofPattern("dd MMMM yyyy, HH:mm", Locale.forLanguageTag(lang))
                  .format(t);
          case "en" -> DateTimeFormatter.ofPattern("dd MMMM yyyy, HH:mm", Locale.ENGLISH).format(t);
          default -> DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).format(t);
        };
    String head =
        "<meta property=\"og:title\" content=\""
            + esc(s.title())
            + "\">\n<meta property=\"article:published_time\" content=\""
            + ("zh".equals(lang)
                ? DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").format(t)
                : t.atZone(DemoLayout.MINSK).toOffsetDateTime().toString())
            + "\">\n"
            // BelTA's mediator time carries +00:00 on what is Minsk wall-clock time
            + "<meta name=\"mediator_published_time\" content=\""
            + DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(t)
            + "+00:00\">\n";
    StringBuilder body = new StringBuilder();
    body.append("<div class=\"main\"><div class=\"content_margin\">")
        .append("<div class=\"rubric\"><a href=\"/")
        .append(host)
        .append('/')
        .append(DemoLayout.rubric(s))
        .append("/\">")
        .append(DemoLayout.rubric(s))
        .append("</a></div><h1>")
        .append(esc(s.title()))
        .append("</h1>\n<div class=\"date_full\">")
        .append(dateFull)
        .append("</div>\n<div class=\"main_img\"><img src=\"/")
        .append(host)
        .append("/images/storage/news/with_archive/")
        .append(t.getYear())
        .append("/000022_")
        .append(s.nativeId())
        .append("_big.jpg\" alt=\"\"></div>\n<div class=\"inner_content\"><div class=\"text\">")
        .append("<div class=\"js-mediator-article\">\n");
    boolean paragraphs = "ru".equals(lang) || "be".equals(lang);
    for (String p : s.paragraphs()) {
      // en and zh nest plain div blocks; ru and be use p
      body.append(paragraphs ? "<p>" : "<div>").append(esc(p));
      body.append(paragraphs ? "</p>\n" : "</div>\n");
    }
    body.append("<div class=\"advertising_block\">Реклама / Advertising</div>\n")
        .append("<div class=\"invite_in_messagers\">Follow us on: Telegram, VK, X</div>\n")
        .append("</div></div></div>\n<div class=\"news_tags_block\">");
    for (String tag : s.tags()) {
      body.append("<a href=\"/")
          .append(host)
          .append("/tags/")
          .append(DemoLayout.slug(tag))
          .append("/\" title=\"")
          .append(esc(tag))
          .append("\">")
          .append(esc(tag))
          .append("</a> ");
    }
    body.append("</div>\n<div class=\"yandex_share_print\">Share · Print</div>")
        .append("<div class=\"news_accent_block\"><a href=\"/")
        .append(host)
        .append("/\">Top stories of the day</a></div></div></div>\n");
    return page(lang, host, s.title(), head, body.toString());
  }

  static String xinhuaHub(String edition) {
    String id = DemoLayout.datasourceId(edition);
    String body =
        "<div class=\"list\"><ul class=\"wz-list\" data=\"datasource:"
            + id
            + "\" data-type=\"list\"></ul><div class=\"more\">More</div></div>";
    return page(edition.substring(7), DemoLayout.HOSTS.get(edition), "Xinhua", "", body);
  }

  static String xinhuaDatasource(String edition, List<DemoStory> newestFirst) {
    String hubDir =
        DemoLayout.HUBS
            .get(edition)
            .substring(0, DemoLayout.HUBS.get(edition).lastIndexOf('/') + 1);
    String up = "../".repeat((int) hubDir.chars().filter(c -> c == '/').count() - 1);
    List<Map<String, Object>> items = new ArrayList<>();
    for (DemoStory s : newestFirst) {
      String p = path(s);
      items.add(
          Map.of(
              "title", s.title(),
              "publishUrl", up + p.substring(1),
              "summary", s.paragraphs().isEmpty() ? "" : s.paragraphs().get(0),
              "author", "xinhua",
              "keywords", String.join(",", s.tags()),
              "contentId", hex(s),
              "publishTime", XINHUA_TIME.format(s.publishedLocal()),
              "shareImages", List.of()));
    }
    return Json.write(Map.of("status", 0, "datasource", items));
  }

  /** Page {@code page} (1-based) of an english.news.cn / russian.news.cn story. */
  static String xinhuaCmsArticle(DemoStory s, int page) {
    List<String> paras = s.paragraphs();
    int pages = pageCount(s);
    int from = (page - 1) * PARAGRAPHS_PER_PAGE;
    List<String> mine =
        pages == 1
            ? paras
            : paras.subList(from, Math.min(paras.size(), from + PARAGRAPHS_PER_PAGE));
    String lang = s.edition().substring(7);
    String head =
        "<meta name=\"keywords\" content=\""
            + esc(String.join(",", s.tags()))
            + "\">\n<meta name=\"publishdate\" content=\""
            + XINHUA_TIME.format(s.publishedLocal()).substring(0, 10)
            + "\">\n<meta property=\"og:title\" content=\""
            + esc(s.title())
            + "\">\n";
    StringBuilder b = new StringBuilder();
    b.append("<div class=\"conBox\"><div class=\"conTop\"><h1>")
        .append(esc(s.title()))
        .append("</h1><div class=\"info\"><span class=\"source\">")
        .append("ru".equals(lang) ? "Синьхуа" : "新华网")
        .append("</span> | <span class=\"time\">")
        .append(XINHUA_TIME.format(s.publishedLocal()))
        .append("</span> | <span class=\"editor\">华夏</span></div></div>\n")
        .append("<div class=\"conLeft\"><div class=\"content\"><div id=\"detailContent\">\n");
    for (String p : mine) {
      b.append("<p>").append(esc(p)).append("</p>\n");
    }
    b.append("<p><img src=\"zxcode_").append(hex(s)).append(".jpg\"></p>\n</div>\n");
    if (pages > 1) {
      b.append("<div id=\"div_currpage\">");
      if (page > 1) {
        b.append("<a href=\"").append(pageFile(page - 1)).append("\">Prev</a> ");
      }
      for (int i = 1; i <= pages; i++) {
        b.append("<a href=\"").append(pageFile(i)).append("\">").append(i).append("</a> ");
      }
      if (page < pages) {
        b.append("<a href=\"").append(pageFile(page + 1)).append("\">Next</a>");
      }
      b.append("</div>");
    }
    b.append("</div></div></div>\n");
    return page(lang, host(s), s.title() + "-Xinhua", head, b.toString());
  }

  static String xinhuaZhArticle(DemoStory s) {
    LocalDateTime t = s.publishedLocal();
    String head =
        "<meta name=\"keywords\" content=\""
            + esc(String.join(",", s.tags()))
            + "\">\n<meta name=\"publishdate\" content=\""
            + XINHUA_TIME.format(t).substring(0, 10)
            + "\">\n";
    StringBuilder b = new StringBuilder();
    b.append("<div class=\"header\"><div class=\"header-cont clearfix\"><div class=\"head-line\">")
        .append("<h1><span class=\"title\">")
        .append(esc(s.title()))
        .append("</span></h1></div><div class=\"header-time left\"><span class=\"year\"><em>")
        .append(t.getYear())
        .append("</em></span><span class=\"day\"><em>")
        .append(String.format(Locale.ROOT, "%02d/%02d", t.getMonthValue(), t.getDayOfMonth()))
        .append("</em></span><span class=\"time\">")
        .append(
            String.format(Locale.ROOT, "%02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond()))
        .append("</span></div><div class=\"source\">来源：新华社</div></div></div>\n")
        .append("<div class=\"main clearfix\"><div class=\"main-left left\"><div id=\"detail\">\n");
    for (String p : s.paragraphs()) {
      b.append("<p>").append(esc(p)).append("</p>\n");
    }
    b.append("<p>【纠错】</p></div><div id=\"articleEdit\"><span class=\"editor\">")
        .append("[责任编辑:王珂]</span></div></div></div>\n");
    return page("zh", host(s), s.title() + "-新华网", head, b.toString());
  }

  static int pageCount(DemoStory s) {
    int n = s.paragraphs().size();
    return n <= PARAGRAPHS_PER_PAGE + 2 ? 1 : (n + PARAGRAPHS_PER_PAGE - 1) / PARAGRAPHS_PER_PAGE;
  }

  static String pageFile(int page) {
    return page == 1 ? "c.html" : "c_" + page + ".html";
  }

  private static String page(String lang, String host, String title, String head, String content) {
    String[] chrome = BOILERPLATE.computeIfAbsent(host, DemoPages::chrome).split("\u0000", 2);
    return "<!DOCTYPE html>\n<html lang=\""
        + lang
        + "\"><head><meta charset=\"utf-8\">\n<title>"
        + esc(title)
        + "</title>\n"
        + head
        + chrome[0]
        + content
        + chrome[1];
  }

  /** Head scripts, navigation and footer around the content, split by a NUL. */
  private static String chrome(String host) {
    StringBuilder sb = new StringBuilder(90_000);
    sb.append("<script type=\"text/javascript\">\n");
    for (int i = 0; i < 700; i++) {
      sb.append("  window.__cfg")
          .append(i)
          .append(" = {slot: \"ad-")
          .append(i)
          .append("\", sizes: [[300, 250], [728, 90]], lazy: true};\n");
    }
    sb.append("</script>\n<link rel=\"stylesheet\" href=\"/")
        .append(host)
        .append("/css/main.css\"></head>\n<body>\n<div class=\"header\"><ul class=\"menu\">\n");
    for (int i = 0; i < 160; i++) {
      sb.append("<li><a href=\"/")
          .append(host)
          .append("/section-")
          .append(i)
          .append("/\">Section ")
          .append(i)
          .append("</a></li>\n");
    }
    sb.append("</ul></div>\n<div class=\"sidebar\"><div class=\"lenta\">\n");
    for (int i = 0; i < 110; i++) {
      sb.append("<div class=\"lenta_item\"><a href=\"/")
          .append(host)
          .append("/archive/")
          .append(100_000 + i)
          .append("/\">Earlier headline number ")
          .append(i)
          .append(" from the archive of this site</a></div>\n");
    }
    sb.append("</div></div>\n").append('\u0000');
    sb.append("<div class=\"footer\"><p>© ")
        .append(host)
        .append(". All rights reserved. Reproduction only with a hyperlink.</p>");
    for (int i = 0; i < 40; i++) {
      sb.append("<a href=\"/")
          .append(host)
          .append("/about/")
          .append(i)
          .append("/\">Info ")
          .append(i)
          .append("</a> ");
    }
    return sb.append("</div>\n</body></html>\n").toString();
  }

  static String esc(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
