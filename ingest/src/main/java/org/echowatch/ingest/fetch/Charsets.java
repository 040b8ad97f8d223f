package org.echowatch.ingest.fetch;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Decides how to decode a page: Content-Type charset, else {@code <meta charset>}, else UTF-8. */
public final class Charsets {

  private static final Pattern HEADER =
      Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern META =
      Pattern.compile(
          "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  private static final int SNIFF_BYTES = 4096;

  private Charsets() {}

  /** The charset of a body with this Content-Type header. */
  public static Charset detect(byte[] body, String contentType) {
    if (body.length >= 3
        && (body[0] & 0xff) == 0xef
        && (body[1] & 0xff) == 0xbb
        && (body[2] & 0xff) == 0xbf) {
      return StandardCharsets.UTF_8;
    }
    Optional<Charset> fromHeader =
        contentType == null ? Optional.empty() : named(HEADER, contentType);
    if (fromHeader.isPresent()) {
      return fromHeader.get();
    }
    String head =
        new String(body, 0, Math.min(body.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
    return named(META, head).orElse(StandardCharsets.UTF_8);
  }

  /** The body as text in its detected charset; a UTF-8 byte order mark is dropped. */
  public static String decode(byte[] body, String contentType) {
    String text = new String(body, detect(body, contentType));
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static Optional<Charset> named(Pattern p, String text) {
    Matcher m = p.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    String name = m.group(1).toLowerCase(Locale.ROOT);
    // GB2312 pages routinely contain GBK characters; decoding as GBK is the common fix
    if ("gb2312".equals(name)) {
      name = "gbk";
    }
    try {
      return Optional.of(Charset.forName(name));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }
}
