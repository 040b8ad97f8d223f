package org.echowatch.ingest.fetch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A parsed robots.txt as RFC 9309 reads it: the group for our product token (else the {@code *}
 * group) applies; the longest matching rule wins, Allow winning a tie; {@code *} matches any run of
 * characters and a trailing {@code $} anchors the end.
 */
public final class RobotsRules {

  private record Rule(boolean allow, String pattern) {}

  private static final RobotsRules ALLOW_ALL = new RobotsRules(List.of());

  private final List<Rule> rules;

  private RobotsRules(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** Rules that allow everything (robots.txt missing: any 4xx). */
  public static RobotsRules allowAll() {
    return ALLOW_ALL;
  }

  /**
   * @param text the robots.txt body
   * @param productToken our crawler's name, e.g. {@code echowatch}
   */
  public static RobotsRules parse(String text, String productToken) {
    String token = productToken.toLowerCase(Locale.ROOT);
    List<Rule> mine = new ArrayList<>();
    List<Rule> star = new ArrayList<>();
    List<String> agents = new ArrayList<>();
    boolean inRules = false;
    boolean sawMine = false;
    for (String raw : text.split("\\r?\\n|\\r")) {
      String line = raw.replaceFirst("#.*", "").strip();
      int colon = line.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).strip();
      if ("user-agent".equals(key)) {
        if (inRules) {
          agents.clear();
          inRules = false;
        }
        agents.add(value.toLowerCase(Locale.ROOT));
      } else if ("allow".equals(key) || "disallow".equals(key)) {
        inRules = true;
        if (value.isEmpty()) {
          continue;
        }
        Rule rule = new Rule("allow".equals(key), value);
        for (String agent : agents) {
          if (!"*".equals(agent) && token.startsWith(agent)) {
            mine.add(rule);
            sawMine = true;
          } else if ("*".equals(agent)) {
            star.add(rule);
          }
        }
      }
    }
    return new RobotsRules(sawMine ? mine : star);
  }

  /** Whether {@code pathAndQuery} (starting with {@code /}) may be fetched. */
  public boolean allows(String pathAndQuery) {
    if ("/robots.txt".equals(pathAndQuery)) {
      return true;
    }
    Rule best = null;
    for (Rule r : rules) {
      if (matches(r.pattern(), pathAndQuery)
          && (best == null
              || r.pattern().length() > best.pattern().length()
              || (r.pattern().length() == best.pattern().length() && r.allow()))) {
        best = r;
      }
    }
    return best == null || best.allow();
  }

  static boolean matches(String pattern, String path) {
    boolean anchored = pattern.endsWith("$");
    String p = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
    return match(p, 0, path, 0, anchored);
  }

  private static boolean match(String p, int pi, String s, int si, boolean anchored) {
    while (pi < p.length()) {
      char c = p.charAt(pi);
      if (c == '*') {
        for (int k = s.length(); k >= si; k--) {
          if (match(p, pi + 1, s, k, anchored)) {
            return true;
          }
        }
        return false;
      }
      if (si >= s.length() || s.charAt(si) != c) {
        return false;
      }
      pi++;
      si++;
    }
    return !anchored || si == s.length();
  }
}
