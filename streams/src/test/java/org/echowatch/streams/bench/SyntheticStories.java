package org.echowatch.streams.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.echowatch.common.Article;

/**
 * A deterministic stream of generated stories of about 3 KB: pseudo-words from a fixed vocabulary
 * with a long-tailed frequency, names and numbers; one story in ten repeats a recent one (a copy
 * with one sentence dropped, under the other agency's dateline).
 */
final class SyntheticStories {

  private static final String[] NAMES = {
    "Lukashenko", "Minsk", "Beijing", "Shandong", "Geely", "BelAZ", "Golovchenko", "Wang Yi",
    "Great Stone", "Brest", "Harbin", "Sichuan", "Vitebsk", "Huawei", "Xinjiang", "Gomel"
  };

  private SyntheticStories() {}

  /**
   * @param count stories
   * @param perDay stories per day of publication time
   * @param seed generator seed
   */
  static List<Article> generate(int count, int perDay, long seed) {
    Random r = new Random(seed);
    String[] vocabulary = vocabulary(r, 20_000);
    List<Article> out = new ArrayList<>(count);
    Instant start = Instant.parse("2025-01-01T00:00:00Z");
    long stepMs = Duration.ofDays(1).toMillis() / perDay;
    for (int i = 0; i < count; i++) {
      Instant at = start.plusMillis(i * stepMs);
      String source = r.nextBoolean() ? "belta" : "xinhua";
      String id = source + "-en:" + i;
      if (i > 50 && r.nextInt(10) == 0) {
        Article origin = out.get(i - 1 - r.nextInt(Math.min(200, i - 1)));
        String other = origin.source().equals("belta") ? "xinhua" : "belta";
        out.add(
            Article.of(
                other + "-en:" + i,
                other,
                "en",
                at,
                origin.title(),
                dropOne(origin.body(), r),
                null));
      } else {
        out.add(
            Article.of(
                id, source, "en", at, sentence(r, vocabulary, 8), body(r, vocabulary), null));
      }
    }
    return out;
  }

  private static String[] vocabulary(Random r, int size) {
    String[] v = new String[size];
    String letters = "abcdefghijklmnoprstuvwyz";
    for (int i = 0; i < size; i++) {
      var sb = new StringBuilder();
      int len = 3 + r.nextInt(8);
      for (int k = 0; k < len; k++) {
        sb.append(letters.charAt(r.nextInt(letters.length())));
      }
      v[i] = sb.toString();
    }
    return v;
  }

  private static String word(Random r, String[] vocabulary) {
    // squared uniform: a few words are very common, most are rare
    double u = r.nextDouble();
    return vocabulary[(int) (u * u * u * vocabulary.length)];
  }

  private static String sentence(Random r, String[] vocabulary, int words) {
    var sb = new StringBuilder();
    for (int k = 0; k < words; k++) {
      if (k > 0) {
        sb.append(' ');
      }
      int kind = r.nextInt(40);
      if (kind == 0) {
        sb.append(NAMES[r.nextInt(NAMES.length)]);
      } else if (kind == 1) {
        sb.append(10 + r.nextInt(5000));
      } else {
        sb.append(word(r, vocabulary));
      }
    }
    return Character.toUpperCase(sb.charAt(0)) + sb.substring(1) + ".";
  }

  private static String body(Random r, String[] vocabulary) {
    var sb = new StringBuilder();
    while (sb.length() < 3000) {
      sb.append(sentence(r, vocabulary, 12 + r.nextInt(10)))
          .append(sb.length() % 3 == 0 ? "\n\n" : " ");
    }
    return sb.toString().strip();
  }

  private static String dropOne(String body, Random r) {
    String[] sentences = body.split("(?<=\\.) ");
    int drop = sentences.length > 2 ? 1 + r.nextInt(sentences.length - 1) : -1;
    var sb = new StringBuilder();
    for (int i = 0; i < sentences.length; i++) {
      if (i != drop) {
        sb.append(sentences[i]).append(' ');
      }
    }
    return sb.toString().strip();
  }
}
