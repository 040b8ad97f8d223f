package org.echowatch.streams.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ConceptDictionaryTest {

  private static final String[] FILLER = {
    "talks", "on", "the", "tuesday", "a", "by", "переговоры", "во", "вторник", "о", "会谈", "周二"
  };

  /** One written form of a concept, as the dictionary file gives it. */
  private record Entry(String id, String form) {}

  @Test
  void shouldFindEveryFormOfEveryConceptWhereverItStands() throws IOException {
    var dict = ConceptDictionary.builtIn();
    Random random = new Random(11);
    for (Entry e : entries()) {
      String text = filler(random) + " " + e.form() + " " + filler(random);
      assertThat(dict.find(TextNormalizer.fold(text)))
          .as("%s in \"%s\"", e.id(), text)
          .contains(e.id());
    }
  }

  @Test
  void shouldFindInTheSpansOfATitleAndABodyWhatItFindsInTheirJoin() throws IOException {
    var dict = ConceptDictionary.builtIn();
    List<Entry> entries = entries();
    Random random = new Random(12);
    for (int round = 0; round < 3_000; round++) {
      var words = new ArrayList<String>();
      for (int k = random.nextInt(12); k > 0; k--) {
        words.add(
            random.nextBoolean()
                ? entries.get(random.nextInt(entries.size())).form()
                : FILLER[random.nextInt(FILLER.length)]);
      }
      // a cut anywhere, also inside a form of several words or of Han characters
      String text = String.join(random.nextBoolean() ? " " : "", words);
      int cut = random.nextInt(text.length() + 1);
      String title = TextNormalizer.fold(text.substring(0, cut));
      String body = TextNormalizer.fold(text.substring(cut));
      assertThat(dict.find(WordSpans.of(title), WordSpans.of(body)))
          .as("%s | %s", title, body)
          .isEqualTo(dict.find(title + " " + body));
    }
  }

  @Test
  void shouldMatchLongFormsAsStemsAndShortOnesAsWholeWords() {
    var dict = ConceptDictionary.builtIn();
    // "Лукашенк" is a stem: every case ending matches
    assertThat(dict.find(TextNormalizer.fold("встреча с Лукашенко и Лукашенкой")))
        .contains("lukashenko");
    assertThat(dict.find(TextNormalizer.fold("Лукашен встреча"))).doesNotContain("lukashenko");
    assertThat(dict.find(TextNormalizer.fold("a"))).isEmpty();
    assertThat(dict.find("")).isEmpty();
  }

  @Test
  void shouldNotTakeCommonRussianOrBelarusianWordsForConcepts() {
    var dict = ConceptDictionary.builtIn();
    // "после", "последний", "послевоенный" start like "посол"; "индивидуальный" like "Индия";
    // "Наталья" like "НАТО"; "лістапад" (November) like "ліст" (letter)
    assertThat(
            dict.find(
                TextNormalizer.fold(
                    "После заседания последний индивидуальный послевоенный вопрос Натальи."
                        + " Пасля пасяджэння 3 лістапада Наталля наведала сяброў.")))
        .isEmpty();
    assertThat(
            dict.find(
                TextNormalizer.fold(
                    "В Индии и в Азии цены на мясо выросли, сообщил послу Китая посол Индии;"
                        + " курс юаня.")))
        .contains("india", "asia", "price", "beef", "ambassador", "china", "yuan");
  }

  @Test
  void shouldPackPrefixesOneToOne() {
    assertThat(ConceptDictionary.prefixKey("minsk")).isEqualTo(ConceptDictionary.prefixKey("min"));
    assertThat(ConceptDictionary.prefixKey("mi")).isNotEqualTo(ConceptDictionary.prefixKey("min"));
    assertThat(ConceptDictionary.prefixKey("m")).isNotEqualTo(ConceptDictionary.prefixKey("\0m"));
    assertThat(ConceptDictionary.prefixKey("мин")).isNotEqualTo(ConceptDictionary.prefixKey("min"));
  }

  private static String filler(Random random) {
    var words = new ArrayList<String>();
    for (int k = random.nextInt(6); k > 0; k--) {
      words.add(FILLER[random.nextInt(FILLER.length)]);
    }
    return String.join(" ", words);
  }

  private static List<Entry> entries() throws IOException {
    var out = new ArrayList<Entry>();
    try (var in =
        new BufferedReader(
            new InputStreamReader(
                ConceptDictionary.class.getResourceAsStream(
                    "/org/echowatch/streams/similarity/concepts.tsv"),
                StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        for (int c = 2; c < 5; c++) {
          for (String form : cols[c].split(";")) {
            if (!form.isBlank()) {
              out.add(new Entry(cols[1], form));
            }
          }
        }
      }
    }
    return out;
  }
}
