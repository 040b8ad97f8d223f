package org.echowatch.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps an article URL to the edition's native id: a regex with named groups and a template that
 * joins them, e.g. {@code /(?<date>\d{8})/(?<hex>[0-9a-f]{32})/c\.html} and {@code {date}-{hex}}.
 *
 * @param pattern searched (not matched) in the URL
 * @param template the native id, with {@code {group}} placeholders
 */
public record IdRule(Pattern pattern, String template) {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*)}");

  /** The native id of {@code url} under this rule. */
  public Optional<String> nativeId(String url) {
    Matcher m = pattern.matcher(url);
    if (!m.find()) {
      return Optional.empty();
    }
    Matcher p = PLACEHOLDER.matcher(template);
    StringBuilder sb = new StringBuilder();
    while (p.find()) {
      p.appendReplacement(sb, Matcher.quoteReplacement(m.group(p.group(1))));
    }
    p.appendTail(sb);
    return Optional.of(sb.toString());
  }
}
