package org.echowatch.app.progress;

import java.time.Duration;

/**
 * A point-in-time view of a long task.
 *
 * @param label what is running, e.g. {@code replay}
 * @param unit what is counted, e.g. {@code articles}
 * @param done items finished so far
 * @param total items expected, or {@link #UNKNOWN} when the end is not known in advance
 * @param elapsed time since the task started
 */
public record Progress(String label, String unit, long done, long total, Duration elapsed) {

  /** The {@code total} of a task whose size is not known. */
  public static final long UNKNOWN = -1;

  public Progress {
    if (done < 0) {
      throw new IllegalArgumentException("done must be >= 0, was " + done);
    }
    if (total < 0 && total != UNKNOWN) {
      throw new IllegalArgumentException("total must be >= 0 or UNKNOWN, was " + total);
    }
    if (elapsed == null || elapsed.isNegative()) {
      throw new IllegalArgumentException("elapsed must be >= 0, was " + elapsed);
    }
  }

  /** Whether the size of the task is known. */
  public boolean hasTotal() {
    return total != UNKNOWN;
  }

  /** Items per second since the start; 0 before any time has passed. */
  public double ratePerSecond() {
    long nanos = elapsed.toNanos();
    return nanos == 0 ? 0 : done * 1e9 / nanos;
  }

  /**
   * The time left at the current rate; null when the total is unknown or nothing is done yet. Zero
   * once {@code done} reaches {@code total}.
   */
  public Duration remaining() {
    if (!hasTotal()) {
      return null;
    }
    if (done >= total) {
      return Duration.ZERO;
    }
    double rate = ratePerSecond();
    if (rate <= 0) {
      return null;
    }
    return Duration.ofMillis(Math.round((total - done) / rate * 1000));
  }
}
