package org.echowatch.streams.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link WordSpans} and the terms read off its spans against plain String-per-word references, on
 * generated text in many scripts.
 */
class WordSpansTest {

  /** Pieces the generated texts are made of, by script. */
  private static final String[] ALPHABETS = {
    "abcdefghijklmnopqrstuvwxyz",
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "àáâäãåæçèéêëìíîïñòóôöøœùúûüýÿßłśźżąęćńđħǆǅ",
    "ÀÁÂÄÇÈÉÊÑÖØÜŁŚŹŻĄĘĆŃİıŞşĞğ",
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ",
    "中国白俄罗斯明斯克总统卢卡申科北京合作月日电新华社亿万千〇",
    "العربيةوالبالكالفالللأإآىةًٌٍَُِّْـهاانونينيه",
    "0123456789٠١٢٣",
    " ",
    "   \n\t",
    ".,;:!?-–—\"«»“”()[]【】（）/%~_",
    "\u00a0\u202f\u3000",
    "ﬁ①²½Ⅻᛮ",
    "\uD835\uDC00\uD840\uDC00\uD87E\uDC00",
    "\u0301\u0308\u0323",
    "\uD800\uDC00\uDBFF"
  };

  private static final String[] WORDS = {
    "the",
    "and",
    "которы",
    "отметил",
    "und",
    "für",
    "Straße",
    "Bundesregierung",
    "sejmie",
    "والمدرسة",
    "İstanbul",
    "ärzteverbände",
    "白俄罗斯",
    "Минск",
    "enditem"
  };

  private static final String[] LANGS = {"en", "ru", "zh", "ar", "de", "pl", "tr", "und", ""};

  /** A text of about {@code length} characters mixing every script above. */
  static String generated(Random random, int length) {
    var sb = new StringBuilder();
    while (sb.length() < length) {
      if (random.nextInt(5) == 0) {
        sb.append(WORDS[random.nextInt(WORDS.length)]);
      } else {
        String alphabet = ALPHABETS[random.nextInt(ALPHABETS.length)];
        for (int k = 1 + random.nextInt(9); k > 0; k--) {
          sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
      }
      if (random.nextBoolean()) {
        sb.append(' ');
      }
    }
    return sb.toString();
  }

  /** Plain reference: code point by code point, a String for every word and bigram. */
  static List<String> referenceWords(String text) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      int start = i;
      if (Tokens.isHan(cp)) {
        List<Integer> run = new ArrayList<>();
        while (i < text.length() && Tokens.isHan(text.codePointAt(i))) {
          run.add(text.codePointAt(i));
          i += Character.charCount(text.codePointAt(i));
        }
        if (run.size() == 1) {
          out.add(text.substring(start, i));
        }
        for (int k = 0; k + 1 < run.size(); k++) {
          out.add(new String(new int[] {run.get(k), run.get(k + 1)}, 0, 2));
        }
      } else if (Character.isLetterOrDigit(cp)) {
        while (i < text.length()
            && Character.isLetterOrDigit(text.codePointAt(i))
            && !Tokens.isHan(text.codePointAt(i))) {
          i += Character.charCount(text.codePointAt(i));
        }
        out.add(text.substring(start, i));
      } else {
        i += Character.charCount(cp);
      }
    }
    return out;
  }

  @Test
  void shouldSplitWordsAsTheReferenceDoesInEveryScript() {
    Random random = new Random(11);
    for (int round = 0; round < 4_000; round++) {
      String raw = generated(random, random.nextInt(200));
      for (String text : new String[] {raw, TextNormalizer.fold(raw)}) {
        WordSpans spans = WordSpans.of(text);
        List<String> expected = referenceWords(text);
        assertThat(spans.strings()).as(text).isEqualTo(expected);
        assertThat(Tokens.words(text)).isEqualTo(expected);
        for (int i = 0; i < spans.size(); i++) {
          String word = expected.get(i);
          assertThat(spans.hash(i)).isEqualTo(Hashing.fnv(word));
          assertThat(spans.isHan(i)).isEqualTo(Tokens.isHan(word.codePointAt(0)));
          if (spans.hasPlainStem(i)) {
            assertThat(spans.stemHash(i)).as(word).isEqualTo(Hashing.fnv(Tokens.stem(word)));
          }
        }
      }
    }
  }

  @Test
  void shouldFoldAndSplitInOnePassAsFoldThenSplit() {
    Random random = new Random(15);
    for (int round = 0; round < 4_000; round++) {
      String text = generated(random, random.nextInt(200));
      // every other text ASCII only, which takes the one-pass path
      if (round % 2 == 0) {
        text = text.replaceAll("[^\\x00-\\x7F]", random.nextBoolean() ? "" : "-");
      }
      WordSpans expected = WordSpans.of(TextNormalizer.fold(text));
      WordSpans words = TextNormalizer.foldedWords(text);
      assertThat(words.text()).isEqualTo(expected.text());
      assertThat(words.strings()).isEqualTo(expected.strings());
      for (int i = 0; i < words.size(); i++) {
        assertThat(words.start(i)).isEqualTo(expected.start(i));
        assertThat(words.hash(i)).isEqualTo(expected.hash(i));
        assertThat(words.isHan(i)).isEqualTo(expected.isHan(i));
        assertThat(words.hasPlainStem(i)).isEqualTo(expected.hasPlainStem(i));
        assertThat(words.stemHash(i)).isEqualTo(expected.stemHash(i));
      }
    }
    assertThat(TextNormalizer.foldedWords(null).size()).isZero();
    assertThat(TextNormalizer.foldedWords(" -- ").size()).isZero();
  }

  @Test
  void shouldGiveTheTermsAndIdsOfTheStringPathInEveryLanguage() {
    Random random = new Random(12);
    for (int round = 0; round < 4_000; round++) {
      String folded = TextNormalizer.fold(generated(random, random.nextInt(300)));
      String lang = LANGS[random.nextInt(LANGS.length)];
      List<String> expected = Tokens.terms(referenceWords(folded), lang);
      TermList terms = Tokens.terms(WordSpans.of(folded), lang);
      assertThat(terms.strings()).as(lang + ": " + folded).isEqualTo(expected);
      for (int i = 0; i < terms.size(); i++) {
        assertThat(terms.id(i)).isEqualTo(TermVector.id(expected.get(i)));
      }
    }
  }

  @Test
  void shouldStemEveryLatinLetterAsTheStringStemDoes() {
    for (char c = 0; c < 0x300; c++) {
      for (String word : new String[] {c + "abcd", "ab" + c + "cdef", "abcd" + c, c + "ß" + c}) {
        TermList out = new TermList(1);
        Tokens.addStem(word, 0, word.length(), out);
        assertThat(out.term(0)).as("U+%04X", (int) c).isEqualTo(Tokens.stem(word));
        assertThat(out.id(0)).isEqualTo(TermVector.id(Tokens.stem(word)));
      }
    }
    for (String word : new String[] {"ßßß", "abcdß", "abcß", "straße"}) {
      TermList out = new TermList(1);
      Tokens.addStem(word, 0, word.length(), out);
      assertThat(out.term(0)).isEqualTo(Tokens.stem(word));
    }
  }

  @Test
  void shouldFindTheStopWordsOfTheSetByHash() {
    Random random = new Random(13);
    List<String> words = new ArrayList<>(List.of(WORDS));
    for (int k = 0; k < 2_000; k++) {
      words.addAll(referenceWords(TextNormalizer.fold(generated(random, 40))));
    }
    words.addAll(List.of("the", "и", "für", "which", "ве", "thf", "fü"));
    for (String w : words) {
      String text = "x " + w + " y";
      assertThat(Tokens.isStopWord(text, 2, 2 + w.length(), Hashing.fnv(w)))
          .as(w)
          .isEqualTo(Tokens.isStopWord(w));
    }
  }

  @Test
  void shouldTallyListedTermsAsTheirStrings() {
    Random random = new Random(14);
    for (int round = 0; round < 500; round++) {
      String folded = TextNormalizer.fold(generated(random, random.nextInt(400)));
      TermList terms = Tokens.terms(WordSpans.of(folded), "en");
      var bySpans = new TermTally(terms.size());
      var byStrings = new TermTally(terms.size());
      for (int i = 0; i < terms.size(); i++) {
        double count = 1 + random.nextInt(3);
        bySpans.add(terms, i, count);
        byStrings.add(terms.term(i), count);
      }
      assertThat(bySpans.terms()).isEqualTo(byStrings.terms());
      for (int i = 0; i < bySpans.size(); i++) {
        assertThat(bySpans.count(i)).isEqualTo(byStrings.count(i));
        assertThat(bySpans.id(i)).isEqualTo(byStrings.id(i));
        for (int j = 0; j < Math.min(20, bySpans.size()); j++) {
          assertThat(Integer.signum(bySpans.compareTerms(i, j)))
              .isEqualTo(Integer.signum(bySpans.term(i).compareTo(bySpans.term(j))));
        }
      }
    }
  }
}
