package org.echowatch.indexer.fuzz;

import java.util.List;
import java.util.Random;

/** Search strings a careless or hostile user may type, generated reproducibly from a seed. */
final class HostileQueries {

  /** Hand-picked cases: syntax errors, expensive expansions, deep nesting, odd fields. */
  static final List<String> FIXED =
      List.of(
          "",
          " ",
          "(",
          ")",
          "\"",
          "title:",
          ":",
          "*",
          "*:*",
          "?",
          "a*",
          "*a",
          "*a*b*c*",
          "/.*/",
          "/(a|aa)*b{1,1000}/",
          "/[a-z]{1,100}[0-9]{1,100}[a-z]{1,100}/",
          "/(.*){100}/",
          "title:/\\\\/",
          "nosuchfield:x",
          "publishedAt:[2026-13-45 TO 2026-99-99]",
          "publishedAt:[* TO *]",
          "publishedAt:{2026-03-07 TO 2026-03-01}",
          "publishedAt:[x TO y]",
          "minsk~",
          "minsk~99",
          "\"minsk belta\"~100000",
          "minsk^1e308",
          "minsk^-1",
          "AND",
          "OR OR OR",
          "NOT",
          "+-+-minsk",
          "\\",
          "title:\\",
          "\u0000",
          "\uD800",
          "\u202Eminsk",
          "Минск AND 明斯克",
          "source:belta AND lang:zh AND type:translation");

  private static final String[] PIECES = {
    "minsk",
    "Минск",
    "明斯克",
    "belta",
    "xinhua",
    "title:",
    "body:",
    "source:",
    "lang:",
    "type:",
    "narrative:",
    "publishedAt:",
    "AND",
    "OR",
    "NOT",
    "(",
    ")",
    "\"",
    "*",
    "?",
    "~",
    "^2",
    "[",
    "]",
    "{",
    "}",
    " TO ",
    "/",
    "\\",
    "+",
    "-",
    "!",
    ":",
    "&&",
    "||",
    " ",
    "2026-03-01",
    "\u0000"
  };

  private HostileQueries() {}

  /** A query of {@code depth} nested groups around one word. */
  static String deeplyNested(int depth) {
    return "(".repeat(depth) + "minsk" + ")".repeat(depth);
  }

  /** Query {@code i} of seed {@code seed}: pieces glued at random, sometimes deeply nested. */
  static String generated(long seed, int i) {
    Random r = new Random(seed * 7919L + i);
    if (i % 50 == 0) {
      int depth = 50 + r.nextInt(5_000);
      return "(".repeat(depth) + "minsk" + ")".repeat(depth);
    }
    if (i % 50 == 1) {
      return String.join(" OR ", java.util.Collections.nCopies(500 + r.nextInt(3_000), "minsk"));
    }
    StringBuilder sb = new StringBuilder();
    int n = 1 + r.nextInt(12);
    for (int k = 0; k < n; k++) {
      sb.append(PIECES[r.nextInt(PIECES.length)]);
    }
    return sb.toString();
  }
}
