package org.echowatch.streams.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokensTest {

  @Test
  void shouldStemAccentedAndPlainSpellingsAlike() {
    assertThat(Tokens.stem("städte")).isEqualTo(Tokens.stem("stadte"));
    assertThat(Tokens.stem("łódzkie")).isEqualTo("lodzk");
    assertThat(Tokens.stem("straße")).isEqualTo("stras");
    assertThat(Tokens.stem("başbakan")).isEqualTo("basba");
  }

  @Test
  void shouldCutWordsToFiveLetters() {
    assertThat(Tokens.stem("negotiations")).isEqualTo("negot");
    assertThat(Tokens.stem("talks")).isEqualTo("talks");
  }

  @Test
  void shouldStripArabicArticleAndCliticsOnlyForArabic() {
    // "the school" with wa+article, "the school" with ta marbuta, and a hamza alef
    assertThat(Tokens.terms(List.of("والمدرسة"), "ar"))
        .isEqualTo(Tokens.terms(List.of("مدرسه"), "ar"));
    assertThat(Tokens.arabic("أحمد")).isEqualTo("احمد");
    // vowel marks do not split a word
    assertThat(Tokens.arabic("كَتَبَ")).isEqualTo("كتب");
    // too short to lose its article: at least two letters stay
    assertThat(Tokens.arabic("الف")).isEqualTo("الف");
    assertThat(Tokens.terms(List.of("والمدرسة"), "en")).containsExactly("والمد");
  }

  @Test
  void shouldGiveInflectedPolishFormsOneStem() {
    List<String> sejm = Tokens.terms(List.of("sejm", "sejmu", "sejmie", "sejmowi"), "pl");
    assertThat(sejm).containsOnly("sejm");
    assertThat(Tokens.terms(List.of("rząd", "rządu", "rządów"), "pl")).containsOnly("rzad");
    assertThat(Tokens.terms(List.of("polska", "polski", "polskiej"), "pl")).containsOnly("polsk");
    // four letters always stay, and different words stay apart
    assertThat(Tokens.terms(List.of("woda"), "pl")).containsExactly("woda");
    assertThat(Tokens.terms(List.of("rząd", "rada"), "pl")).containsExactly("rzad", "rada");
    // other languages keep the bare prefix
    assertThat(Tokens.terms(List.of("sejmu"), "en")).containsExactly("sejmu");
  }

  @Test
  void shouldStripOneGermanEndingAndKeepThreeLetters() {
    assertThat(Tokens.germanStemEnd("regierungen")).isEqualTo("regierung".length());
    assertThat(Tokens.germanStemEnd("kindern")).isEqualTo("kind".length());
    assertThat(Tokens.germanStemEnd("landes")).isEqualTo("land".length());
    assertThat(Tokens.germanStemEnd("regierung")).isEqualTo("regierung".length());
    assertThat(Tokens.germanStemEnd("ei")).isEqualTo(2);
  }

  @Test
  void shouldGiveGermanCompoundsTheTermOfTheirLastPart() {
    List<String> whole = Tokens.terms(List.of("bundesregierung"), "de");
    List<String> part = Tokens.terms(List.of("regierungen"), "de");
    assertThat(whole).containsExactly("bunde", "~rung");
    assertThat(part).containsExactly("regie", "~rung");
    // umlauts fold, and an ending does not change the tail
    assertThat(Tokens.terms(List.of("ärzteverbände"), "de"))
        .isEqualTo(Tokens.terms(List.of("arzteverband"), "de"));
    // compounds with one first part about different things differ in the tail; short words get
    // none
    assertThat(Tokens.terms(List.of("wahlkampf"), "de")).containsExactly("wahlk", "~ampf");
    assertThat(Tokens.terms(List.of("wahlkreis"), "de")).containsExactly("wahlk", "~krei");
    assertThat(Tokens.terms(List.of("kanzler"), "de")).containsExactly("kanzl");
    // the prefix stem is the one English text gets, so names still meet across languages
    assertThat(Tokens.terms(List.of("biden"), "de"))
        .isEqualTo(Tokens.terms(List.of("biden"), "en"));
    assertThat(Tokens.terms(List.of("bundesregierung"), "en")).containsExactly("bunde");
  }

  @Test
  void shouldKeepHanBigramsAndDropStopWords() {
    assertThat(Tokens.terms(List.of("the", "白俄", "minsk"), "en")).containsExactly("白俄", "minsk");
  }

  @Test
  void shouldTellHanIdeographsAsTheScriptTableDoes() {
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      boolean han = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
      if (Tokens.isHan(cp) != han) {
        assertThat(Tokens.isHan(cp)).as("U+%04X", cp).isEqualTo(han);
      }
    }
    assertThat(Tokens.isHan('北')).isTrue();
    assertThat(Tokens.isHan(0x2000B)).isTrue();
    assertThat(Tokens.isHan('の')).isFalse();
  }

  @Test
  void shouldFindStopWordsOfEveryLength() {
    assertThat(Tokens.isStopWord("и")).isTrue();
    assertThat(Tokens.isStopWord("the")).isTrue();
    assertThat(Tokens.isStopWord("которы")).isTrue();
    assertThat(Tokens.isStopWord("отметил")).isTrue();
    assertThat(Tokens.isStopWord("отметила")).isFalse();
    // Belarusian: function words and a reporting verb; its content words are not stop words
    assertThat(Tokens.isStopWord("гэта")).isTrue();
    assertThat(Tokens.isStopWord("ўжо")).isTrue();
    assertThat(Tokens.isStopWord("адзначыў")).isTrue();
    assertThat(Tokens.isStopWord("пагадненне")).isFalse();
    assertThat(Tokens.isStopWord("minsk")).isFalse();
    assertThat(Tokens.terms(List.of("отметил", "отметила"), "ru")).containsExactly("отмет");
  }

  @Test
  void shouldTellAsciiWordCharactersAsCharacterDoes() {
    for (char c = 0; c < 0x80; c++) {
      assertThat(Tokens.isAsciiLetterOrDigit(c))
          .as("U+%04X", (int) c)
          .isEqualTo(Character.isLetterOrDigit(c));
    }
  }
}
