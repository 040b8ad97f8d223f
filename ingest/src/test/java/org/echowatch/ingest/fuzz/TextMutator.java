package org.echowatch.ingest.fuzz;

import java.util.List;
import java.util.Random;

/**
 * Turns a well-formed document into a broken one, reproducibly: case {@code i} of seed {@code s}
 * always yields the same text. Mutations are the ones real feeds and pages show (truncation, lost
 * or doubled markup, stray bytes, odd encodings) plus hostile ones (entity tricks, deep nesting,
 * oversized fields).
 */
final class TextMutator {

  /** Fragments a broken or hostile document tends to contain. */
  private static final List<String> TOKENS =
      List.of(
          "<",
          ">",
          "&",
          "&amp;",
          "&#0;",
          "&#xD800;",
          "&nbsp;",
          "&undefined;",
          "]]>",
          "<![CDATA[",
          "<!--",
          "-->",
          "<?xml version=\"1.0\"?>",
          "<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>",
          "<!ENTITY a \"aaaaaaaaaa\">",
          "&x;",
          "\u0000",
          "\uFEFF",
          "\uD800",
          "\uFFFF",
          "\u202E",
          "\r\n",
          "\"",
          "'",
          "{",
          "}",
          "[",
          "]",
          ":",
          ",",
          "null",
          "1e999999",
          "-0",
          "\\u0000",
          "\\",
          "<script>alert(1)</script>",
          "<a href=\"javascript:alert(1)\">x</a>",
          "<a href=\"http://[::1\">x</a>",
          "<a href=\"%zz\">x</a>",
          "<link>:::</link>",
          "<pubDate>31 Feb 2026 25:61:61 +9999</pubDate>",
          "<pubDate>Mon, 99 Foo 0000 00:00:00 GMT</pubDate>",
          "\"publishTime\":\"9999-99-99 99:99:99\"",
          "\"publishUrl\":\"http://exa mple/\"",
          "Опубликовано: 32.13.2026",
          "发布时间：2026年13月45日",
          "<meta property=\"article:published_time\" content=\"not-a-date\">",
          "<time datetime=\"+999999999-12-31T23:59:59Z\">");

  private final Random random;

  TextMutator(long seed, int caseIndex) {
    this.random = new Random(seed * 1_000_003L + caseIndex);
  }

  /** One to three mutations of {@code seed}; sometimes spliced with {@code other}. */
  String mutate(String seed, String other) {
    String text = seed;
    int rounds = 1 + random.nextInt(3);
    for (int r = 0; r < rounds; r++) {
      text = once(text, other);
    }
    return text;
  }

  private String once(String text, String other) {
    if (text.isEmpty()) {
      return token();
    }
    int at = random.nextInt(text.length() + 1);
    return switch (random.nextInt(10)) {
      case 0 -> text.substring(0, at);
      case 1 -> text.substring(at);
      case 2 -> text.substring(0, at) + token() + text.substring(at);
      case 3 -> deleteRange(text, at);
      case 4 -> duplicateRange(text, at);
      case 5 -> flipChars(text);
      case 6 -> text.substring(0, at) + other.substring(random.nextInt(other.length() + 1));
      case 7 -> text.substring(0, at) + nest(1 + random.nextInt(400)) + text.substring(at);
      case 8 -> text.substring(0, at) + "x".repeat(1 + random.nextInt(20_000)) + text.substring(at);
      default -> swapMarkup(text);
    };
  }

  private String token() {
    return TOKENS.get(random.nextInt(TOKENS.size()));
  }

  private String deleteRange(String text, int at) {
    int end = Math.min(text.length(), at + 1 + random.nextInt(200));
    return text.substring(0, at) + text.substring(end);
  }

  private String duplicateRange(String text, int at) {
    int end = Math.min(text.length(), at + 1 + random.nextInt(400));
    String range = text.substring(at, end);
    return text.substring(0, end) + range.repeat(1 + random.nextInt(5)) + text.substring(end);
  }

  private String flipChars(String text) {
    char[] chars = text.toCharArray();
    int flips = 1 + random.nextInt(Math.max(1, chars.length / 50));
    for (int i = 0; i < flips; i++) {
      chars[random.nextInt(chars.length)] = (char) random.nextInt(0x3000);
    }
    return new String(chars);
  }

  private String nest(int depth) {
    String[] opens = {"<div>", "<b>", "[", "{\"a\":", "<item>", "<p><span>"};
    String open = opens[random.nextInt(opens.length)];
    return open.repeat(depth);
  }

  private String swapMarkup(String text) {
    return switch (random.nextInt(4)) {
      case 0 -> text.replace("</", "<");
      case 1 -> text.replace("\"", "");
      case 2 -> text.replace("<item>", "<item><item>");
      default -> text.replace(":", "");
    };
  }
}
