package org.echowatch.app.ops;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Just enough PromQL reading to check a dashboard: balanced brackets and the metrics named. */
final class PromQl {

  private static final Pattern QUOTED = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
  private static final Pattern MATCHERS = Pattern.compile("\\{[^{}]*}");
  private static final Pattern RANGES = Pattern.compile("\\[[^\\[\\]]*]");
  private static final Pattern GROUPING =
      Pattern.compile("\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\([^()]*\\)");
  private static final Pattern VARIABLES = Pattern.compile("\\$\\{?\\w+}?");
  private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
  private static final Set<String> KEYWORDS =
      Set.of(
          "and",
          "or",
          "unless",
          "bool",
          "offset",
          "by",
          "without",
          "on",
          "ignoring",
          "group_left",
          "group_right",
          "inf",
          "nan");

  private PromQl() {}

  /** Whether every (, [ and { is closed in order, outside quoted strings. */
  static boolean balanced(String expr) {
    Deque<Character> open = new ArrayDeque<>();
    for (char c : QUOTED.matcher(expr).replaceAll("\"\"").toCharArray()) {
      switch (c) {
        case '(', '[', '{' -> open.push(c);
        case ')' -> {
          if (open.isEmpty() || open.pop() != '(') {
            return false;
          }
        }
        case ']' -> {
          if (open.isEmpty() || open.pop() != '[') {
            return false;
          }
        }
        case '}' -> {
          if (open.isEmpty() || open.pop() != '{') {
            return false;
          }
        }
        default -> {}
      }
    }
    return open.isEmpty();
  }

  /**
   * The metric names an expression selects: identifiers that are not functions (followed by {@code
   * (}), keywords, label names in matchers or grouping clauses, or Grafana variables.
   */
  static Set<String> metricNames(String expr) {
    String s = QUOTED.matcher(expr).replaceAll("\"\"");
    s = MATCHERS.matcher(s).replaceAll(" ");
    s = RANGES.matcher(s).replaceAll(" ");
    s = GROUPING.matcher(s).replaceAll(" ");
    s = VARIABLES.matcher(s).replaceAll(" ");
    var names = new TreeSet<String>();
    Matcher m = IDENTIFIER.matcher(s);
    while (m.find()) {
      String word = m.group();
      boolean function = s.substring(m.end()).stripLeading().startsWith("(");
      boolean number = m.start() > 0 && Character.isDigit(s.charAt(m.start() - 1));
      if (!function && !number && !KEYWORDS.contains(word)) {
        names.add(word);
      }
    }
    return names;
  }
}
