package org.echowatch.app.load;

import java.util.Arrays;

/** Latency samples in milliseconds and their percentiles; thread-safe, unbounded only by memory. */
public final class LatencyRecorder {

  private long[] samples = new long[1024];
  private int size;

  /** Adds one sample. */
  public synchronized void record(long millis) {
    if (size == samples.length) {
      samples = Arrays.copyOf(samples, size * 2);
    }
    samples[size++] = millis;
  }

  /** How many samples there are. */
  public synchronized int count() {
    return size;
  }

  /**
   * The nearest-rank percentile, or -1 with no samples.
   *
   * @param p in (0, 100]
   */
  public synchronized long percentile(double p) {
    if (size == 0) {
      return -1;
    }
    long[] sorted = Arrays.copyOf(samples, size);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * size);
    return sorted[Math.max(0, Math.min(size - 1, rank - 1))];
  }

  /** {@code p50=.. p95=.. p99=.. max=.. ms (n=..)}. */
  public synchronized String summary() {
    return String.format(
        java.util.Locale.ROOT,
        "p50=%d p95=%d p99=%d max=%d ms (n=%d)",
        percentile(50),
        percentile(95),
        percentile(99),
        percentile(100),
        size);
  }
}
