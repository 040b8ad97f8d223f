package org.echowatch.ingest.health;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The standing state of one feed. Silence: no new item for {@code silentIntervals} times its usual
 * gap (the larger of the poll interval and the average gap between new items seen so far).
 * Extraction: the last {@code window} pages all failed or fell back to the generic extractor.
 * Thread-safe.
 */
public final class FeedHealthTracker {

  /** Page outcome for the extraction window. */
  public enum PageOutcome {
    SELECTORS,
    FALLBACK,
    FAILED
  }

  private final Duration pollInterval;
  private final int silentIntervals;
  private final int window;
  private final Instant started;
  private final Deque<PageOutcome> recent = new ArrayDeque<>();
  private Instant lastNew;
  private Duration averageGap;

  /**
   * @param pollInterval the feed's poll interval
   * @param silentIntervals how many usual gaps of silence raise a warning
   * @param window how many recent pages the extraction warning looks at
   * @param started when tracking began; silence is measured from here until a first new item
   */
  public FeedHealthTracker(
      Duration pollInterval, int silentIntervals, int window, Instant started) {
    this.pollInterval = pollInterval;
    this.silentIntervals = silentIntervals;
    this.window = window;
    this.started = started;
  }

  /** Records that a poll found {@code newItems} new items at {@code now}. */
  public synchronized void polled(int newItems, Instant now) {
    if (newItems <= 0) {
      return;
    }
    if (lastNew != null) {
      Duration gap = Duration.between(lastNew, now);
      averageGap = averageGap == null ? gap : averageGap.plus(gap).dividedBy(2);
    }
    lastNew = now;
  }

  /** Records how one page of this feed extracted. */
  public synchronized void page(PageOutcome outcome) {
    recent.addLast(outcome);
    while (recent.size() > window) {
      recent.removeFirst();
    }
  }

  /** The warning to attach at {@code now}, or null when the feed looks healthy. */
  public synchronized String warning(Instant now) {
    if (recent.size() >= window && recent.stream().allMatch(o -> o != PageOutcome.SELECTORS)) {
      long failed = recent.stream().filter(o -> o == PageOutcome.FAILED).count();
      return "last "
          + window
          + " pages did not extract with the edition's selectors ("
          + failed
          + " failed, "
          + (window - failed)
          + " fell back): selectors may be outdated";
    }
    Duration usual =
        averageGap != null && averageGap.compareTo(pollInterval) > 0 ? averageGap : pollInterval;
    Instant since = lastNew == null ? started : lastNew;
    Duration silent = Duration.between(since, now);
    if (silent.compareTo(usual.multipliedBy(silentIntervals)) >= 0) {
      return "no new items for "
          + silent.toMinutes()
          + " min, "
          + silentIntervals
          + "+ usual intervals of "
          + usual.toSeconds()
          + " s";
    }
    return null;
  }
}
