package org.echowatch.app.load;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.echowatch.common.Article;

/**
 * Generated stories of realistic size (three to nine paragraphs, 150-700 words), reproducible from
 * a seed. Every {@code echoEvery}-th story is an origin from BelTA followed, three hours later, by
 * a Xinhua echo with the same body under its own dateline; the rest are unrelated stories whose
 * words are drawn from a large vocabulary so that they do not match each other.
 */
public final class ArticleGenerator {

  private static final String[] WORDS = words();
  private static final String[] EDITIONS = {"belta-en", "xinhua-en"};

  private final long seed;
  private final Instant start;
  private final int echoEvery;

  /**
   * @param seed makes the corpus reproducible
   * @param start publishedAt of the first story; stories follow one minute apart
   * @param echoEvery one story in this many is an origin with a planted echo; 0 plants none
   */
  public ArticleGenerator(long seed, Instant start, int echoEvery) {
    if (echoEvery < 0) {
      throw new IllegalArgumentException("echoEvery must be >= 0, was " + echoEvery);
    }
    this.seed = seed;
    this.start = start;
    this.echoEvery = echoEvery;
  }

  /** Whether story {@code n} is an origin with a planted echo. */
  public boolean isOrigin(int n) {
    return echoEvery > 0 && n % echoEvery == 0;
  }

  /** Story {@code n}: an origin, or an unrelated story. */
  public Article story(int n) {
    if (isOrigin(n)) {
      return article("belta-en:" + (1_000_000 + n), "belta", "belta-en", at(n), body(n), n);
    }
    String edition = EDITIONS[n % 2];
    String id =
        edition.startsWith("belta")
            ? "belta-en:" + (1_000_000 + n)
            : "xinhua-en:20261001-" + String.format(Locale.ROOT, "%032x", n);
    return article(id, edition.substring(0, edition.indexOf('-')), edition, at(n), body(n), n);
  }

  /** The planted echo of origin {@code n}. */
  public Article echoOf(int n) {
    if (!isOrigin(n)) {
      throw new IllegalArgumentException("story " + n + " is not an origin");
    }
    String id = "xinhua-en:20261001-e" + String.format(Locale.ROOT, "%031x", n);
    return article(id, "xinhua", "xinhua-en", at(n).plus(Duration.ofHours(3)), body(n), n);
  }

  /** The key of the match the pipeline must flag for origin {@code n}. */
  public String pairKey(int n) {
    return story(n).id() + "|" + echoOf(n).id();
  }

  private Instant at(int n) {
    return start.plus(Duration.ofMinutes(n));
  }

  private Article article(
      String id, String source, String edition, Instant at, String body, int n) {
    String dateline = "belta".equals(source) ? "MINSK, (BelTA) - " : "BEIJING, (Xinhua) -- ";
    return new Article(
        id,
        source,
        edition,
        "en",
        "https://example.invalid/" + id,
        title(n),
        dateline + body,
        at,
        null,
        "economics",
        List.of(),
        null,
        null,
        List.of(),
        null,
        null,
        null,
        0);
  }

  private String title(int n) {
    SplittableRandom r = new SplittableRandom(seed ^ (n * 0x9E3779B97F4A7C15L));
    return "Story "
        + n
        + ": "
        + WORDS[r.nextInt(WORDS.length)]
        + " "
        + WORDS[r.nextInt(WORDS.length)];
  }

  private String body(int n) {
    SplittableRandom r = new SplittableRandom(seed * 31 + n);
    int paragraphs = 3 + r.nextInt(7);
    StringBuilder sb = new StringBuilder();
    for (int p = 0; p < paragraphs; p++) {
      if (p > 0) {
        sb.append("\n\n");
      }
      int words = 50 + r.nextInt(50);
      for (int w = 0; w < words; w++) {
        sb.append(w == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
      }
      sb.append(" (ref ").append(n).append('-').append(p).append(").");
    }
    return sb.toString();
  }

  // Pronounceable made-up words: a vocabulary of 20,000 keeps unrelated stories far apart.
  private static String[] words() {
    String[] consonants = {"b", "d", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "sh"};
    String[] vowels = {"a", "e", "i", "o", "u"};
    String[] out = new String[20_000];
    SplittableRandom r = new SplittableRandom(42);
    for (int i = 0; i < out.length; i++) {
      StringBuilder w = new StringBuilder();
      int syllables = 2 + r.nextInt(3);
      for (int s = 0; s < syllables; s++) {
        w.append(consonants[r.nextInt(consonants.length)]).append(vowels[r.nextInt(vowels.length)]);
      }
      out[i] = w.toString();
    }
    return out;
  }
}
