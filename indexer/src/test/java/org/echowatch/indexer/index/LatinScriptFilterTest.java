package org.echowatch.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LatinScriptFilterTest {

  private static final Set<Character.UnicodeScript> WITHOUT_SOUND_SPELLING =
      EnumSet.of(
          Character.UnicodeScript.HAN,
          Character.UnicodeScript.HIRAGANA,
          Character.UnicodeScript.KATAKANA,
          Character.UnicodeScript.HANGUL);

  @Test
  void shouldCallExactlyHanKanaAndHangulCharsIdeographic() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      boolean expected = WITHOUT_SOUND_SPELLING.contains(Character.UnicodeScript.of(c));
      assertThat(LatinScriptFilter.isIdeographic(c)).as("U+%04X", (int) c).isEqualTo(expected);
    }
  }

  @Test
  void shouldNotCallCyrillicOrLatinIdeographic() {
    assertThat(LatinScriptFilter.isIdeographic('Л')).isFalse();
    assertThat(LatinScriptFilter.isIdeographic('ў')).isFalse();
    assertThat(LatinScriptFilter.isIdeographic('x')).isFalse();
    assertThat(LatinScriptFilter.isIdeographic('卢')).isTrue();
  }
}
