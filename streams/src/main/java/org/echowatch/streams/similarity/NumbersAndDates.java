package org.echowatch.streams.similarity;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Language-neutral keys for the numbers and dates of a text, so that "1.5 billion", "1,5 млрд" and
 * "15亿" meet as {@code n1500000000}, "35 percent", "35%" as {@code p35}, and "March 1", "1 марта",
 * "3月1日" as {@code d3-1}. Small bare numbers (below 10) are left out: they say little.
 */
public final class NumbersAndDates {

  static final Pattern NUMBER =
      Pattern.compile(
          "(?<![\\d.,])(\\d{1,3}(?:[,\u00a0\u202f ]\\d{3})+|\\d+)(?:[.,](\\d+))?"
              + "\\s*(%|percent|per cent|процент\\p{L}*|thousand|тыс\\.?|million|mln|млн\\.?"
              + "|billion|bln|млрд\\.?|trillion|трлн\\.?|万亿|万|亿|千)?",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Map<String, BigDecimal> SCALE =
      Map.ofEntries(
          Map.entry("thousand", BigDecimal.valueOf(1_000L)),
          Map.entry("тыс", BigDecimal.valueOf(1_000L)),
          Map.entry("千", BigDecimal.valueOf(1_000L)),
          Map.entry("万", BigDecimal.valueOf(10_000L)),
          Map.entry("million", BigDecimal.valueOf(1_000_000L)),
          Map.entry("mln", BigDecimal.valueOf(1_000_000L)),
          Map.entry("млн", BigDecimal.valueOf(1_000_000L)),
          Map.entry("亿", BigDecimal.valueOf(100_000_000L)),
          Map.entry("billion", BigDecimal.valueOf(1_000_000_000L)),
          Map.entry("bln", BigDecimal.valueOf(1_000_000_000L)),
          Map.entry("млрд", BigDecimal.valueOf(1_000_000_000L)),
          Map.entry("trillion", BigDecimal.valueOf(1_000_000_000_000L)),
          Map.entry("трлн", BigDecimal.valueOf(1_000_000_000_000L)),
          Map.entry("万亿", BigDecimal.valueOf(1_000_000_000_000L)));

  private static final String EN_MONTH =
      "(january|february|march|april|may|june|july|august|september|october|november|december"
          + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";
  static final Pattern EN_MONTH_DAY =
      Pattern.compile("\\b" + EN_MONTH + "\\s+(\\d{1,2})\\b", Pattern.CASE_INSENSITIVE);
  static final Pattern EN_DAY_MONTH =
      Pattern.compile("\\b(\\d{1,2})\\s+" + EN_MONTH + "(?![a-z])", Pattern.CASE_INSENSITIVE);
  static final Pattern RU_DAY_MONTH =
      Pattern.compile(
          "(?<!\\d)(\\d{1,2})\\s+(январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр"
              + "|ноябр|декабр)\\p{L}*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final List<String> EN_MONTHS =
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
  private static final List<String> RU_MONTHS =
      List.of(
          "январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр",
          "ноябр", "декабр");
  static final Pattern ZH_DATE = Pattern.compile("(\\d{1,2})月(\\d{1,2})日");

  private NumbersAndDates() {}

  /** Number keys ({@code n...}, {@code p...} for percentages, {@code y...} for years). */
  public static Set<String> numbers(String text) {
    Set<String> out = new TreeSet<>();
    GatedScan.forEach(
        NUMBER,
        text,
        GatedScan.filter(GatedScan.asciiDigits(text), i -> numberMayStart(text, i)),
        m -> {
          String key = numberKey(m.group(1), m.group(2), m.group(3));
          if (key != null) {
            out.add(key);
          }
        });
    return out;
  }

  /** Date keys {@code d<month>-<day>}. */
  public static Set<String> dates(String text) {
    Set<String> out = new TreeSet<>();
    int[] digits = GatedScan.asciiDigits(text);
    GatedScan.forEach(
        EN_MONTH_DAY,
        text,
        monthWordStarts(text, digits),
        m ->
            addDate(
                EN_MONTHS.indexOf(m.group(1).toLowerCase(Locale.ROOT).substring(0, 3)) + 1,
                m.group(2),
                out));
    GatedScan.forEach(
        EN_DAY_MONTH,
        text,
        GatedScan.filter(digits, i -> dayMayStart(text, i)),
        m ->
            addDate(
                EN_MONTHS.indexOf(m.group(2).toLowerCase(Locale.ROOT).substring(0, 3)) + 1,
                m.group(1),
                out));
    GatedScan.forEach(
        RU_DAY_MONTH,
        text,
        GatedScan.filter(digits, i -> ruDayMayStart(text, i)),
        m -> {
          String month = m.group(2).toLowerCase(Locale.ROOT);
          String stem = month.equals("май") || month.equals("мая") ? "ма" : month;
          addDate(RU_MONTHS.indexOf(stem) + 1, m.group(1), out);
        });
    if (text.indexOf('月') >= 0) {
      GatedScan.forEach(
          ZH_DATE, text, digits, m -> addDate(Integer.parseInt(m.group(1)), m.group(2), out));
    }
    return out;
  }

  /** A number starts at an ASCII digit that does not follow a digit, point or comma. */
  static boolean numberMayStart(String text, int i) {
    if (!GatedScan.asciiDigit(text.charAt(i))) {
      return false;
    }
    if (i == 0) {
      return true;
    }
    char before = text.charAt(i - 1);
    return !GatedScan.asciiDigit(before) && before != '.' && before != ',';
  }

  /**
   * Where an English month name followed by a day may start: a month's first letters at a word
   * start, among the few words before a digit (the pattern allows only white space and a point
   * between the month and the day).
   */
  static int[] monthWordStarts(String text, int[] digits) {
    int[] out = new int[digits.length];
    int n = 0;
    for (int d : digits) {
      // walk back over white space and one point to the end of the word before the digit
      int j = d - 1;
      while (j >= 0 && Character.isWhitespace(text.charAt(j))) {
        j--;
      }
      if (j >= 0 && text.charAt(j) == '.') {
        j--;
      }
      int end = j + 1;
      while (j >= 0 && Character.isLetter(text.charAt(j))) {
        j--;
      }
      if (end - (j + 1) >= 3 && monthWordMayStart(text, j + 1)) {
        out[n++] = j + 1;
      }
    }
    return ascendingDistinct(Arrays.copyOf(out, n));
  }

  /** The positions sorted, each once (the digits of one number share the word before them). */
  private static int[] ascendingDistinct(int[] positions) {
    Arrays.sort(positions);
    int w = 0;
    for (int i = 0; i < positions.length; i++) {
      if (w == 0 || positions[i] != positions[w - 1]) {
        positions[w++] = positions[i];
      }
    }
    return Arrays.copyOf(positions, w);
  }

  /** An English month name starts with a month's first three letters, at a word boundary. */
  static boolean monthWordMayStart(String text, int i) {
    if (i + 3 > text.length() || (i > 0 && GatedScan.asciiWordChar(text.charAt(i - 1)))) {
      return false;
    }
    char[] prefix = new char[3];
    for (int k = 0; k < 3; k++) {
      char c = text.charAt(i + k);
      prefix[k] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    return EN_MONTHS.contains(new String(prefix));
  }

  /** An English day number starts at an ASCII digit, at a word boundary. */
  static boolean dayMayStart(String text, int i) {
    return GatedScan.asciiDigit(text.charAt(i))
        && (i == 0 || !GatedScan.asciiWordChar(text.charAt(i - 1)));
  }

  /** A Russian day number starts at an ASCII digit that does not follow a digit. */
  static boolean ruDayMayStart(String text, int i) {
    return GatedScan.asciiDigit(text.charAt(i))
        && (i == 0 || !GatedScan.asciiDigit(text.charAt(i - 1)));
  }

  private static void addDate(int month, String day, Set<String> out) {
    int d = Integer.parseInt(day);
    if (month >= 1 && month <= 12 && d >= 1 && d <= 31) {
      out.add("d" + month + "-" + d);
    }
  }

  static String numberKey(String whole, String fraction, String unit) {
    String digits = onlyAsciiDigits(whole);
    boolean thousandsSeparated = digits.length() != whole.length();
    String fractionPart = fraction;
    if (fraction != null && fraction.length() == 3 && !thousandsSeparated && unit == null) {
      // "1,200" is twelve hundred; "1,5" and "1.25" are fractions
      digits = digits + fraction;
      fractionPart = null;
    }
    if (digits.length() > 18) {
      return null;
    }
    BigDecimal value = new BigDecimal(fractionPart == null ? digits : digits + "." + fractionPart);
    String u = unit == null ? "" : unit.toLowerCase(Locale.ROOT).replace(".", "");
    if (u.equals("%")
        || u.startsWith("percent")
        || u.startsWith("per cent")
        || u.startsWith("процент")) {
      return "p" + plain(value);
    }
    BigDecimal scale = SCALE.get(u);
    if (scale != null) {
      return "n" + plain(value.multiply(scale));
    }
    if (fractionPart == null
        && digits.length() == 4
        && value.intValue() >= 1900
        && value.intValue() <= 2100) {
      return "y" + digits;
    }
    return value.compareTo(BigDecimal.TEN) < 0 ? null : "n" + plain(value);
  }

  /** The text without every character that is not an ASCII digit (separators of thousands). */
  static String onlyAsciiDigits(String text) {
    char[] kept = new char[text.length()];
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (GatedScan.asciiDigit(c)) {
        kept[n++] = c;
      }
    }
    return n == text.length() ? text : new String(kept, 0, n);
  }

  private static String plain(BigDecimal v) {
    return v.stripTrailingZeros().toPlainString();
  }
}
