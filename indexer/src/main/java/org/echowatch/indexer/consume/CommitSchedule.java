package org.echowatch.indexer.consume;

/**
 * When the poll loop commits: at most once per interval while records keep coming, and as soon as
 * the topics go quiet. Pure apart from the times it is given.
 */
public final class CommitSchedule {

  private final long intervalNanos;
  private long lastCommit;

  /**
   * @param intervalNanos the longest time applied records wait for a commit while busy
   * @param nowNanos the start, as {@link System#nanoTime()}
   */
  public CommitSchedule(long intervalNanos, long nowNanos) {
    this.intervalNanos = intervalNanos;
    this.lastCommit = nowNanos;
  }

  /** Whether to commit now, after a poll that returned nothing ({@code idle}) or something. */
  public boolean due(boolean pending, boolean idle, long nowNanos) {
    return pending && (idle || nowNanos - lastCommit > intervalNanos);
  }

  /** Records a commit at {@code nowNanos}. */
  public void committed(long nowNanos) {
    lastCommit = nowNanos;
  }
}
