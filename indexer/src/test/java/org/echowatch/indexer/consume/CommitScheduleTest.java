package org.echowatch.indexer.consume;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommitScheduleTest {

  private final CommitSchedule schedule = new CommitSchedule(1_000, 0);

  @Test
  void shouldNotBeDueWithNothingPending() {
    assertThat(schedule.due(false, true, 5_000)).isFalse();
  }

  @Test
  void shouldBeDueAsSoonAsTheTopicsGoQuiet() {
    assertThat(schedule.due(true, true, 10)).isTrue();
  }

  @Test
  void shouldWaitForTheIntervalWhileRecordsKeepComing() {
    assertThat(schedule.due(true, false, 1_000)).isFalse();
    assertThat(schedule.due(true, false, 1_001)).isTrue();
  }

  @Test
  void shouldCountTheIntervalFromTheLastCommit() {
    schedule.committed(2_000);

    assertThat(schedule.due(true, false, 2_500)).isFalse();
    assertThat(schedule.due(true, false, 3_001)).isTrue();
  }
}
