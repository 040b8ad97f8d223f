package org.echowatch.streams.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class EvidenceAlignerTest {

  /** The sentence breaks {@link EvidenceAligner#sentences} finds by hand, as a pattern. */
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?。！？])\\s+|(?<=[。！？])|\\n+");

  private static final String[] PIECES = {
    "a",
    "Bc",
    " ",
    "  ",
    "\t",
    "\r",
    "\n",
    "\n\n",
    "\u000B",
    "\f",
    ".",
    "!",
    "?",
    "。",
    "！",
    "？",
    "\u3000",
    "\u00a0",
    "…",
    "\uD83D\uDE00",
    "\uD83D",
    "\uDE00",
    "x.y",
    "1.5",
    "Минск",
    "北京"
  };

  /** The sentences as splitting at {@link #SENTENCE_END} gives them. */
  private static List<String> sentencesBySplit(String text) {
    List<String> out = new ArrayList<>();
    for (String s : SENTENCE_END.split(TextNormalizer.stripAgencyMarks(text))) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
      if (out.size() == 80) {
        break;
      }
    }
    return out;
  }

  @Test
  void shouldSplitSentencesAsThePatternDoes() {
    Random r = new Random(11);
    for (int n = 0; n < 20_000; n++) {
      var sb = new StringBuilder();
      int pieces = r.nextInt(n % 100 == 0 ? 400 : 30);
      for (int k = 0; k < pieces; k++) {
        sb.append(PIECES[r.nextInt(PIECES.length)]);
      }
      String text = sb.toString();
      assertThat(EvidenceAligner.sentences(text)).as("%s", text).isEqualTo(sentencesBySplit(text));
    }
  }

  @Test
  void shouldBreakSentencesAtEachKindOfEnd() {
    assertThat(EvidenceAligner.sentences("One. Two!\tThree?  Four"))
        .containsExactly("One.", "Two!", "Three?", "Four");
    assertThat(EvidenceAligner.sentences("一。二！三？四")).containsExactly("一。", "二！", "三？", "四");
    assertThat(EvidenceAligner.sentences("no mark\n\nnext line\nlast"))
        .containsExactly("no mark", "next line", "last");
    assertThat(EvidenceAligner.sentences("1.5 million.No space"))
        .containsExactly("1.5 million.No space");
    assertThat(EvidenceAligner.sentences("Lead.\n\nBody。 End"))
        .containsExactly("Lead.", "Body。", "End");
  }

  @Test
  void shouldKeepTheFirstEightySentences() {
    String text = "Word. ".repeat(100);
    assertThat(EvidenceAligner.sentences(text)).hasSize(80);
  }

  @Test
  void shouldCountSharedHashesInDice() {
    assertThat(EvidenceAligner.dice(new long[] {-5, 1, 9}, new long[] {-5, 1, 9})).isEqualTo(1.0);
    assertThat(EvidenceAligner.dice(new long[] {-5, 1}, new long[] {2, 9})).isZero();
    assertThat(EvidenceAligner.dice(new long[] {-5, 1, 3, 9}, new long[] {1, 9}))
        .isCloseTo(2.0 * 2 / 6, within(1e-12));
    assertThat(EvidenceAligner.dice(new long[] {}, new long[] {1})).isZero();
  }

  @Test
  void shouldPairEachEchoSentenceWithTheOriginSentenceItRepeats() {
    var aligner = new EvidenceAligner(ConceptDictionary.builtIn());
    String origin =
        "The Minsk tractor works shipped 1,200 tractors to Harbin in March. "
            + "Separately, the weather in Gomel stayed mild.";
    String echo =
        "Officials said the weather in Gomel stayed mild this week. "
            + "In March the Minsk tractor works shipped 1,200 tractors to Harbin.";

    var passages = aligner.align(origin, echo, 5);

    assertThat(passages).hasSize(2);
    assertThat(passages)
        .anySatisfy(
            p -> {
              assertThat(p.originSpan()).startsWith("The Minsk tractor works");
              assertThat(p.echoSpan()).startsWith("In March the Minsk");
            });
    assertThat(passages)
        .anySatisfy(
            p -> {
              assertThat(p.originSpan()).startsWith("Separately");
              assertThat(p.echoSpan()).startsWith("Officials said");
            });
  }

  @Test
  void shouldPickThePassagesThatComparingEverySentencePairPicks() {
    var aligner = new EvidenceAligner(ConceptDictionary.builtIn());
    String[] pool = {
      "The Minsk tractor works shipped 1,200 tractors to Harbin in March.",
      "In March the Minsk tractor works shipped 1,200 tractors to Harbin.",
      "The weather in Gomel stayed mild.",
      "Officials said the weather in Gomel stayed mild this week.",
      "Xinhua reported the talks on 12 May 2025 in Beijing.",
      "Talks were held in Beijing.",
      "Lukashenko met the delegation.",
      "The delegation met Lukashenko in Minsk.",
      "Grain exports rose 7%.",
      "Exports of grain rose by 7 percent in the first quarter.",
      "明斯克拖拉机厂向哈尔滨发运拖拉机。",
      "Минский тракторный завод отгрузил тракторы в Харбин."
    };
    Random random = new Random(5);
    for (int round = 0; round < 300; round++) {
      String origin = text(pool, random);
      String echo = text(pool, random);

      assertThat(aligner.align(origin, echo, 5))
          .as("origin %s echo %s", origin, echo)
          .isEqualTo(everyPair(aligner, origin, echo, 5));
    }
  }

  @Test
  void shouldMakeTheSentencePivotsTheStringPathMakes() {
    var dictionary = ConceptDictionary.builtIn();
    var aligner = new EvidenceAligner(dictionary);
    String[] ascii = {
      "Lukashenko met Wang Yi in Minsk on 4 March 2025; trade reached $8.2 billion. ",
      "The Great Stone park, the BelAZ plant and the MAZ works (Minsk) -- 46 projects! ",
      "Exports of grain rose by 7 percent in Q1, BelTA reported. "
    };
    Random random = new Random(23);
    for (int round = 0; round < 2_000; round++) {
      String sentence =
          round % 2 == 0
              ? WordSpansTest.generated(random, random.nextInt(200))
              : text(ascii, random);

      assertThat(aligner.pivots(sentence))
          .as(sentence)
          .isEqualTo(stringPivots(dictionary, sentence));
    }
  }

  /** A sentence's pivots the plain way: a String for every word and term, hashed afterwards. */
  private static long[] stringPivots(ConceptDictionary dictionary, String sentence) {
    String folded = TextNormalizer.fold(sentence);
    List<String> words = Tokens.words(folded);
    List<Long> ids = new ArrayList<>();
    Tokens.terms(words).forEach(t -> ids.add(TermVector.id(t)));
    dictionary.find(folded, words).forEach(c -> ids.add(TermVector.id("c:" + c)));
    NumbersAndDates.numbers(sentence).forEach(x -> ids.add(TermVector.id(x)));
    NumbersAndDates.dates(sentence).forEach(d -> ids.add(TermVector.id(d)));
    NameKeys.of(sentence).forEach(k -> ids.add(TermVector.id("k:" + k)));
    return ids.stream().mapToLong(Long::longValue).sorted().distinct().toArray();
  }

  private static String text(String[] pool, Random random) {
    StringBuilder text = new StringBuilder();
    for (int n = random.nextInt(12); n >= 0; n--) {
      text.append(pool[random.nextInt(pool.length)]).append(random.nextBoolean() ? " " : "\n");
    }
    return text.toString();
  }

  /** The alignment made the plain way: every sentence's pivots made, every pair compared. */
  private static List<EvidenceAligner.Passage> everyPair(
      EvidenceAligner aligner, String origin, String echo, int limit) {
    List<String> os = EvidenceAligner.sentences(origin);
    List<String> es = EvidenceAligner.sentences(echo);
    List<EvidenceAligner.Passage> best = new ArrayList<>();
    boolean[] used = new boolean[os.size()];
    for (String e : es) {
      int bestI = -1;
      double bestScore = 0.15;
      for (int i = 0; i < os.size(); i++) {
        double s = EvidenceAligner.dice(aligner.pivots(os.get(i)), aligner.pivots(e));
        if (s > bestScore && !used[i]) {
          bestScore = s;
          bestI = i;
        }
      }
      if (bestI >= 0) {
        used[bestI] = true;
        best.add(new EvidenceAligner.Passage(os.get(bestI), e, PairScorer.round(bestScore)));
      }
    }
    best.sort((x, y) -> Double.compare(y.score(), x.score()));
    return best.size() <= limit ? best : best.subList(0, limit);
  }
}
