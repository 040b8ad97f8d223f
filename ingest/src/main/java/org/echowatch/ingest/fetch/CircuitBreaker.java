package org.echowatch.ingest.fetch;

import java.time.Duration;
import java.time.Instant;

/**
 * Per-site breaker: after {@code threshold} consecutive failed requests the site is left alone for
 * {@code cooldown}; then one trial request decides whether it closes again.
 */
final class CircuitBreaker {

  private final int threshold;
  private final Duration cooldown;
  private int failures;
  private Instant openUntil = Instant.MIN;

  CircuitBreaker(int threshold, Duration cooldown) {
    this.threshold = threshold;
    this.cooldown = cooldown;
  }

  synchronized boolean isOpen(Instant now) {
    return now.isBefore(openUntil);
  }

  synchronized Instant openUntil() {
    return openUntil;
  }

  synchronized void success() {
    failures = 0;
    openUntil = Instant.MIN;
  }

  /** Records a failure; true when this failure opened the circuit. */
  synchronized boolean failure(Instant now) {
    failures++;
    if (failures >= threshold) {
      openUntil = now.plus(cooldown);
      // a failed trial after the cooldown opens it again at once
      failures = threshold - 1;
      return true;
    }
    return false;
  }
}
