package org.echowatch.streams.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.echowatch.common.Article;
import org.echowatch.streams.similarity.PairScorer;
import org.echowatch.streams.similarity.Side;
import org.echowatch.streams.similarity.TextProfile;

/**
 * Profiles the generated stories of {@link DetectionCoreCpuBench} again and again and prints the
 * CPU time of one profile ({@link PairScorer#profile}) per round: the share of the detection core
 * that does not depend on the window.
 *
 * <p>Run: {@code java -cp <test classpath> org.echowatch.streams.bench.ProfileCpuBench [stories
 * (20000)] [rounds (8)]}
 */
public final class ProfileCpuBench {

  private ProfileCpuBench() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    List<Side> sides = sides(SyntheticStories.generate(n, 350, 17L));
    PairScorer scorer = PairScorer.standard();
    var threads = ManagementFactory.getThreadMXBean();
    long checksum = 0;
    for (int round = 1; round <= rounds; round++) {
      long cpu = threads.getCurrentThreadCpuTime();
      for (Side side : sides) {
        checksum += checksum(scorer.profile(side));
      }
      long spent = threads.getCurrentThreadCpuTime() - cpu;
      out.printf(
          Locale.ROOT,
          "round %d: %.1f us CPU per profile (%d stories)%n",
          round,
          spent / 1e3 / sides.size(),
          sides.size());
    }
    out.printf(Locale.ROOT, "checksum %x%n", checksum);
  }

  private static List<Side> sides(List<Article> stories) {
    return stories.stream().map(Side::of).toList();
  }

  /** Touches every part of a profile, so that none of it can be left uncomputed. */
  private static long checksum(TextProfile p) {
    return p.shingles().length
        + p.signature()[0]
        + p.strongTerms().size()
        + p.vector().size()
        + p.concepts().size()
        + p.numbers().size()
        + p.dates().size()
        + p.names().size()
        + p.exactHash().hashCode();
  }
}
