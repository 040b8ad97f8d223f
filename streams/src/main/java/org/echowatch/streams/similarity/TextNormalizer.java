package org.echowatch.streams.similarity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/** Strips agency datelines and trailers, folds case and width, and hashes what is left. */
public final class TextNormalizer {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final String AGENCY = "(?:belta|xinhua|белта|синьхуа)";
  private static final String DASH = "\\s*(?:--|[-–—]{1,2})\\s*";

  private static final Pattern[] DATELINES = {
    // MINSK, 1 March (BelTA) –   BEIJING, March 1 (Xinhua) --   МИНСК, 1 марта (БЕЛТА) -
    Pattern.compile(
        "^\\s*[\\p{L}][\\p{L} .'’-]{0,40},\\s*[\\p{L}\\d ,.]{1,30}?\\s*\\(" + AGENCY + "\\)" + DASH,
        FLAGS),
    // Минск, 1 марта /Синьхуа/ —
    Pattern.compile(
        "^\\s*[\\p{L}][\\p{L} .'’-]{0,40},\\s*[\\p{L}\\d ,.]{1,30}?\\s*/" + AGENCY + "/" + DASH,
        FLAGS),
    // (Xinhua) -- or (BelTA) – with no place
    Pattern.compile("^\\s*\\(" + AGENCY + "\\)" + DASH, FLAGS),
    // 新华社北京3月1日电  白通社明斯克2月11日电（记者 ...）
    Pattern.compile(
        "^\\s*(?:新华社|白通社|白俄通讯社)\\p{IsHan}{0,12}?\\d{1,2}月\\d{1,2}日电(?:\\s*[（(][^)）]{0,40}[)）])?\\s*")
  };

  private static final Pattern TRAILER =
      Pattern.compile(
          "(?:\\s*(?:enditem|[-–—]\\s*0\\s*[-–—]|[\\[【]\\s*责任编辑\\s*[:：][^\\]】]{0,40}[\\]】]|[（(]\\s*完\\s*[)）]))+\\s*$",
          FLAGS);

  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private TextNormalizer() {}

  /** The body without its leading dateline and trailing agency marks, otherwise unchanged. */
  public static String stripAgencyMarks(String body) {
    String text = body == null ? "" : body.strip();
    for (Pattern dateline : DATELINES) {
      var m = dateline.matcher(text);
      if (m.find()) {
        text = text.substring(m.end());
        break;
      }
    }
    return TRAILER.matcher(text).replaceFirst("").strip();
  }

  /** NFKC, lower case ({@link Locale#ROOT}), every run of non-letters/digits folded to a space. */
  public static String fold(String text) {
    String nfkc = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC);
    return NON_WORD.matcher(nfkc.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  /** Hex SHA-256 (first 16 bytes) of the folded body without agency marks: the exact tier's key. */
  public static String exactHash(String body) {
    String folded = fold(stripAgencyMarks(body));
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(folded.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by the JVM specification", e);
    }
  }
}
