package org.echowatch.app.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.echowatch.app.progress.Progress;
import org.echowatch.app.progress.ProgressFormat;
import org.junit.jupiter.api.Test;

class ProgressFormatTest {

  @Test
  void shouldShowCountShareRateAndEtaWhenTotalIsKnown() {
    var p = new Progress("replay", "articles", 1250, 5000, Duration.ofSeconds(4));

    assertThat(ProgressFormat.line(p))
        .isEqualTo("replay 1,250/5,000 articles (25.0%) 312.5/s elapsed 0:04 ETA 0:12");
  }

  @Test
  void shouldLeaveOutShareAndEtaWhenTotalIsUnknown() {
    var p = new Progress("backfill", "pages", 42, Progress.UNKNOWN, Duration.ofSeconds(21));

    assertThat(ProgressFormat.line(p)).isEqualTo("backfill 42 pages 2.00/s elapsed 0:21");
  }

  @Test
  void shouldShowPlaceholderEtaWhenNothingIsDoneYet() {
    var p = new Progress("reindex", "stories", 0, 900, Duration.ofSeconds(3));

    assertThat(ProgressFormat.line(p)).endsWith("0.00/s elapsed 0:03 ETA --:--");
    assertThat(p.remaining()).isNull();
  }

  @Test
  void shouldReportZeroRemainingWhenDoneReachesTotal() {
    var p = new Progress("replay", "articles", 10, 10, Duration.ofSeconds(5));

    assertThat(p.remaining()).isEqualTo(Duration.ZERO);
    assertThat(ProgressFormat.line(p)).contains("(100.0%)").endsWith("ETA 0:00");
  }

  @Test
  void shouldSummariseCountTimeAndRateWhenClosing() {
    var p = new Progress("replay", "articles", 5000, 5000, Duration.ofSeconds(16));

    assertThat(ProgressFormat.summary(p))
        .isEqualTo("replay done: 5,000 articles in 0:16 (312.5/s)");
  }

  @Test
  void shouldUseHoursWhenDurationPassesAnHour() {
    assertThat(ProgressFormat.duration(Duration.ofSeconds(3723))).isEqualTo("1:02:03");
    assertThat(ProgressFormat.duration(Duration.ofMillis(59_999))).isEqualTo("0:59");
  }

  @Test
  void shouldPickPrecisionByMagnitudeWhenFormattingRates() {
    assertThat(ProgressFormat.rate(0.456)).isEqualTo("0.46/s");
    assertThat(ProgressFormat.rate(99.94)).isEqualTo("99.9/s");
    assertThat(ProgressFormat.rate(12_345.6)).isEqualTo("12,346/s");
  }

  @Test
  void shouldCapShareAtHundredWhenMoreThanTotalIsDone() {
    assertThat(ProgressFormat.percent(12, 10)).isEqualTo("100.0%");
    assertThat(ProgressFormat.percent(0, 0)).isEqualTo("100.0%");
  }

  @Test
  void shouldRejectNegativeCountsWhenBuildingProgress() {
    assertThatThrownBy(() -> new Progress("x", "y", -1, 5, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("done");
    assertThatThrownBy(() -> new Progress("x", "y", 1, -7, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("total");
  }
}
