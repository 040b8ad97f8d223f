package org.echowatch.streams.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GatedScanTest {

  private static final String[] PIECES = {
    " ",
    "  ",
    "\n",
    ".",
    ",",
    "-",
    "0",
    "1",
    "7",
    "12",
    "31",
    "2024",
    "1,200",
    "1.5",
    "20 000",
    "March",
    "march",
    "Mar.",
    "Sept",
    "May",
    "marching",
    "Dec",
    "x",
    "ab",
    "_",
    "марта",
    "сакавіка",
    "Жніўня",
    "лютасць",
    "мая",
    "маяк",
    "Сентября",
    "млрд",
    "million",
    "percent",
    "%",
    "月",
    "日",
    "3月1日",
    "亿",
    "Jan",
    "9a",
    "a9",
    "é",
    "\u00a0",
    "тыс.",
    "March 1",
    "1 March",
    "mar. 12",
    "12 мая",
    "3 сакавіка",
    "15 жніўня",
    "1 снежня",
    "5 маяк",
    "sept 31",
    "3 Dec.",
    "x3 May",
    "May 123",
    "15\u00a0млн",
    "3 per cent",
    "7 Percent",
    "2 trillion",
    "4 bln",
    "12 тыс.",
    "9 ПРОЦЕНТОВ",
    "5万",
    "6 ma",
    "8\t\tmln",
    "1\u202f000"
  };

  static Stream<Arguments> gatedPatterns() {
    return Stream.of(
        Arguments.of(
            "numbers",
            NumbersAndDates.NUMBER,
            starts(t -> digitsWhere(t, i -> NumbersAndDates.numberMayStart(t, i)))),
        Arguments.of(
            "month day",
            NumbersAndDates.EN_MONTH_DAY,
            starts(t -> NumbersAndDates.monthWordStarts(t, GatedScan.asciiDigits(t)))),
        Arguments.of(
            "day month",
            NumbersAndDates.EN_DAY_MONTH,
            starts(t -> digitsWhere(t, i -> NumbersAndDates.dayMayStart(t, i)))),
        Arguments.of(
            "ru day month",
            NumbersAndDates.CYRILLIC_DAY_MONTH,
            starts(t -> digitsWhere(t, i -> NumbersAndDates.cyrillicDayMayStart(t, i)))),
        Arguments.of("zh date", NumbersAndDates.ZH_DATE, starts(GatedScan::asciiDigits)));
  }

  private static Function<String, int[]> starts(Function<String, int[]> f) {
    return f;
  }

  private static int[] digitsWhere(String text, IntPredicate gate) {
    return GatedScan.filter(GatedScan.asciiDigits(text), gate);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("gatedPatterns")
  void shouldFindWhatFindFindsWhenTheGateIsTheNumbersAndDatesOne(
      String name, Pattern pattern, Function<String, int[]> starts) {
    Random random = new Random(42);
    int texts = 3_000;
    int withMatches = 0;
    for (int n = 0; n < texts; n++) {
      String text = randomText(random);
      List<String> expected = new ArrayList<>();
      Matcher m = pattern.matcher(text);
      while (m.find()) {
        expected.add(m.start() + ":" + m.group());
      }
      List<String> actual = new ArrayList<>();
      GatedScan.forEach(
          pattern, text, starts.apply(text), r -> actual.add(r.start() + ":" + r.group()));
      assertThat(actual).as("%s in [%s]", name, text).isEqualTo(expected);
      withMatches += expected.isEmpty() ? 0 : 1;
    }
    // the generator must exercise the pattern, or the comparison proves nothing
    assertThat(withMatches).isGreaterThan(texts / 50);
  }

  @Test
  void shouldKeyTheNumbersThatFindFinds() {
    Random random = new Random(43);
    int withNumbers = 0;
    for (int n = 0; n < 5_000; n++) {
      String text = randomText(random);
      Set<String> expected = new TreeSet<>();
      Matcher m = NumbersAndDates.NUMBER.matcher(text);
      while (m.find()) {
        String key = NumbersAndDates.numberKey(m.group(1), m.group(2), m.group(3));
        if (key != null) {
          expected.add(key);
        }
      }
      assertThat(NumbersAndDates.numbers(text)).as("[%s]", text).isEqualTo(expected);
      withNumbers += expected.isEmpty() ? 0 : 1;
    }
    assertThat(withNumbers).isGreaterThan(1_000);
  }

  @Test
  void shouldGiveEachMonthWordStartOnceInAscendingOrder() {
    String text = "March 12 and Jan 5, sept. 30 and March 1";
    assertThat(NumbersAndDates.monthWordStarts(text, GatedScan.asciiDigits(text)))
        .containsExactly(0, 13, 20, 33);
    assertThat(GatedScan.filter(new int[] {1, 2, 3, 4}, i -> i % 2 == 0)).containsExactly(2, 4);
    assertThat(GatedScan.filter(new int[] {}, i -> true)).isEmpty();
  }

  private static String randomText(Random random) {
    return randomText(random, PIECES);
  }

  private static String randomText(Random random, String[] pieces) {
    var sb = new StringBuilder();
    int count = 1 + random.nextInt(14);
    for (int k = 0; k < count; k++) {
      sb.append(pieces[random.nextInt(pieces.length)]);
    }
    return sb.toString();
  }

  /**
   * Numbers, and words after them that open as a unit does but are none, or are one in another case
   * or with letters past ASCII that the pattern's case folding matches to ASCII ones.
   */
  private static final String[] UNIT_PIECES = {
    " ",
    "  ",
    "\n",
    ".",
    "7",
    "12",
    "2024",
    "1.5",
    "per",
    "perc",
    "percent",
    "Percent",
    "PER CENT",
    "per cent",
    "per  cent",
    "thousand",
    "thousands",
    "tho",
    "mil",
    "million",
    "mln",
    "mlnx",
    "MLN",
    "bl",
    "bln",
    "Billion",
    "trill",
    "trillion",
    "mıllıon",
    "bıllion",
    "\u017f",
    "ı",
    "İ",
    "pa",
    "млн",
    "%",
    "亿",
    "x"
  };

  @Test
  void shouldKeyTheNumbersThatFindFindsBeforeWordsThatMayBeUnits() {
    Random random = new Random(44);
    int withUnits = 0;
    for (int n = 0; n < 5_000; n++) {
      String text = randomText(random, UNIT_PIECES);
      Set<String> expected = new TreeSet<>();
      Matcher m = NumbersAndDates.NUMBER.matcher(text);
      boolean unit = false;
      while (m.find()) {
        String key = NumbersAndDates.numberKey(m.group(1), m.group(2), m.group(3));
        if (key != null) {
          expected.add(key);
        }
        unit |= m.group(3) != null;
      }
      assertThat(NumbersAndDates.numbers(text)).as("[%s]", text).isEqualTo(expected);
      withUnits += unit ? 1 : 0;
    }
    assertThat(withUnits).isGreaterThan(1_000);
  }
}
