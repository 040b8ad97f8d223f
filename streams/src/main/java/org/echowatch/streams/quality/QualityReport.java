package org.echowatch.streams.quality;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.echowatch.common.Match;
import org.echowatch.streams.DetectionSettings;
import org.echowatch.streams.replay.Replayer;
import org.echowatch.streams.similarity.DocumentFrequencies;
import org.echowatch.streams.similarity.PairScorer;
import org.echowatch.streams.similarity.Side;

/**
 * Precision, recall and F1 per tier on a labelled corpus, two ways: the pair scorer alone on the
 * labelled pairs, and the whole topology replayed over every story (candidate generation included;
 * a flagged pair of two unrelated families counts as a false positive).
 *
 * <p>Usage: {@code QualityReport <corpus dir>}.
 */
public final class QualityReport {

  private QualityReport() {}

  /** Scores the labelled pairs with the pair scorer alone, term weights from all corpus stories. */
  public static TierScores pairs(Corpus corpus, PairScorer scorer) {
    var frequencies = new DocumentFrequencies();
    for (var a : corpus.articles().values()) {
      frequencies.add(scorer.profile(Side.of(a)).vector());
    }
    scorer = scorer.with(frequencies);
    TierScores scores = new TierScores();
    for (Corpus.Pair p : corpus.pairs()) {
      var a = corpus.articles().get(p.a());
      var b = corpus.articles().get(p.b());
      var s = scorer.score(Side.of(a), Side.of(b));
      scores.add(p.label(), s.type() == null ? "none" : s.type().wireName());
    }
    return scores;
  }

  /** Replays every story through the topology and scores what it flagged. */
  public static TierScores replay(Corpus corpus, DetectionSettings settings) {
    var result = Replayer.run(corpus.articles().values().stream().toList(), settings);
    Map<String, String> flagged = new HashMap<>();
    for (Match m : result.matches()) {
      flagged.put(key(m.originId(), m.echoId()), m.type().wireName());
    }
    TierScores scores = new TierScores();
    Set<String> labelled = new HashSet<>();
    for (Corpus.Pair p : corpus.pairs()) {
      String k = key(p.a(), p.b());
      labelled.add(k);
      scores.add(p.label(), flagged.getOrDefault(k, "none"));
    }
    for (Match m : result.matches()) {
      String k = key(m.originId(), m.echoId());
      boolean sameFamily =
          corpus.families().get(m.originId()).equals(corpus.families().get(m.echoId()));
      if (!labelled.contains(k) && !sameFamily) {
        scores.add("none", m.type().wireName());
      }
    }
    return scores;
  }

  private static String key(String a, String b) {
    return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
  }

  /** Prints both reports for the corpus folder given as the only argument. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: QualityReport <corpus dir>");
    }
    Corpus corpus = Corpus.read(Path.of(args[0]));
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.printf(
        "corpus %s: %d stories, %d labelled pairs%n",
        args[0], corpus.articles().size(), corpus.pairs().size());
    out.println("pair scorer on labelled pairs:");
    pairs(corpus, PairScorer.standard()).lines().forEach(out::println);
    out.println("topology replay over all stories:");
    replay(corpus, DetectionSettings.defaults()).lines().forEach(out::println);
  }
}
