package org.echowatch.indexer.bench;

import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.echowatch.common.Article;

/** Deterministic synthetic stories in the four indexed languages, for benchmarks. */
final class GeneratedStories {

  static final List<String> EN =
      List.of(
          "president",
          "talks",
          "minister",
          "cooperation",
          "trade",
          "agreement",
          "visit",
          "economy",
          "industrial",
          "park",
          "delegation",
          "forum",
          "investment",
          "railway",
          "export",
          "grain",
          "harvest",
          "region",
          "security",
          "summit",
          "partnership",
          "technology",
          "energy",
          "plant",
          "Lukashenko",
          "Xi",
          "Jinping",
          "Minsk",
          "Beijing",
          "Belarus",
          "China",
          "Gomel",
          "Brest",
          "university",
          "students",
          "culture",
          "exhibition",
          "tourism",
          "airline",
          "flights",
          "machinery",
          "tractors",
          "dairy",
          "products",
          "growth",
          "percent",
          "million",
          "year");
  static final List<String> RU =
      List.of(
          "президент",
          "переговоры",
          "министр",
          "сотрудничество",
          "торговля",
          "соглашение",
          "визит",
          "экономика",
          "промышленный",
          "парк",
          "делегация",
          "форум",
          "инвестиции",
          "железная",
          "дорога",
          "экспорт",
          "зерно",
          "урожай",
          "регион",
          "безопасность",
          "саммит",
          "Лукашенко",
          "Си",
          "Цзиньпин",
          "Минск",
          "Пекин",
          "Беларусь",
          "Китай",
          "Гомель",
          "университет",
          "студенты",
          "культура",
          "выставка",
          "туризм",
          "рост",
          "процентов");
  static final List<String> BE =
      List.of(
          "прэзідэнт",
          "перамовы",
          "міністр",
          "супрацоўніцтва",
          "гандаль",
          "пагадненне",
          "візіт",
          "эканоміка",
          "прамысловы",
          "парк",
          "дэлегацыя",
          "форум",
          "інвестыцыі",
          "экспарт",
          "ураджай",
          "рэгіён",
          "бяспека",
          "Лукашэнка",
          "Мінск",
          "Пекін",
          "Беларусь",
          "Кітай",
          "універсітэт",
          "студэнты",
          "культура",
          "выстава",
          "турызм",
          "рост",
          "працэнтаў");
  static final List<String> ZH =
      List.of(
          "总统", "会谈", "部长", "合作", "贸易", "协议", "访问", "经济", "工业园", "代表团", "论坛", "投资", "铁路", "出口",
          "粮食", "丰收", "地区", "安全", "峰会", "伙伴关系", "技术", "能源", "卢卡申科", "习近平", "明斯克", "北京", "白俄罗斯",
          "中国", "大学", "学生", "文化", "展览", "旅游", "增长");

  private static final List<String> LANGS = List.of("en", "ru", "be", "zh");
  private static final java.util.Map<String, Vocabulary> VOCABULARIES =
      java.util.Map.of(
          "en", new Vocabulary(EN, "bcdfghklmnprstvz", "aeiou", 4000),
          "ru", new Vocabulary(RU, "бвгдзклмнпрстфх", "аеиоуыя", 4000),
          "be", new Vocabulary(BE, "бвгдзклмнпрстфх", "аэіоуыя", 4000),
          "zh", new Vocabulary(ZH, "", "", 4000));

  /**
   * Topic words (the lists above, 15% of tokens) plus a long tail of made-up words with a Zipf-like
   * frequency, so that a query term matches a realistic share of stories rather than most of them.
   */
  private static final class Vocabulary {
    private final List<String> topical;
    private final String[] tail;

    Vocabulary(List<String> topical, String consonants, String vowels, int size) {
      this.topical = topical;
      this.tail = new String[size];
      var random = new SplittableRandom(size * 31L + topical.size());
      for (int i = 0; i < size; i++) {
        var w = new StringBuilder();
        int syllables = 2 + random.nextInt(3);
        for (int k = 0; k < syllables; k++) {
          if (consonants.isEmpty()) {
            w.append((char) (0x4E00 + random.nextInt(0x5000)));
          } else {
            w.append(consonants.charAt(random.nextInt(consonants.length())));
            w.append(vowels.charAt(random.nextInt(vowels.length())));
          }
        }
        tail[i] = w.toString();
      }
    }

    String pick(SplittableRandom random) {
      if (random.nextInt(100) < 15) {
        return topical.get(random.nextInt(topical.size()));
      }
      // Inverse-square-root skew: low ranks are frequent, the tail is long.
      double u = random.nextDouble();
      return tail[(int) (u * u * tail.length)];
    }
  }

  private static final long START = Instant.parse("2024-01-01T00:00:00Z").getEpochSecond();
  private static final long SPAN = 3L * 365 * 86_400;

  private GeneratedStories() {}

  /** The {@code n}-th story as the article streams embeds in a match; same {@code n}, same one. */
  static Article article(long n) {
    var random = new SplittableRandom(n * 0x9E3779B97F4A7C15L);
    String lang = LANGS.get((int) (n % LANGS.size()));
    String source = random.nextBoolean() ? "belta" : "xinhua";
    Vocabulary words = VOCABULARIES.get(lang);
    String title = text(random, words, 6 + random.nextInt(6), lang);
    String body = text(random, words, 60 + random.nextInt(80), lang);
    return Article.of(
        source + "-" + lang + ":" + n,
        source,
        lang,
        Instant.ofEpochSecond(START + random.nextLong(SPAN)),
        title,
        body,
        "https://example.test/" + source + "/" + n);
  }

  private static String text(SplittableRandom random, Vocabulary words, int count, String lang) {
    var sb = new StringBuilder();
    String sep = "zh".equals(lang) ? "" : " ";
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        sb.append(i % 12 == 0 ? ("zh".equals(lang) ? "。" : ". ") : sep);
      }
      sb.append(words.pick(random));
    }
    return sb.toString();
  }
}
