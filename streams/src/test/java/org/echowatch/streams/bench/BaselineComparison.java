package org.echowatch.streams.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.echowatch.common.Article;
import org.echowatch.streams.DetectionSettings;
import org.echowatch.streams.Stories;
import org.echowatch.streams.quality.Corpus;
import org.echowatch.streams.replay.Replayer;

/**
 * Side by side on the same inputs: quality on the labelled corpus (any tier counts as "flagged")
 * and in-memory throughput on generated 3 KB stories, echowatch's detector against Lucene
 * MoreLikeThis over the window.
 *
 * <p>Run: {@code java -cp <test classpath> org.echowatch.streams.bench.BaselineComparison
 * [stories]}
 */
public final class BaselineComparison {

  private BaselineComparison() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Corpus corpus = Stories.corpus();
    List<Article> ordered =
        corpus.articles().values().stream()
            .sorted(java.util.Comparator.comparing(Article::publishedAt).thenComparing(Article::id))
            .toList();
    long window = DetectionSettings.defaults().window().toMillis();

    Set<String> ours = new HashSet<>();
    Replayer.run(ordered, DetectionSettings.defaults())
        .matches()
        .forEach(m -> ours.add(key(m.originId(), m.echoId())));
    out.println("quality on the labelled corpus (flagged = any tier):");
    double[] o = prf(corpus, ours);
    out.printf(
        Locale.ROOT, "  echowatch     precision %.3f recall %.3f F1 %.3f%n", o[0], o[1], o[2]);
    double[] bestMlt = null;
    float bestThreshold = 0;
    for (float threshold : new float[] {5f, 10f, 20f, 40f, 80f}) {
      Set<String> mlt = new HashSet<>();
      try (var baseline = new LuceneMltBaseline(window, threshold)) {
        for (Article a : ordered) {
          baseline.process(a).forEach(f -> mlt.add(key(f.a(), f.b())));
        }
      }
      double[] m = prf(corpus, mlt);
      out.printf(
          Locale.ROOT,
          "  lucene-mlt>=%-4.0f precision %.3f recall %.3f F1 %.3f%n",
          threshold,
          m[0],
          m[1],
          m[2]);
      if (bestMlt == null || m[2] > bestMlt[2]) {
        bestMlt = m;
        bestThreshold = threshold;
      }
    }
    out.printf(
        Locale.ROOT,
        "  F1 ratio echowatch / best lucene-mlt (>=%.0f): %.2f%n",
        bestThreshold,
        o[2] / bestMlt[2]);

    List<Article> stream = SyntheticStories.generate(n, 350, 17L);
    var core = new WindowedCore(stream);
    long t0 = System.nanoTime();
    int flagged = 0;
    for (int i = 0; i < stream.size(); i++) {
      flagged += core.step(i).size();
    }
    double oursRate = n / ((System.nanoTime() - t0) / 1e9);
    long t1 = System.nanoTime();
    int mltFlagged = 0;
    long storyWindowMs = DetectionCoreBenchmark.WINDOW * (86_400_000L / 350);
    try (var baseline = new LuceneMltBaseline(storyWindowMs, bestThreshold)) {
      for (Article a : stream) {
        mltFlagged += baseline.process(a).size();
      }
    }
    double mltRate = n / ((System.nanoTime() - t1) / 1e9);
    out.printf(Locale.ROOT, "throughput on %d generated 3 KB stories, one thread, in memory:%n", n);
    out.printf(Locale.ROOT, "  echowatch  %.0f stories/s (%d pairs flagged)%n", oursRate, flagged);
    out.printf(
        Locale.ROOT, "  lucene-mlt %.0f stories/s (%d pairs flagged)%n", mltRate, mltFlagged);
    out.printf(
        Locale.ROOT, "  throughput ratio echowatch / lucene-mlt: %.2f%n", oursRate / mltRate);
  }

  private static double[] prf(Corpus corpus, Set<String> flagged) {
    Set<String> positive = new HashSet<>();
    Set<String> labelled = new HashSet<>();
    for (Corpus.Pair p : corpus.pairs()) {
      labelled.add(key(p.a(), p.b()));
      if (!p.label().equals("none")) {
        positive.add(key(p.a(), p.b()));
      }
    }
    int tp = 0;
    int fp = 0;
    for (String f : flagged) {
      String[] ids = f.split("\\|");
      boolean sameFamily = corpus.families().get(ids[0]).equals(corpus.families().get(ids[1]));
      if (positive.contains(f)) {
        tp++;
      } else if (labelled.contains(f) || !sameFamily) {
        fp++;
      }
    }
    double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    double r = (double) tp / positive.size();
    return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
  }

  private static String key(String a, String b) {
    return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
  }
}
