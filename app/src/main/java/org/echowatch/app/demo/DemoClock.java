package org.echowatch.app.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that runs fast for a while, then at the real pace: it starts {@code span} before the real
 * time and catches up with it after {@code release}. A corpus spanning hours, shifted to end at the
 * catch-up instant, is thus released in order, with its lags intact, within {@code release}.
 *
 * <p>With {@code span <= release} it is the real clock shifted back by nothing: the stories then
 * appear at their own (shifted) times.
 */
public final class DemoClock extends Clock {

  private final Clock real;
  private final Instant start;
  private final Duration release;
  private final double speed;

  /**
   * @param real the wall clock
   * @param start the real instant the demo started
   * @param span time between the first and the last story of the shifted corpus
   * @param release how long the demo takes, in real time, to reach its last story
   */
  public DemoClock(Clock real, Instant start, Duration span, Duration release) {
    if (release.isNegative() || release.isZero()) {
      throw new IllegalArgumentException("release must be positive, was " + release);
    }
    this.real = real;
    this.start = start;
    this.release = release;
    this.speed = Math.max(1.0, (double) span.toMillis() / release.toMillis());
  }

  /** The real instant at which this clock has caught up with the wall clock. */
  public Instant catchUp() {
    return start.plus(release);
  }

  /** How many demo seconds pass per real second during the release. */
  public double speed() {
    return speed;
  }

  /** Demo time at the real instant {@code now}. */
  public Instant at(Instant now) {
    Instant end = catchUp();
    if (!now.isBefore(end)) {
      return now;
    }
    long behindMillis = Duration.between(now, end).toMillis();
    // Before catch-up the clock lags the wall clock by (speed - 1) times the real time left.
    return now.minusMillis(Math.round(behindMillis * (speed - 1.0)));
  }

  @Override
  public Instant instant() {
    return at(real.instant());
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    if (ZoneOffset.UTC.equals(zone)) {
      return this;
    }
    throw new UnsupportedOperationException("the demo clock runs in UTC only");
  }
}
