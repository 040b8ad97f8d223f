package org.echowatch.streams.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
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
        "МІНСК, 1 сакавіка (БЕЛТА) - The talks began.",
        "Мінск, 1 сакавіка /Сіньхуа/ — The talks began.",
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

  @Test
  void shouldGiveTheSha256OfTheFoldedTextEveryTimeOnEveryThread() throws Exception {
    // the first 16 bytes of SHA-256("abc"), the FIPS 180-2 example
    String expected = "ba7816bf8f01cfea414140de5dae2223";
    var pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<String>> hashes = new ArrayList<>();
      for (int i = 0; i < 300; i++) {
        String text = i % 2 == 0 ? "ABC" : "a long text, to be hashed between two others " + i;
        hashes.add(pool.submit(() -> TextNormalizer.exactHash(text)));
      }
      for (int i = 0; i < hashes.size(); i += 2) {
        assertThat(hashes.get(i).get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
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

  private static final String[] MARK_PIECES = {
    "MINSK, 1 March ",
    "(BelTA)",
    "(xinhua)",
    "(БЕЛТА)",
    "/Синьхуа/",
    "/Сіньхуа/",
    "/belta/",
    "(Belarus)",
    " – ",
    " -- ",
    " - ",
    "—",
    "新华社北京3月1日电",
    "白通社明斯克2月11日电",
    "（记者 李明）",
    "白俄罗斯",
    "Enditem",
    "enditem",
    "ENDITEM",
    "end",
    "en",
    "e",
    "–0–",
    "-0-",
    "[责任编辑:王磊]",
    "（完）",
    "(完)",
    "The talks began.",
    " ",
    "\n",
    "\t",
    "\u2003",
    "Minsk, ",
    "march 1, ",
    "x",
    "b",
    "(",
    "/",
    "Eend",
    "eNDITEM",
    "endİtem",
    "\u0085",
    "\u2028",
    "\r\n",
    "\r",
    "]"
  };

  /** {@link TextNormalizer#stripAgencyMarks} as the patterns alone give it, tried everywhere. */
  private static String referenceStrip(String body) {
    String text = body.strip();
    for (Pattern dateline : TextNormalizer.DATELINES) {
      var m = dateline.matcher(text).region(0, Math.min(text.length(), TextNormalizer.HEAD));
      if (m.lookingAt()) {
        text = text.substring(m.end());
        break;
      }
    }
    var m = TextNormalizer.TRAILER.matcher(text);
    m.useTransparentBounds(true).useAnchoringBounds(false);
    m.region(Math.max(0, text.length() - TextNormalizer.TAIL), text.length());
    return (m.find() ? text.substring(0, m.start()) : text).strip();
  }

  @Test
  void shouldStripWhatThePatternsAloneStrip() {
    Random random = new Random(6);
    int stripped = 0;
    for (int round = 0; round < 20_000; round++) {
      var text = new StringBuilder();
      for (int k = random.nextInt(12); k > 0; k--) {
        text.append(MARK_PIECES[random.nextInt(MARK_PIECES.length)]);
      }
      String body = text.toString();
      String expected = referenceStrip(body);
      assertThat(TextNormalizer.stripAgencyMarks(body)).as("[%s]", body).isEqualTo(expected);
      stripped += expected.equals(body.strip()) ? 0 : 1;
    }
    assertThat(stripped).isGreaterThan(2_000);
  }
}
