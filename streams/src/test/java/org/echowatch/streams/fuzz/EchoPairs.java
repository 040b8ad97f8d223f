package org.echowatch.streams.fuzz;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.echowatch.common.Article;

/**
 * Planted echoes: a BelTA story and, three hours later, a Xinhua story with the same body under its
 * own dateline. Pairs differ from each other in topic, figures and names, so the detector must flag
 * each pair exactly once and nothing across pairs.
 */
final class EchoPairs {

  private static final String[] TOPICS = {
    "grain exports", "the industrial park", "potash logistics", "tractor assembly",
    "rail freight", "dairy quotas", "student exchanges", "customs clearance"
  };
  private static final String[] CITIES = {
    "Brest", "Grodno", "Gomel", "Mogilev", "Vitebsk", "Chengdu", "Xi'an", "Harbin", "Wuhan"
  };

  private EchoPairs() {}

  /** The origin of pair {@code n}, published {@code n} hours after {@code start}. */
  static Article origin(int n, Instant start) {
    return article(
        "belta-en:" + (500_000 + n),
        "belta",
        "belta-en",
        start.plus(Duration.ofHours(n)),
        "MINSK, (BelTA) - ",
        n);
  }

  /** The echo of pair {@code n}, three hours after its origin. */
  static Article echo(int n, Instant start) {
    return article(
        "xinhua-en:20261001-" + String.format(Locale.ROOT, "%032x", n),
        "xinhua",
        "xinhua-en",
        start.plus(Duration.ofHours(n + 3L)),
        "BEIJING, (Xinhua) -- ",
        n);
  }

  /** The key the matches topic uses for pair {@code n}. */
  static String pairKey(int n, Instant start) {
    return origin(n, start).id() + "|" + echo(n, start).id();
  }

  private static Article article(
      String id, String source, String edition, Instant at, String dateline, int n) {
    String topic = TOPICS[n % TOPICS.length];
    return new Article(
        id,
        source,
        edition,
        "en",
        "https://example.invalid/" + id,
        "Belarus and China agree on " + topic + " in round " + n,
        dateline + body(n, topic),
        at,
        null,
        "politics",
        List.of(),
        null,
        null,
        List.of(),
        null,
        null,
        null,
        0);
  }

  private static String body(int n, String topic) {
    String city = CITIES[n % CITIES.length];
    String other = CITIES[(n * 7 + 3) % CITIES.length];
    return String.format(
        Locale.ROOT,
        "Delegations from %s and %s signed %d documents on %s on Tuesday, round %d of the talks."
            + "\n\nThe sides expect volumes of %d thousand tonnes by %d, officials said after"
            + " the meeting in %s.\n\nA joint commission numbered %d will review progress every"
            + " %d months and report on %s to both governments.",
        city,
        other,
        3 + n % 17,
        topic,
        n,
        100 + n * 13,
        2027 + n % 5,
        city,
        7000 + n,
        2 + n % 4,
        topic);
  }
}
