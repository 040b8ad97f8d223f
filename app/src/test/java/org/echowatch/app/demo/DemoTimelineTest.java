package org.echowatch.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.echowatch.ingest.demo.DemoAgencySite;
import org.echowatch.ingest.demo.DemoStory;
import org.junit.jupiter.api.Test;

class DemoTimelineTest {

  private static final Instant START = Instant.parse("2026-11-27T10:00:00Z");
  private static final Duration RELEASE = Duration.ofSeconds(30);

  private static DemoStory story(String edition, String id, LocalDateTime local, String paragraph) {
    return new DemoStory(edition, id, "economics", local, "t " + id, List.of(paragraph), List.of());
  }

  // belta at 09:00 Minsk = 06:00Z; xinhua at 16:00 Beijing = 08:00Z (2 h later); belta-ru 4 h
  // later.
  private final List<DemoStory> corpus =
      List.of(
          story(
              "xinhua-en",
              "a1",
              LocalDateTime.of(2026, 3, 2, 16, 0),
              "MINSK, {date} (Xinhua) -- x"),
          story("belta-en", "1", LocalDateTime.of(2026, 3, 2, 9, 0), "MINSK, {date} (BelTA) – x"),
          story("belta-ru", "2", LocalDateTime.of(2026, 3, 2, 13, 0), "МИНСК, {date} (БЕЛТА) – x"));

  private final DemoTimeline.Plan plan =
      DemoTimeline.plan(corpus, START, RELEASE, Clock.fixed(START, ZoneOffset.UTC));

  private static Instant at(DemoTimeline.Plan plan, int index) {
    return DemoAgencySite.publishedAt(plan.stories().get(index));
  }

  @Test
  void shouldPutTheLastStoryAtCatchUpWhenShifted() {
    assertThat(at(plan, 2)).isEqualTo(START.plus(RELEASE));
  }

  @Test
  void shouldKeepOrderAndLagsWhenShifted() {
    assertThat(Duration.between(at(plan, 1), at(plan, 0))).isEqualTo(Duration.ofHours(2));
    assertThat(Duration.between(at(plan, 1), at(plan, 2))).isEqualTo(Duration.ofHours(4));
  }

  @Test
  void shouldReleaseTheFirstStoryAtTheStartWhenTheClockBegins() {
    assertThat(plan.clock().instant()).isEqualTo(at(plan, 1));
    assertThat(plan.clock().at(START.plusSeconds(15))).isBetween(at(plan, 0), at(plan, 2));
  }

  @Test
  void shouldWriteTheShiftedDateInEachEditionsStyleWhenFillingDatelines() {
    assertThat(plan.stories().get(0).paragraphs().get(0))
        .isEqualTo("MINSK, November 27 (Xinhua) -- x");
    assertThat(plan.stories().get(1).paragraphs().get(0))
        .isEqualTo("MINSK, 27 November (BelTA) – x");
    assertThat(plan.stories().get(2).paragraphs().get(0)).isEqualTo("МИНСК, 27 ноября (БЕЛТА) – x");
    assertThat(DemoTimeline.dateline("xinhua-zh", LocalDate.of(2026, 3, 2))).isEqualTo("3月2日");
  }

  @Test
  void shouldRefuseAnEmptyCorpus() {
    assertThatThrownBy(() -> DemoTimeline.plan(List.of(), START, RELEASE, Clock.systemUTC()))
        .hasMessageContaining("empty");
  }
}
