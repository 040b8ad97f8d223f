package org.echowatch.streams.fuzz;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Random;
import org.echowatch.common.Json;

/**
 * Values an {@code articles.v1} consumer must reject, generated reproducibly: case {@code i} of
 * seed {@code s} is always the same bytes. Every value here is invalid as an Article, so each one
 * must produce exactly one failure record.
 */
final class BadArticleValues {

  /** How many shapes {@link #value} cycles through. */
  static final int SHAPES = 14;

  private BadArticleValues() {}

  /**
   * The bad value of one case.
   *
   * @param seed the run's seed
   * @param caseIndex the case number; {@code caseIndex % SHAPES} picks the shape
   */
  static byte[] value(long seed, int caseIndex) {
    Random random = new Random(seed * 31L + caseIndex);
    String valid = validJson(random, caseIndex);
    return switch (caseIndex % SHAPES) {
      case 0 -> new byte[0];
      case 1 -> randomBytes(random, 1 + random.nextInt(2000));
      case 2 -> utf8(valid.substring(0, random.nextInt(valid.length() - 1)));
      case 3 -> utf8(String.valueOf(random.nextLong()));
      case 4 -> utf8("[" + valid + "]");
      case 5 -> utf8(valid.replace("\"id\":", "\"idx\":"));
      case 6 -> utf8(valid.replace("\"publishedAt\":\"", "\"publishedAt\":\"not "));
      case 7 -> utf8(valid.replaceAll("\"(title|body)\":\"[^\"]*\"", "\"$1\":\" \""));
      case 8 -> utf8(valid.replace("\"revision\":0", "\"revision\":-" + (1 + random.nextInt(9))));
      case 9 -> utf8(valid.replace("\"source\":\"belta\"", "\"source\":\"\""));
      case 10 -> utf8(nested(2_000 + random.nextInt(3_000)));
      case 11 -> utf8(valid + valid);
      case 12 -> utf8(valid.replace("\"tags\":[]", "\"tags\":{\"a\":1}"));
      default -> matchJson(random);
    };
  }

  private static String validJson(Random random, int caseIndex) {
    return Json.write(
        new org.echowatch.common.Article(
            "belta-en:9" + caseIndex,
            "belta",
            "belta-en",
            "en",
            "https://eng.belta.by/politics/view/x-9" + caseIndex + "-2026/",
            "Bad record " + random.nextInt(1000),
            "Some body text " + random.nextInt(1000),
            Instant.parse("2026-10-01T00:00:00Z"),
            null,
            "politics",
            java.util.List.of(),
            null,
            null,
            java.util.List.of(),
            null,
            null,
            null,
            0));
  }

  private static byte[] matchJson(Random random) {
    return utf8(
        "{\"originId\":\"belta-en:1\",\"echoId\":\"xinhua-en:2\",\"type\":\"exact\",\"score\":"
            + random.nextDouble()
            + "}");
  }

  private static String nested(int depth) {
    return "{\"id\":\"belta-en:1\",\"source\":\"belta\",\"publishedAt\":\"2026-10-01T00:00:00Z\","
        + "\"title\":\"t\",\"extra\":"
        + "[".repeat(depth)
        + "]".repeat(depth)
        + "}";
  }

  private static byte[] randomBytes(Random random, int n) {
    byte[] bytes = new byte[n];
    random.nextBytes(bytes);
    return bytes;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
