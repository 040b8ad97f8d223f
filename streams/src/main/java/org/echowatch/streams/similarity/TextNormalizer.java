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
  // Xinhua is "Сіньхуа" in Belarusian; BelTA is "БЕЛТА" in both Cyrillic languages
  private static final String AGENCY = "(?:belta|xinhua|белта|синьхуа|сіньхуа)";
  private static final String DASH = "\\s*(?:--|[-–—]{1,2})\\s*";

  static final Pattern[] DATELINES = {
    // MINSK, 1 March (BelTA) –   BEIJING, March 1 (Xinhua) --   МИНСК, 1 марта (БЕЛТА) -
    Pattern.compile(
        "^\\s*[\\p{L}][\\p{L} .'’-]{0,40},\\s*[\\p{L}\\d ,.]{1,30}?\\s*\\(" + AGENCY + "\\)" + DASH,
        FLAGS),
    // Минск, 1 марта /Синьхуа/ —   Мінск, 1 сакавіка /Сіньхуа/ —
    Pattern.compile(
        "^\\s*[\\p{L}][\\p{L} .'’-]{0,40},\\s*[\\p{L}\\d ,.]{1,30}?\\s*/" + AGENCY + "/" + DASH,
        FLAGS),
    // (Xinhua) -- or (BelTA) – with no place
    Pattern.compile("^\\s*\\(" + AGENCY + "\\)" + DASH, FLAGS),
    // 新华社北京3月1日电  白通社明斯克2月11日电（记者 ...）
    Pattern.compile(
        "^\\s*(?:新华社|白通社|白俄通讯社)\\p{IsHan}{0,12}?\\d{1,2}月\\d{1,2}日电(?:\\s*[（(][^)）]{0,40}[)）])?\\s*")
  };

  static final Pattern TRAILER =
      Pattern.compile(
          "(?:\\s*(?:enditem|[-–—]\\s*0\\s*[-–—]|[\\[【]\\s*责任编辑\\s*[:：][^\\]】]{0,40}[\\]】]|[（(]\\s*完\\s*[)）]))+\\s*$",
          FLAGS);

  /** A dateline is looked for in this many leading characters, trailers in this many last ones. */
  static final int HEAD = 300;

  static final int TAIL = 400;

  /** Characters a trailer can start with, after any white space. */
  private static final String TRAILER_START = "eE-–—[【（(";

  private TextNormalizer() {}

  /** The body without its leading dateline and trailing agency marks, otherwise unchanged. */
  public static String stripAgencyMarks(String body) {
    String text = body == null ? "" : body.strip();
    for (Pattern dateline : datelineMayStart(text) ? DATELINES : NONE) {
      // anchored at the start: only the head can hold one, and find() would try every position
      var m = dateline.matcher(text).region(0, Math.min(text.length(), HEAD));
      if (m.lookingAt()) {
        text = text.substring(m.end());
        break;
      }
    }
    String t = text;
    var trailer =
        trailerMayEnd(t)
            ? GatedScan.first(
                TRAILER, t, Math.max(0, t.length() - TAIL), i -> trailerMayStart(t, i))
            : null;
    return (trailer == null ? text : text.substring(0, trailer.start())).strip();
  }

  private static final Pattern[] NONE = {};

  /** What follows the opening parenthesis or slash of an agency's name, in lower case. */
  private static final String AGENCY_STARTS = "bxбс";

  /**
   * Whether one of {@link #DATELINES} may open the text: after its white space, it starts with the
   * first character of a Chinese agency's name, or its head has an opening parenthesis or slash
   * followed by the first letter of an agency's name. Most texts have neither, and no pattern is
   * tried on them.
   */
  static boolean datelineMayStart(String text) {
    int head = Math.min(text.length(), HEAD);
    int i = 0;
    while (i < head && isPatternSpace(text.charAt(i))) {
      i++;
    }
    if (i < head && (text.charAt(i) == '新' || text.charAt(i) == '白')) {
      return true;
    }
    for (int k = i; k + 1 < head; k++) {
      char c = text.charAt(k);
      if ((c == '(' || c == '/')
          && GatedScan.oneOfIgnoringCase(text.charAt(k + 1), AGENCY_STARTS)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a trailer may start at {@code i}: the first character there that is not white space in
   * the sense of the pattern's {@code \\s} is one a trailer can start with. A position in the
   * middle of a sentence's spaces is let through only when a trailer follows them.
   */
  static boolean trailerMayStart(String text, int i) {
    int j = i;
    while (j < text.length() && isPatternSpace(text.charAt(j))) {
      j++;
    }
    if (j == text.length()) {
      return false;
    }
    char c = text.charAt(j);
    if (c == 'e' || c == 'E') {
      // "enditem": an e in the text's last words is common, one followed by n much less so
      return j + 1 < text.length() && GatedScan.oneOfIgnoringCase(text.charAt(j + 1), "n");
    }
    return TRAILER_START.indexOf(c) >= 0;
  }

  /** Characters a trailer can end with, in lower case. */
  private static final String TRAILER_END = "m-–—]】)）";

  /**
   * Whether one of {@link #TRAILER} may end the text: its last character before white space and a
   * final line terminator (before which {@code $} matches too) is one a trailer ends with. Most
   * texts end with a full stop, and then no position of their tail is tried.
   */
  private static boolean trailerMayEnd(String text) {
    int end = text.length();
    if (end > 0 && isLineTerminator(text.charAt(end - 1))) {
      end--; // the \r of a final \r\n is white space
    }
    while (end > 0 && isPatternSpace(text.charAt(end - 1))) {
      end--;
    }
    return end > 0 && GatedScan.oneOfIgnoringCase(text.charAt(end - 1), TRAILER_END);
  }

  /** The line terminators of {@link Pattern} without {@link Pattern#UNIX_LINES}. */
  private static boolean isLineTerminator(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  /** The characters of {@code \\s} without {@link Pattern#UNICODE_CHARACTER_CLASS}. */
  static boolean isPatternSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** NFKC, lower case ({@link Locale#ROOT}), every run of non-letters/digits folded to a space. */
  public static String fold(String text) {
    if (text == null) {
      return "";
    }
    String ascii = foldAscii(text, null);
    return ascii != null ? ascii : foldUnicode(text);
  }

  /** {@link #fold} of text that may have characters past U+007F. */
  private static String foldUnicode(String text) {
    String lower = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    var sb = new StringBuilder(lower.length());
    boolean gap = false;
    for (int i = 0; i < lower.length(); ) {
      int cp = lower.codePointAt(i);
      i += Character.charCount(cp);
      if (isLetterOrNumber(cp)) {
        if (gap && sb.length() > 0) {
          sb.append(' ');
        }
        sb.appendCodePoint(cp);
        gap = false;
      } else {
        gap = true;
      }
    }
    return sb.toString();
  }

  /**
   * The words ({@link WordSpans#of}) of {@link #fold}ed text, whose {@link WordSpans#text} is the
   * folded text: text of ASCII characters only is folded and split in one pass, which is also the
   * pass that finds out whether it is ASCII.
   */
  static WordSpans foldedWords(String text) {
    if (text == null) {
      return WordSpans.of("");
    }
    var words = new WordSpans(text.length() / 5 + 4);
    String ascii = foldAscii(text, words);
    if (ascii != null) {
      words.setText(ascii);
      return words;
    }
    return words.split(foldUnicode(text));
  }

  /**
   * {@link #fold} of text without a character past U+007F, which NFKC leaves as it is: ASCII
   * letters lower-cased, digits kept, every run of anything else one space between words; null when
   * the text has a character past U+007F. Each word of the folded text is added to {@code words}
   * (unless null) as it is written: in folded ASCII text a word is a run of letters and digits
   * between spaces, and its stem is its first letters as they are. The text is not checked for
   * ASCII first: most texts are either all ASCII or have a letter past it near the start (a
   * Cyrillic or Han one), so the check would be a pass of its own that seldom stops early.
   */
  private static String foldAscii(String text, WordSpans words) {
    byte[] out = new byte[text.length()];
    int n = 0;
    int start = 0;
    long hash = Hashing.FNV_OFFSET;
    long stemHash = hash;
    boolean gap = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean upper = c >= 'A' && c <= 'Z';
      if (upper || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (gap && n > 0) {
          if (words != null) {
            words.addWord(start, n, hash, stemHash, true);
          }
          out[n++] = ' ';
          start = n;
          hash = Hashing.FNV_OFFSET;
        }
        char folded = upper ? (char) (c + ('a' - 'A')) : c;
        out[n++] = (byte) folded;
        hash = Hashing.fnvStep(hash, folded);
        if (n - start <= Tokens.STEM_LENGTH) {
          stemHash = hash;
        }
        gap = false;
      } else if (c >= 0x80) {
        return null;
      } else {
        gap = true;
      }
    }
    if (words != null && n > start) {
      words.addWord(start, n, hash, stemHash, true);
    }
    return new String(out, 0, n, StandardCharsets.US_ASCII);
  }

  /** Whether every character of the text is below U+0080. */
  static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** The classes {@code \\p{L}} and {@code \\p{N}}: letters and every kind of number. */
  static boolean isLetterOrNumber(int cp) {
    if (Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /** Hex SHA-256 (first 16 bytes) of the folded body without agency marks: the exact tier's key. */
  public static String exactHash(String body) {
    return hashFolded(fold(stripAgencyMarks(body)));
  }

  /** The exact tier's key of text already stripped and folded. */
  static String hashFolded(String folded) {
    // digest() resets the digest for the next text
    byte[] digest = SHA_256.get().digest(folded.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest, 0, 16);
  }

  /**
   * One SHA-256 digest per thread: {@link MessageDigest#getInstance} searches the security
   * providers on every call (about 2 µs, 3 % of a story's profile), and a digest is not safe to
   * share between the stream threads that profile stories.
   */
  private static final ThreadLocal<MessageDigest> SHA_256 =
      ThreadLocal.withInitial(TextNormalizer::sha256);

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by the JVM specification", e);
    }
  }
}
