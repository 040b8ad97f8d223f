package org.echowatch.ingest.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/** Where each demo story lives: hosts, zones, URL paths and ids, per edition. */
final class DemoLayout {

  static final Map<String, String> HOSTS =
      Map.of(
          "belta-ru", "www.belta.by",
          "belta-en", "eng.belta.by",
          "belta-zh", "chn.belta.by",
          "belta-be", "blr.belta.by",
          "xinhua-en", "english.news.cn",
          "xinhua-zh", "www.news.cn",
          "xinhua-ru", "russian.news.cn");

  /** Path of each Xinhua edition's hub page, below its host. */
  static final Map<String, String> HUBS =
      Map.of(
          "xinhua-en", "/list/latestnews.htm",
          "xinhua-zh", "/xhsxw.htm",
          "xinhua-ru", "/index.htm");

  static final ZoneId MINSK = ZoneId.of("Europe/Minsk");
  static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  private static final String[] CYRILLIC = {
    "а", "a", "б", "b", "в", "v", "г", "g", "д", "d", "е", "e", "ё", "e", "ж", "zh", "з", "z", "и",
    "i", "й", "j", "к", "k", "л", "l", "м", "m", "н", "n", "о", "o", "п", "p", "р", "r", "с", "s",
    "т", "t", "у", "u", "ф", "f", "х", "h", "ц", "ts", "ч", "ch", "ш", "sh", "щ", "sch", "ъ", "",
    "ы", "y", "ь", "", "э", "e", "ю", "ju", "я", "ja", "і", "i", "ў", "u"
  };

  private DemoLayout() {}

  static boolean isBelta(DemoStory s) {
    return s.edition().startsWith("belta");
  }

  static ZoneId zone(DemoStory s) {
    return isBelta(s) ? MINSK : BEIJING;
  }

  static String host(DemoStory s) {
    return HOSTS.get(s.edition());
  }

  /** The story's path below its host, as the agency's site would have it. */
  static String path(DemoStory s) {
    if (isBelta(s)) {
      String slug = "belta-zh".equals(s.edition()) ? "" : slug(s.title());
      return "/"
          + rubric(s)
          + "/view/"
          + slug
          + "-"
          + s.nativeId()
          + "-"
          + s.publishedLocal().getYear()
          + "/";
    }
    String dir = String.format(Locale.ROOT, "%1$tY%1$tm%1$td", s.publishedLocal()) + "/" + hex(s);
    return switch (s.edition()) {
      case "xinhua-zh" -> "/" + rubric(s) + "/" + dir + "/c.html";
      case "xinhua-en" -> (s.rubric() == null ? "" : "/" + s.rubric()) + "/" + dir + "/c.html";
      default -> "/" + dir + "/c.html";
    };
  }

  /** The article id ingest gives the story. */
  static String articleId(DemoStory s) {
    if (isBelta(s)) {
      return s.edition() + ":" + s.nativeId();
    }
    return s.edition()
        + ":"
        + String.format(Locale.ROOT, "%1$tY%1$tm%1$td", s.publishedLocal())
        + "-"
        + hex(s);
  }

  static String rubric(DemoStory s) {
    return s.rubric() == null || s.rubric().isBlank() ? "politics" : s.rubric();
  }

  /** The 32-hex content id of a Xinhua story. */
  static String hex(DemoStory s) {
    String id = s.nativeId().toLowerCase(Locale.ROOT);
    if (id.matches("[0-9a-f]{32}")) {
      return id;
    }
    if (id.matches("\\d{8}-[0-9a-f]{32}")) {
      return id.substring(9);
    }
    return md5(s.edition() + ":" + s.nativeId());
  }

  /** The datasource id of an edition's hub: stable, 32 hex. */
  static String datasourceId(String edition) {
    return md5("echowatch-demo-datasource:" + edition);
  }

  static String slug(String title) {
    String t = title.toLowerCase(Locale.ROOT);
    for (int i = 0; i < CYRILLIC.length; i += 2) {
      t = t.replace(CYRILLIC[i], CYRILLIC[i + 1]);
    }
    String slug = t.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    String[] words = slug.split("-");
    return String.join("-", java.util.Arrays.copyOf(words, Math.min(words.length, 10)));
  }

  static String md5(String s) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has MD5", e);
    }
  }
}
