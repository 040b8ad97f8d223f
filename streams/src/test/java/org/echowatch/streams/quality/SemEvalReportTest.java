package org.echowatch.streams.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.echowatch.streams.similarity.PairScorer;
import org.echowatch.streams.similarity.Side;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SemEvalReportTest {

  @Test
  void aTitleMarkedByADoubleSpaceOrALineBreakIsSplitOff() {
    assertEquals(
        new Side("de", "Stadt erneuert vier Straßen", "Die Arbeiten beginnen im Mai."),
        SemEvalReport.side("de", "Stadt erneuert vier Straßen  Die Arbeiten beginnen im Mai."));
    assertEquals(
        new Side("en", "Port opens new terminal", "The terminal handles containers."),
        SemEvalReport.side("en", " Port opens new terminal\nThe terminal handles containers. "));
  }

  @Test
  void aTextWithoutAMarkedTitleStaysOneUntitledBody() {
    String runTogether = " Stadt erneuert vier Straßen Die Arbeiten beginnen im Mai.";
    assertEquals(new Side("de", "", runTogether), SemEvalReport.side("de", runTogether));
    String label = "Berlin.  Die Arbeiten beginnen im Mai.";
    assertEquals(new Side("de", "", label), SemEvalReport.side("de", label));
    String late = "word ".repeat(50) + " rest of the text";
    assertEquals(new Side("en", "", late), SemEvalReport.side("en", late));
  }

  @Test
  void theIntervalIsFishersZ() {
    // z = atanh(0) = 0, margin 1.959964 / sqrt(100): tanh(0.1959964) = 0.19353
    var zero = SemEvalReport.interval95(0, 103);
    assertEquals(-0.19353, zero.low(), 1e-5);
    assertEquals(0.19353, zero.high(), 1e-5);
    var some = SemEvalReport.interval95(0.69, 798);
    assertTrue(some.low() < 0.69 && 0.69 < some.high());
    // the interval is not symmetric around r: it is narrower towards 1
    assertTrue(some.high() - 0.69 < 0.69 - some.low());
    var fewer = SemEvalReport.interval95(0.69, 98);
    assertTrue(fewer.low() < some.low() && fewer.high() > some.high());
    assertTrue(Double.isNaN(SemEvalReport.interval95(0.5, 3).low()));
    assertTrue(Double.isNaN(SemEvalReport.interval95(Double.NaN, 50).high()));
  }

  @Test
  void pearsonOfStraightLines() {
    var up =
        List.of(
            new SemEvalReport.Rated("en", 0.1, 1),
            new SemEvalReport.Rated("en", 0.2, 2),
            new SemEvalReport.Rated("en", 0.4, 4));
    assertEquals(1.0, SemEvalReport.pearson(up), 1e-12);
    var down =
        List.of(
            new SemEvalReport.Rated("en", 0.1, 4),
            new SemEvalReport.Rated("en", 0.2, 3),
            new SemEvalReport.Rated("en", 0.3, 2));
    assertEquals(-1.0, SemEvalReport.pearson(down), 1e-12);
    assertTrue(Double.isNaN(SemEvalReport.pearson(up.subList(0, 2))));
  }

  @Test
  void scoresTheRealPairsOfAFile(@TempDir Path dir) throws IOException {
    String copy =
        "Minsk tractor plant ships 300 machines to Kenya  The Minsk Tractor Works sent 300"
            + " tractors to Kenya on Monday, the plant said. The shipment is the largest this year.";
    String sameStory =
        "Kenya receives 300 Belarusian tractors\nThree hundred tractors made by the Minsk"
            + " Tractor Works arrived in Kenya, the plant said on Monday.";
    String other =
        "Rain expected across the region  Forecasters expect heavy rain and wind on Thursday"
            + " in the northern districts, with temperatures falling to five degrees.";
    Path csv = dir.resolve("pairs.csv");
    Files.writeString(
        csv,
        "pair_id,lang1,lang2,text1,text2,Overall\n"
            + row("11_12", "en", "en", copy, sameStory, "1")
            + row("13_14", "en", "en", copy, other, "4")
            + row("15_16", "en", "de", copy, other, "4")
            + row("mt_15_16", "en", "en", copy, copy, "1"),
        StandardCharsets.UTF_8);
    var rated = SemEvalReport.score(csv, PairScorer.standard());
    assertEquals(3, rated.size(), "the machine-translated pair is left out");
    assertEquals(List.of("en", "en", "en-de"), rated.stream().map(r -> r.languages()).toList());
    assertEquals(4.0, rated.get(0).rating());
    assertEquals(1.0, rated.get(1).rating());
    assertTrue(
        rated.get(0).score() > rated.get(1).score() + 0.2,
        "one story told twice scores above two stories: " + rated);
    var baseline = SemEvalReport.wordTfIdf(SemEvalReport.realPairs(csv));
    assertEquals(
        rated.stream().map(r -> r.languages() + " " + r.rating()).toList(),
        baseline.stream().map(r -> r.languages() + " " + r.rating()).toList(),
        "the baseline rates the same pairs");
    assertTrue(baseline.get(0).score() > baseline.get(1).score(), baseline.toString());
    // the same two texts under other language labels: the baseline reads words only
    assertEquals(baseline.get(1).score(), baseline.get(2).score(), 1e-12);
  }

  @Test
  void aFileWithoutTheRatingIsRefused(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("unrated.csv");
    Files.writeString(csv, "pair_id,lang1,lang2,text1,text2\n1_2,en,en,a,b\n");
    var e =
        assertThrows(
            IllegalArgumentException.class, () -> SemEvalReport.score(csv, PairScorer.standard()));
    assertTrue(e.getMessage().contains("Overall"), e.getMessage());
  }

  private static String row(String id, String l1, String l2, String t1, String t2, String overall) {
    return String.join(",", id, l1, l2, quoted(t1), quoted(t2), overall) + "\n";
  }

  private static String quoted(String text) {
    return '"' + text.replace("\"", "\"\"") + '"';
  }
}
