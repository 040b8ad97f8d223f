package org.echowatch.streams.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * How fast the machine itself is right now, by two fixed tasks that do not change with the code:
 * hashing a buffer that fits in the cache (arithmetic) and following a random chain through an
 * array far larger than the cache (one memory load after another, as a table probe that misses
 * does). Run before and after a benchmark on a shared machine, it shows whether the machine itself
 * was slower: when the probe slows down by as much as the benchmark, the machine moved. The reverse
 * does not hold: over 8 runs of the detection benchmark alternated with it (streams/README.md), the
 * runs' times did not follow its readings (correlation 0.16), so a steady probe does not clear the
 * machine of a slow run.
 *
 * <p>Run: {@code java -cp <test classpath> org.echowatch.streams.bench.MachineSpeedProbe [rounds
 * (5)]}; each round prints its CPU time per hashed kilobyte and per chained load.
 */
public final class MachineSpeedProbe {

  private static final int HASHED_BYTES = 256 * 1024;
  private static final int HASH_PASSES = 400;
  private static final int CHAIN_LENGTH = 1 << 25; // 128 MB of int links
  private static final int CHAIN_LOADS = 20_000_000;

  private MachineSpeedProbe() {}

  public static void main(String[] args) throws NoSuchAlgorithmException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    byte[] buffer = new byte[HASHED_BYTES];
    new SplittableRandom(1).nextBytes(buffer);
    int[] chain = randomCycle(CHAIN_LENGTH, 2L);
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    var threads = ManagementFactory.getThreadMXBean();
    long sink = 0;
    for (int r = 1; r <= rounds; r++) {
      long cpu = threads.getCurrentThreadCpuTime();
      for (int p = 0; p < HASH_PASSES; p++) {
        sha.update(buffer);
        sink += sha.digest()[0];
      }
      long hashed = threads.getCurrentThreadCpuTime() - cpu;
      cpu = threads.getCurrentThreadCpuTime();
      sink += follow(chain, CHAIN_LOADS);
      long chained = threads.getCurrentThreadCpuTime() - cpu;
      out.printf(
          Locale.ROOT,
          "round %d: hashing %.0f ns per KB, random loads %.1f ns each%n",
          r,
          hashed / (HASH_PASSES * (HASHED_BYTES / 1024.0)),
          (double) chained / CHAIN_LOADS);
    }
    // keeps the work from being optimised away
    out.println(sink == 42 ? "" : "done");
  }

  /**
   * A single cycle through every index (Sattolo's shuffle), so that following it visits the whole
   * array in an order the prefetcher cannot guess.
   */
  static int[] randomCycle(int length, long seed) {
    int[] next = new int[length];
    for (int i = 0; i < length; i++) {
      next[i] = i;
    }
    var random = new SplittableRandom(seed);
    for (int i = length - 1; i > 0; i--) {
      int j = random.nextInt(i);
      int t = next[i];
      next[i] = next[j];
      next[j] = t;
    }
    return next;
  }

  /** Follows the chain for the given number of loads; returns where it ended. */
  static int follow(int[] chain, int loads) {
    int at = 0;
    for (int i = 0; i < loads; i++) {
      at = chain[at];
    }
    return at;
  }
}
