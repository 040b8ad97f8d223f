package org.echowatch.ingest;

import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * A CSS selector and what to take from the elements it selects: their text, or an attribute when
 * written {@code selector@attribute} in {@code sources.yaml}.
 *
 * @param css the Jsoup selector
 * @param attribute attribute to read, null for the element text
 */
public record Pick(String css, String attribute) {

  /** Reads {@code selector} or {@code selector@attribute}. */
  public static Pick parse(String spec) {
    int at = spec.lastIndexOf('@');
    if (at > 0 && spec.indexOf(']', at) < 0) {
      return new Pick(spec.substring(0, at).trim(), spec.substring(at + 1).trim());
    }
    return new Pick(spec.trim(), null);
  }

  /**
   * The value picked from {@code e}; for attributes named {@code src} or {@code href}, absolute.
   */
  public Optional<String> from(Element e) {
    String v;
    if (attribute == null) {
      v = e.text();
    } else if ("src".equals(attribute) || "href".equals(attribute)) {
      v = e.absUrl(attribute);
      if (v.isEmpty()) {
        v = e.attr(attribute);
      }
    } else {
      v = e.attr(attribute);
    }
    v = v.strip();
    return v.isEmpty() ? Optional.empty() : Optional.of(v);
  }

  /** The first non-empty value of the first matching element under {@code root}. */
  public Optional<String> first(Element root) {
    for (Element e : root.select(css)) {
      Optional<String> v = from(e);
      if (v.isPresent()) {
        return v;
      }
    }
    return Optional.empty();
  }
}
