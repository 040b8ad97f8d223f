package org.echowatch.streams.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class PivotExtractionTest {

  @Test
  void shouldGiveSameNumberKeyWhenAmountIsWrittenInThreeLanguages() {
    assertThat(NumbersAndDates.numbers("trade reached 1.5 billion dollars"))
        .contains("n1500000000")
        .isEqualTo(NumbersAndDates.numbers("товарооборот достиг 1,5 млрд долларов"))
        .isEqualTo(NumbersAndDates.numbers("贸易额达到15亿美元"));
  }

  @Test
  void shouldReadThousandsSeparatorsPercentagesAndYearsWhenPresent() {
    assertThat(NumbersAndDates.numbers("1,200 jobs, 35 percent, 35% and 20 000 tonnes in 2024"))
        .containsExactlyInAnyOrder("n1200", "p35", "n20000", "y2024");
  }

  @Test
  void shouldKeepOnlyTheAsciiDigitsOfANumberWithSeparators() {
    assertThat(NumbersAndDates.onlyAsciiDigits("1,200")).isEqualTo("1200");
    assertThat(NumbersAndDates.onlyAsciiDigits("20\u00a0000\u202f000")).isEqualTo("20000000");
    assertThat(NumbersAndDates.onlyAsciiDigits("2024")).isEqualTo("2024");
    assertThat(NumbersAndDates.onlyAsciiDigits("١٢")).isEmpty();
  }

  @Test
  void shouldKeyPlainDigitsAsNumberKeyDoes() {
    Random random = new Random(8);
    for (int round = 0; round < 20_000; round++) {
      var digits = new StringBuilder();
      for (int k = 1 + random.nextInt(random.nextBoolean() ? 5 : 21); k > 0; k--) {
        digits.append((char) ('0' + (random.nextInt(3) == 0 ? 0 : random.nextInt(10))));
      }
      if (round % 7 == 0) {
        digits.setLength(0);
        digits.append(1890 + random.nextInt(220));
      }
      String text = "x " + digits + " y";
      assertThat(NumbersAndDates.plainNumberKey(text, 2, 2 + digits.length()))
          .as(digits.toString())
          .isEqualTo(NumbersAndDates.numberKey(digits.toString(), null, null));
    }
  }

  @Test
  void shouldGiveSameDateKeyWhenDateIsWrittenInThreeLanguages() {
    assertThat(NumbersAndDates.dates("on March 1")).containsExactly("d3-1");
    assertThat(NumbersAndDates.dates("1 марта")).containsExactly("d3-1");
    assertThat(NumbersAndDates.dates("3月1日")).containsExactly("d3-1");
    assertThat(NumbersAndDates.dates("5 мая")).containsExactly("d5-5");
  }

  @Test
  void shouldKeyBelarusianDatesAndPercentagesAsTheRussianOnes() {
    // month by month, January first: Russian and Belarusian genitive
    String[][] months = {
      {"января", "студзеня"}, {"февраля", "лютага"}, {"марта", "сакавіка"},
      {"апреля", "красавіка"}, {"мая", "мая"}, {"июня", "чэрвеня"},
      {"июля", "ліпеня"}, {"августа", "жніўня"}, {"сентября", "верасня"},
      {"октября", "кастрычніка"}, {"ноября", "лістапада"}, {"декабря", "снежня"}
    };
    for (int month = 1; month <= 12; month++) {
      String key = "d" + month + "-17";
      for (String name : months[month - 1]) {
        assertThat(NumbersAndDates.dates("17 " + name)).as(name).containsExactly(key);
      }
    }
    // the nominative, as in a heading: "жнівень", "Студзень"
    assertThat(NumbersAndDates.dates("2 жнівень")).containsExactly("d8-2");
    assertThat(NumbersAndDates.dates("2 Студзень")).containsExactly("d1-2");
    assertThat(NumbersAndDates.dates("2 снежань")).containsExactly("d12-2");
    assertThat(NumbersAndDates.dates("выпало 5 снежных дней")).isEmpty();
    assertThat(NumbersAndDates.numbers("вырас на 12,5 працэнта"))
        .isEqualTo(NumbersAndDates.numbers("вырос на 12,5 процента"))
        .containsExactly("p12.5");
    assertThat(NumbersAndDates.numbers("8,3 млрд долараў")).containsExactly("n8300000000");
  }

  @Test
  void shouldFindSameConceptsWhenNamesAreInEnglishRussianAndChinese() {
    var dict = ConceptDictionary.builtIn();
    var en = dict.find(TextNormalizer.fold("Lukashenko met Xi Jinping in Minsk"));
    var ru = dict.find(TextNormalizer.fold("Лукашенко встретился с Си Цзиньпином в Минске"));
    var zh = dict.find(TextNormalizer.fold("卢卡申科在明斯克会见习近平"));
    assertThat(en).contains("lukashenko", "xi-jinping", "minsk");
    assertThat(ru).contains("lukashenko", "xi-jinping", "minsk");
    assertThat(zh).contains("lukashenko", "xi-jinping", "minsk");
    assertThat(dict.size()).isGreaterThan(300);
  }

  @Test
  void shouldTransliterateCyrillicNamesToTheLatinKeyWhenNamesMatch() {
    assertThat(NameKeys.of("Talks with Lukashenko in Minsk."))
        .containsAll(NameKeys.of("Переговоры с Лукашенко в Минске."));
  }

  @Test
  void shouldKeyCapitalisedWordsAndAcronymsButNotSentenceStartsOrSingleLetters() {
    var keys = NameKeys.of("Talks began. Then Lukashenko met the NATO envoy in Minsk, I hear. A X");
    assertThat(keys)
        .containsExactlyInAnyOrder(
            NameKeys.key("Lukashenko"), NameKeys.key("NATO"), NameKeys.key("Minsk"));
    // the same key when the word comes again (from the cache)
    assertThat(NameKeys.key("Минске")).isEqualTo(NameKeys.key("Минске")).isEqualTo("mansc");
  }

  @Test
  void shouldGiveBelarusianRussianAndEnglishSpellingsOfOneNameOneKey() {
    // Belarusian writes the unstressed vowels as they sound: а for о, я for е
    assertThat(NameKeys.key("Аляксандр"))
        .isEqualTo(NameKeys.key("Александр"))
        .isEqualTo(NameKeys.key("Aleksandr"));
    assertThat(NameKeys.key("Масква")).isEqualTo(NameKeys.key("Москва"));
    assertThat(NameKeys.key("Лукашэнка")).isEqualTo(NameKeys.key("Lukashenko"));
    assertThat(NameKeys.of("Аляксандр Лукашэнка прыбыў у Маскву."))
        .isEqualTo(NameKeys.of("Александр Лукашенко прибыл в Москву."));
    // the consonants still tell names apart
    assertThat(NameKeys.key("Минск")).isNotEqualTo(NameKeys.key("Москва"));
  }

  /** Pieces of text around the edges of names: capitals, hyphens, sentence marks, digits, Han. */
  private static final String[] NAME_PIECES = {
    "Minsk",
    "minsk",
    "MINSK",
    "NATO",
    "Xi-Jinping",
    "-",
    "--",
    "Lukashenko-",
    "McDonald",
    "iPhone",
    "The",
    "the",
    "Mr",
    ". ",
    "! ",
    "? ",
    "\n",
    "\"",
    "«",
    "“",
    ": ",
    ", ",
    " ",
    "  ",
    "A",
    "X",
    "7",
    "2024",
    "٣",
    "Ⅻ",
    "Ⅰx",
    "É",
    "Élysée",
    "éLYSÉE",
    "Минске",
    "Переговоры",
    "в",
    "ЕС",
    "北京",
    "中",
    "\uD835\uDC00",
    "ǅx",
    "Σίσυφος",
    "a",
    "B-",
    "-C",
    "д-Р"
  };

  @Test
  void shouldKeyTheNamesThatAScanOfEveryWordFinds() {
    Random random = new Random(21);
    for (int round = 0; round < 30_000; round++) {
      var text = new StringBuilder();
      for (int k = random.nextInt(16); k > 0; k--) {
        text.append(NAME_PIECES[random.nextInt(NAME_PIECES.length)]);
        if (random.nextBoolean()) {
          text.append(' ');
        }
      }
      assertThat(NameKeys.of(text.toString()))
          .as(text.toString())
          .isEqualTo(namesByWordScan(text.toString()));
    }
  }

  /**
   * The name keys of a text by a scan of every word in turn, which carries whether a sentence has
   * just begun from word to word (how {@link NameKeys#of} found them before it skipped the words
   * that do not start with a capital).
   */
  private static Set<String> namesByWordScan(String text) {
    Set<String> out = new TreeSet<>();
    boolean sentenceStart = true;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (NameKeys.isNameLetter(c)) {
        int start = i;
        while (i < text.length()
            && (NameKeys.isNameLetter(text.charAt(i)) || text.charAt(i) == '-')) {
          i++;
        }
        String word = text.substring(start, i);
        boolean capital = word.length() >= 2 && Character.isUpperCase(word.charAt(0));
        boolean acronym = capital && word.length() <= 6 && word.equals(upperCaseUnits(word));
        boolean name =
            acronym
                || (capital
                    && !sentenceStart
                    && word.length() >= 3
                    && !NameKeys.NOT_NAMES.contains(word.toLowerCase(Locale.ROOT)));
        if (name && NameKeys.key(word).length() >= 3) {
          out.add(NameKeys.key(word));
        }
        sentenceStart = false;
      } else {
        if (".!?\n\"«“:".indexOf(c) >= 0) {
          sentenceStart = true;
        } else if (Character.isDigit(c)) {
          sentenceStart = false;
        }
        i++;
      }
    }
    return out;
  }

  /** The word when every unit is upper case, else something else. */
  private static String upperCaseUnits(String word) {
    return word.chars().allMatch(Character::isUpperCase) ? word : word + "?";
  }

  @Test
  void shouldTellNameLettersAsCharacterDoesForEveryUnit() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      boolean expected = Character.isLetter(c) && !Tokens.isHan(c);
      if (NameKeys.isNameLetter(c) != expected) {
        assertThat(NameKeys.isNameLetter(c)).as("U+%04X", (int) c).isEqualTo(expected);
      }
    }
    for (char c = 0; c < 0x80; c++) {
      assertThat(GatedScan.asciiDigit(c)).isEqualTo(Character.isDigit(c));
    }
  }
}
