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
  void shouldKeepHanBigramsAndDropStopWords() {
    assertThat(Tokens.terms(List.of("the", "白俄", "minsk"), "en")).containsExactly("白俄", "minsk");
  }
}
