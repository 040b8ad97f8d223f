package org.echowatch.streams.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextNormalizerTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "MINSK, 1 March (BelTA) – The talks began.",
        "BEIJING, March 1 (Xinhua) -- The talks began.",
        "МИНСК, 1 марта (БЕЛТА) - The talks began.",
        "Минск, 1 марта /Синьхуа/ — The talks began.",
        "白通社明斯克2月11日电 The talks began.",
        "新华社北京3月1日电 The talks began.",
        "新华社北京3月1日电（记者 李明）The talks began.",
        "The talks began. Enditem",
        "The talks began. –0–",
        "The talks began.[责任编辑:王磊]",
        "The talks began.（完）",
        "The talks began. \n\n \t Enditem \n",
        "The talks began.\u2003Enditem",
        "The talks began.  -0-   enditem  "
      })
  void shouldStripDatelineAndTrailerWhenAgencyMarksSurroundTheText(String body) {
    assertThat(TextNormalizer.stripAgencyMarks(body)).isEqualTo("The talks began.");
  }

  @Test
  void shouldGiveSameHashWhenOnlyAgencyMarksDiffer() {
    String text = "Trade reached 5.1 billion dollars in 2024, up 12 percent.";
    assertThat(TextNormalizer.exactHash("MINSK, 1 March (BelTA) – " + text))
        .isEqualTo(TextNormalizer.exactHash("MINSK, March 1 (Xinhua) --  " + text + " Enditem"));
  }

  @ParameterizedTest
  @CsvSource({"Trade grew.,Trade fell.", "Lukashenko met Xi.,Lukashenko met Li."})
  void shouldGiveDifferentHashesWhenBodiesDiffer(String a, String b) {
    assertThat(TextNormalizer.exactHash(a)).isNotEqualTo(TextNormalizer.exactHash(b));
  }

  @Test
  void shouldFoldAsciiTextAsTheUnicodePathDoes() {
    Random random = new Random(5);
    String alphabet = "aZ9 .,-_!\n\t~Qm0()'\"x";
    for (int round = 0; round < 5_000; round++) {
      var text = new StringBuilder();
      for (int k = random.nextInt(40); k > 0; k--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String ascii = text.toString();
      // a no-break space (NFKC: a space) takes the text off the ASCII path and folds to nothing
      assertThat(TextNormalizer.fold(ascii))
          .as("\"%s\"", ascii)
          .isEqualTo(TextNormalizer.fold(ascii + "\u00a0"))
          .isEqualTo(TextNormalizer.fold("\u00a0" + ascii));
    }
  }

  @Test
  void shouldFoldCaseWidthAndGaps() {
    assertThat(TextNormalizer.fold("  Minsk -- TALKS, 2024!  ")).isEqualTo("minsk talks 2024");
    assertThat(TextNormalizer.fold("Ｍinsk ﬁnance ½")).isEqualTo("minsk finance 1 2");
    assertThat(TextNormalizer.fold(null)).isEmpty();
    assertThat(TextNormalizer.isAscii("Minsk")).isTrue();
    assertThat(TextNormalizer.isAscii("Minsk\u00a0")).isFalse();
  }

  @Test
  void shouldLetTrailersStartOnlyWhereAMarkFollowsTheSpaces() {
    String text = "talks. \t\n Enditem";
    assertThat(TextNormalizer.trailerMayStart(text, 5)).isFalse();
    assertThat(TextNormalizer.trailerMayStart(text, 6)).isTrue();
    assertThat(TextNormalizer.trailerMayStart(text, 10)).isTrue();
    assertThat(TextNormalizer.trailerMayStart("talks.  more", 6)).isFalse();
    assertThat(TextNormalizer.trailerMayStart("talks.\u2003Enditem", 6)).isFalse();
    assertThat(TextNormalizer.trailerMayStart("talks.   ", 6)).isFalse();
  }
}
