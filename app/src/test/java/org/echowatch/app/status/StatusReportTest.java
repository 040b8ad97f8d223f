package org.echowatch.app.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.echowatch.app.status.StatusSnapshot.GroupLag;
import org.echowatch.common.Alert;
import org.echowatch.common.FeedHealth;
import org.echowatch.common.MatchType;
import org.junit.jupiter.api.Test;

class StatusReportTest {

  private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");

  private static FeedHealth poll(
      String feed, String status, int newItems, int minutesAgo, String warning) {
    return new FeedHealth(
        feed,
        "belta-en",
        "https://eng.belta.by/rss",
        NOW.minusSeconds(60L * minutesAgo),
        status,
        status.equals("error") ? 503 : 200,
        20,
        newItems,
        120,
        status.equals("error") ? "HTTP 503" : null,
        warning);
  }

  private static StatusSnapshot snapshot(List<FeedHealth> polls, List<GroupLag> lags, Alert alert) {
    return new StatusSnapshot("127.0.0.1:9092", 1, null, polls, lags, alert, NOW);
  }

  @Test
  void shouldBeHealthyAndShowRateWhenFeedsSucceed() {
    var report =
        StatusReport.of(
            snapshot(
                List.of(
                    poll("belta-en:rss", "ok", 12, 60, null),
                    poll("belta-en:rss", "ok", 12, 5, null)),
                List.of(new GroupLag("echowatch-streams", "articles.v1", 3)),
                null),
            1000);

    assertThat(report.healthy()).isTrue();
    assertThat(report.lines())
        .anySatisfy(l -> assertThat(l).contains("belta-en:rss").contains("1.0 new items/h"))
        .anySatisfy(l -> assertThat(l).contains("echowatch-streams").endsWith(" 3"))
        .anySatisfy(l -> assertThat(l).contains("alert    none yet"));
  }

  @Test
  void shouldReportProblemWhenLatestPollFailed() {
    var report =
        StatusReport.of(
            snapshot(
                List.of(
                    poll("xinhua-en:ds", "ok", 4, 30, null),
                    poll("xinhua-en:ds", "error", 0, 1, null)),
                List.of(),
                null),
            1000);

    assertThat(report.healthy()).isFalse();
    assertThat(report.problems())
        .singleElement()
        .asString()
        .contains("xinhua-en:ds")
        .contains("HTTP 503");
    assertThat(report.lines())
        .anySatisfy(l -> assertThat(l).contains("last success " + NOW.minusSeconds(1800)));
  }

  @Test
  void shouldReportProblemWhenFeedCarriesAWarning() {
    var report =
        StatusReport.of(
            snapshot(
                List.of(poll("belta-ru:rss", "ok", 0, 1, "silent for 6 intervals")),
                List.of(),
                null),
            1000);

    assertThat(report.problems()).singleElement().asString().contains("silent for 6 intervals");
  }

  @Test
  void shouldReportProblemWhenLagExceedsTheLimit() {
    var report =
        StatusReport.of(
            snapshot(
                List.of(),
                List.of(new GroupLag("echowatch-indexer-0", "narrative.matches.v1", 5000)),
                null),
            1000);

    assertThat(report.problems())
        .singleElement()
        .asString()
        .contains("echowatch-indexer-0")
        .contains("5000");
  }

  @Test
  void shouldStopAtTheBrokerWhenItIsUnreachable() {
    var report =
        StatusReport.of(
            new StatusSnapshot(
                "10.0.0.1:9092", 0, "TimeoutException", List.of(), List.of(), null, NOW),
            1000);

    assertThat(report.healthy()).isFalse();
    assertThat(report.lines()).singleElement().asString().contains("UNREACHABLE");
  }

  @Test
  void shouldShowTheLastAlertWhenOneExists() {
    var alert =
        new Alert(
            "n-1",
            2,
            "Great Stone registers five residents",
            List.of("belta-en:1", "xinhua-en:2"),
            List.of("belta", "xinhua"),
            List.of("en"),
            List.of(MatchType.EXACT),
            NOW.minusSeconds(7200),
            NOW.minusSeconds(3600),
            1,
            true,
            "high");

    var report = StatusReport.of(snapshot(List.of(), List.of(), alert), 1000);

    assertThat(report.lines())
        .anySatisfy(l -> assertThat(l).contains("n-1").contains("Great Stone").contains("high"));
  }
}
