package org.echowatch.streams.similarity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Language-neutral keys for the numbers and dates of a text, so that "1.5 billion", "1,5 млрд" and
 * "15亿" meet as {@code n1500000000}, "35 percent", "35%" as {@code p35}, and "March 1", "1 марта",
 * "3月1日" as {@code d3-1}. Small bare numbers (below 10) are left out: they say little.
 */
public final class NumbersAndDates {

  /**
   * The units of {@link #NUMBER} written in ASCII letters, in lower case, in the order the pattern
   * tries them. One list for the pattern and for {@link #unitMayStartAt}, which passes over a word
   * that is none of them: a unit added to the pattern alone would be passed over.
   */
  private static final List<String> ASCII_UNITS =
      List.of("percent", "per cent", "thousand", "million", "mln", "billion", "bln", "trillion");

  /**
   * The units of {@link #NUMBER} in other scripts, as alternatives of the pattern. None can match
   * where an ASCII one does, so their place after the ASCII ones changes no match.
   */
  private static final String OTHER_UNITS =
      "процент\\p{L}*|працэнт\\p{L}*|тыс\\.?|млн\\.?|млрд\\.?|трлн\\.?|万亿|万|亿|千";

  static final Pattern NUMBER =
      Pattern.compile(
          "(?<![\\d.,])(\\d{1,3}(?:[,\u00a0\u202f ]\\d{3})+|\\d+)(?:[.,](\\d+))?"
              + "\\s*(%|"
              + String.join("|", ASCII_UNITS)
              + "|"
              + OTHER_UNITS
              + ")?",
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

  /**
   * A day and a month in Russian or Belarusian ("3 марта", "3 сакавіка"); the month group is a
   * month's stem in {@link #CYRILLIC_MONTHS}, the Belarusian stems after the Russian ones. December
   * is spelt out in Belarusian: its stem "снеж" also starts the Russian "снежный" (snowy).
   */
  static final Pattern CYRILLIC_DAY_MONTH =
      Pattern.compile(
          "(?<!\\d)(\\d{1,2})\\s+(январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр"
              + "|ноябр|декабр|студзен|лют|сакавік|красавік|чэрвен|ліпен|жні[ўв]|верас"
              + "|кастрычнік|лістапад|снежня|снежань)\\p{L}*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final List<String> EN_MONTHS =
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

  /** Month stems, January first: Russian, then Belarusian (May is "мая" in both). */
  private static final List<List<String>> CYRILLIC_MONTHS =
      List.of(
          List.of("январ", "студзен"),
          List.of("феврал", "лют"),
          List.of("март", "сакавік"),
          List.of("апрел", "красавік"),
          List.of("ма"),
          List.of("июн", "чэрвен"),
          List.of("июл", "ліпен"),
          List.of("август", "жніў", "жнів"),
          List.of("сентябр", "верас"),
          List.of("октябр", "кастрычнік"),
          List.of("ноябр", "лістапад"),
          List.of("декабр", "снежня", "снежань"));

  static final Pattern ZH_DATE = Pattern.compile("(\\d{1,2})月(\\d{1,2})日");

  private NumbersAndDates() {}

  /** Number keys ({@code n...}, {@code p...} for percentages, {@code y...} for years). */
  public static Set<String> numbers(String text) {
    return numbers(text, GatedScan.asciiDigits(text));
  }

  /** {@link #numbers(String)}, given where the ASCII digits of the text are. */
  static Set<String> numbers(String text, int[] digits) {
    Set<String> out = new TreeSet<>();
    int[] starts = GatedScan.filter(digits, i -> numberMayStart(text, i));
    Matcher m = null;
    int from = 0;
    for (int i : starts) {
      if (i < from) {
        continue;
      }
      int run = digitsEnd(text, i);
      int after = plainNumberEnd(text, run);
      String key;
      if (after >= 0) {
        key = plainNumberKey(text, i, run);
        from = after;
      } else {
        m = m == null ? GatedScan.matcher(NUMBER, text) : m;
        if (!GatedScan.matchesAt(m, text, i)) {
          continue;
        }
        key = numberKey(m.group(1), m.group(2), m.group(3));
        from = m.end();
      }
      if (key != null) {
        out.add(key);
      }
    }
    return out;
  }

  /**
   * Where {@link #NUMBER} would end a match whose digits end at {@code digits}, when that match is
   * plainly those digits: no separator and digit follow (no thousands group, no fraction), and
   * after the white space no unit can start. -1 when it may be more, and the pattern must tell.
   */
  static int plainNumberEnd(String text, int digits) {
    int n = text.length();
    if (digits + 1 < n
        && NUMBER_SEPARATORS.indexOf(text.charAt(digits)) >= 0
        && GatedScan.asciiDigit(text.charAt(digits + 1))) {
      return -1;
    }
    int k = digits;
    while (k < n && TextNormalizer.isPatternSpace(text.charAt(k))) {
      k++;
    }
    return k < n && unitMayStartAt(text, k) ? -1 : k;
  }

  /**
   * {@link #numberKey} of the plain digits {@code text[start, end)} (no separator, fraction or
   * unit), without the BigDecimal: a year for four digits from 1900 to 2100, nothing below 10, else
   * the digits without leading zeros.
   */
  static String plainNumberKey(String text, int start, int end) {
    if (end - start > 18) {
      return null;
    }
    if (end - start == 4) {
      int value = Integer.parseInt(text, start, end, 10);
      if (value >= 1900 && value <= 2100) {
        return "y" + text.substring(start, end);
      }
    }
    int first = start;
    while (first < end - 1 && text.charAt(first) == '0') {
      first++;
    }
    return end - first < 2 ? null : "n" + text.substring(first, end);
  }

  /** Characters that may stand between thousands or before a fraction in {@link #NUMBER}. */
  private static final String NUMBER_SEPARATORS = ",.\u00a0\u202f ";

  /** First letters of the units of {@link #NUMBER}, in lower case, taken from their lists. */
  private static final String UNIT_STARTS = unitStarts();

  private static String unitStarts() {
    var starts = new StringBuilder("%"); // the percent sign, the pattern's first unit
    List<String> units = new ArrayList<>(ASCII_UNITS);
    units.addAll(List.of(OTHER_UNITS.split("\\|")));
    for (String unit : units) {
      if (starts.indexOf(unit.substring(0, 1)) < 0) {
        starts.append(unit.charAt(0));
      }
    }
    return starts.toString();
  }

  /**
   * Whether a unit of {@link #NUMBER} may start with the character: it is, in any case, the first
   * letter of one.
   */
  static boolean unitMayStart(char c) {
    return GatedScan.oneOfIgnoringCase(c, UNIT_STARTS);
  }

  /**
   * Whether a unit of {@link #NUMBER} may start at {@code k}: its first letter is one a unit starts
   * with and, when that is an ASCII letter, the text goes on with one of the units written in ASCII
   * (in any case) or with a character past ASCII before it differs from them. An ASCII letter
   * starts no other unit; and a character past ASCII may match an ASCII one in the pattern's case
   * folding (ı and İ match i, ſ matches s), so that is left to the pattern. In a text of English
   * words, most of the words after a number that open with p, t, m or b are no unit, and the
   * pattern is not tried for them.
   */
  static boolean unitMayStartAt(String text, int k) {
    char c = text.charAt(k);
    if (!unitMayStart(c)) {
      return false;
    }
    if (!(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z')) {
      return true;
    }
    for (String unit : ASCII_UNITS) {
      if (mayBeAt(text, k, unit)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the ASCII word {@code lowerCase} may be at {@code k} of the text in any case: the
   * text's characters there are the word's ones, up to a character past ASCII.
   */
  private static boolean mayBeAt(String text, int k, String lowerCase) {
    if (k + lowerCase.length() > text.length()) {
      return false;
    }
    for (int j = 0; j < lowerCase.length(); j++) {
      char t = text.charAt(k + j);
      if (t >= 0x80) {
        return true;
      }
      char lower = t >= 'A' && t <= 'Z' ? (char) (t + ('a' - 'A')) : t;
      if (lower != lowerCase.charAt(j)) {
        return false;
      }
    }
    return true;
  }

  /** The end of the run of ASCII digits that starts at {@code i}. */
  private static int digitsEnd(String text, int i) {
    int k = i;
    while (k < text.length() && GatedScan.asciiDigit(text.charAt(k))) {
      k++;
    }
    return k;
  }

  /** Date keys {@code d<month>-<day>}. */
  public static Set<String> dates(String text) {
    return dates(text, GatedScan.asciiDigits(text));
  }

  /** {@link #dates(String)}, given where the ASCII digits of the text are. */
  static Set<String> dates(String text, int[] digits) {
    Set<String> out = new TreeSet<>();
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
        CYRILLIC_DAY_MONTH,
        text,
        GatedScan.filter(digits, i -> cyrillicDayMayStart(text, i)),
        m -> addDate(cyrillicMonth(m.group(2)), m.group(1), out));
    if (text.indexOf('月') >= 0) {
      GatedScan.forEach(
          ZH_DATE, text, digits, m -> addDate(Integer.parseInt(m.group(1)), m.group(2), out));
    }
    return out;
  }

  /** The month (1 to 12) of a stem {@link #CYRILLIC_DAY_MONTH} found, in any case. */
  static int cyrillicMonth(String stem) {
    String s = stem.toLowerCase(Locale.ROOT);
    String key = s.equals("май") || s.equals("мая") ? "ма" : s;
    for (int month = 0; month < CYRILLIC_MONTHS.size(); month++) {
      if (CYRILLIC_MONTHS.get(month).contains(key)) {
        return month + 1;
      }
    }
    throw new IllegalArgumentException("not a month stem: " + stem);
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

  /**
   * An English day number starts at an ASCII digit, at a word boundary, and is one or two digits,
   * white space and a letter a month name starts with.
   */
  static boolean dayMayStart(String text, int i) {
    return GatedScan.asciiDigit(text.charAt(i))
        && (i == 0 || !GatedScan.asciiWordChar(text.charAt(i - 1)))
        && monthAfterDay(text, i, EN_MONTH_STARTS);
  }

  /**
   * A Russian or Belarusian day number starts at an ASCII digit that does not follow a digit, and
   * is one or two digits, white space and a letter a month name starts with.
   */
  static boolean cyrillicDayMayStart(String text, int i) {
    return GatedScan.asciiDigit(text.charAt(i))
        && (i == 0 || !GatedScan.asciiDigit(text.charAt(i - 1)))
        && monthAfterDay(text, i, CYRILLIC_MONTH_STARTS);
  }

  /**
   * First letters of the English, and of the Russian and Belarusian, month names, in lower case.
   */
  private static final String EN_MONTH_STARTS = "jfmasond";

  private static final String CYRILLIC_MONTH_STARTS = "яфмаисондлкчжв";

  /**
   * Whether the digits at {@code i} are one or two, followed by white space ({@code \\s+}) and a
   * character that is, in any case, one of {@code monthStarts}.
   */
  private static boolean monthAfterDay(String text, int i, String monthStarts) {
    int k = digitsEnd(text, i);
    if (k - i > 2 || k >= text.length() || !TextNormalizer.isPatternSpace(text.charAt(k))) {
      return false;
    }
    while (k < text.length() && TextNormalizer.isPatternSpace(text.charAt(k))) {
      k++;
    }
    if (k == text.length()) {
      return false;
    }
    return GatedScan.oneOfIgnoringCase(text.charAt(k), monthStarts);
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
        || u.startsWith("процент")
        || u.startsWith("працэнт")) {
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
