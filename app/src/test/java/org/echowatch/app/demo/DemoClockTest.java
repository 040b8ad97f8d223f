package org.echowatch.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DemoClockTest {

  private static final Instant START = Instant.parse("2026-11-27T10:00:00Z");

  @Test
  void shouldStartOneSpanBeforeCatchUpWhenTheDemoBegins() {
    var clock =
        new DemoClock(
            Clock.fixed(START, ZoneOffset.UTC),
            START,
            Duration.ofHours(30),
            Duration.ofSeconds(30));

    assertThat(clock.instant()).isEqualTo(START.plusSeconds(30).minus(Duration.ofHours(30)));
  }

  @Test
  void shouldRunFastSoThatTheWholeSpanPassesWithinTheReleaseTime() {
    var clock =
        new DemoClock(Clock.systemUTC(), START, Duration.ofHours(30), Duration.ofSeconds(30));

    Instant atHalf = clock.at(START.plusSeconds(15));

    assertThat(clock.speed()).isEqualTo(3600.0);
    assertThat(atHalf).isEqualTo(START.plusSeconds(30).minus(Duration.ofHours(15)));
  }

  @Test
  void shouldMatchTheWallClockWhenReleaseIsOver() {
    var clock =
        new DemoClock(Clock.systemUTC(), START, Duration.ofHours(30), Duration.ofSeconds(30));

    assertThat(clock.at(START.plusSeconds(30))).isEqualTo(START.plusSeconds(30));
    assertThat(clock.at(START.plusSeconds(95))).isEqualTo(START.plusSeconds(95));
  }

  @Test
  void shouldKeepOrderWhenRealTimeAdvances() {
    var clock =
        new DemoClock(Clock.systemUTC(), START, Duration.ofHours(30), Duration.ofSeconds(30));

    Instant previous = Instant.MIN;
    for (int ms = 0; ms <= 40_000; ms += 250) {
      Instant now = clock.at(START.plusMillis(ms));
      assertThat(now).isAfterOrEqualTo(previous);
      previous = now;
    }
  }

  @Test
  void shouldRunAtRealPaceWhenSpanIsShorterThanRelease() {
    var clock =
        new DemoClock(Clock.systemUTC(), START, Duration.ofSeconds(10), Duration.ofSeconds(30));

    assertThat(clock.speed()).isEqualTo(1.0);
    assertThat(clock.at(START.plusSeconds(3))).isEqualTo(START.plusSeconds(3));
  }
}
