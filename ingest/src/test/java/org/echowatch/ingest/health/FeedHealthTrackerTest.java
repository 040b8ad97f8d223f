package org.echowatch.ingest.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.echowatch.ingest.health.FeedHealthTracker.PageOutcome;
import org.junit.jupiter.api.Test;

class FeedHealthTrackerTest {

  private static final Instant T0 = Instant.parse("2026-10-02T08:00:00Z");

  @Test
  void shouldWarnWhenFeedIsSilentForSeveralIntervals() {
    FeedHealthTracker t = new FeedHealthTracker(Duration.ofMinutes(5), 6, 5, T0);
    t.polled(3, T0.plusSeconds(60));

    assertThat(t.warning(T0.plus(Duration.ofMinutes(20)))).isNull();
    assertThat(t.warning(T0.plus(Duration.ofMinutes(40)))).contains("no new items for");
  }

  @Test
  void shouldUseUsualGapWhenFeedPublishesRarely() {
    FeedHealthTracker t = new FeedHealthTracker(Duration.ofMinutes(5), 6, 5, T0);
    t.polled(1, T0);
    t.polled(1, T0.plus(Duration.ofHours(2)));

    // usual gap 2 h: 3 h of silence is normal for this feed
    assertThat(t.warning(T0.plus(Duration.ofHours(5)))).isNull();
    assertThat(t.warning(T0.plus(Duration.ofHours(15)))).contains("no new items");
  }

  @Test
  void shouldWarnWhenRecentPagesAllFailedOrFellBack() {
    FeedHealthTracker t = new FeedHealthTracker(Duration.ofMinutes(5), 6, 3, T0);
    t.polled(3, T0);
    t.page(PageOutcome.FALLBACK);
    t.page(PageOutcome.FAILED);

    assertThat(t.warning(T0)).isNull();
    t.page(PageOutcome.FALLBACK);
    assertThat(t.warning(T0)).contains("last 3 pages").contains("1 failed, 2 fell back");
    t.page(PageOutcome.SELECTORS);
    assertThat(t.warning(T0)).isNull();
  }
}
