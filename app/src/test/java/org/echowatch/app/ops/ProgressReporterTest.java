package org.echowatch.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.echowatch.app.progress.ProgressReporter;
import org.junit.jupiter.api.Test;

class ProgressReporterTest {

  private static final long SECOND = 1_000_000_000L;

  private final StringWriter text = new StringWriter();
  private final AtomicLong clock = new AtomicLong();

  private ProgressReporter reporter(boolean terminal, Duration interval) {
    return new ProgressReporter(
        new PrintWriter(text), terminal, "replay", "articles", 100, interval, clock::get);
  }

  @Test
  void shouldPrintPlainLinesOncePerIntervalWhenNotATerminal() {
    var reporter = reporter(false, Duration.ofSeconds(10));

    for (int i = 0; i < 40; i++) {
      clock.addAndGet(SECOND);
      reporter.advance();
    }
    reporter.close();

    assertThat(text.toString().lines())
        .containsExactly(
            "replay 10/100 articles (10.0%) 1.00/s elapsed 0:10 ETA 1:30",
            "replay 20/100 articles (20.0%) 1.00/s elapsed 0:20 ETA 1:20",
            "replay 30/100 articles (30.0%) 1.00/s elapsed 0:30 ETA 1:10",
            "replay 40/100 articles (40.0%) 1.00/s elapsed 0:40 ETA 1:00",
            "replay done: 40 articles in 0:40 (1.00/s)");
    assertThat(text.toString()).doesNotContain("\r");
  }

  @Test
  void shouldRedrawOneLineInPlaceWhenOnATerminal() {
    var reporter = reporter(true, Duration.ofSeconds(1));

    clock.addAndGet(SECOND);
    reporter.advance(100);
    reporter.close();

    String out = text.toString();
    assertThat(out).startsWith("\rreplay 100/100 articles (100.0%)");
    assertThat(out).contains("\rreplay done: 100 articles in 0:01");
    assertThat(out).endsWith("\n");
    assertThat(out.chars().filter(c -> c == '\n').count()).isEqualTo(1);
  }

  @Test
  void shouldPadShorterLineWhenItReplacesALongerOneOnATerminal() {
    var reporter = reporter(true, Duration.ofSeconds(1));

    clock.addAndGet(SECOND);
    reporter.advance(5);
    reporter.close();

    String[] draws = text.toString().split("\r", -1);
    // draws[0] is empty (output starts with \r); the summary is shorter than the progress line
    assertThat(draws).hasSize(3);
    assertThat(draws[2].stripTrailing().length()).isLessThan(draws[1].length());
    assertThat(draws[2].length()).isGreaterThanOrEqualTo(draws[1].length());
  }

  @Test
  void shouldPrintNothingBeforeTheFirstIntervalPasses() {
    var reporter = reporter(false, Duration.ofSeconds(10));

    clock.addAndGet(SECOND);
    reporter.advance(3);

    assertThat(text.toString()).isEmpty();
    assertThat(reporter.progress().done()).isEqualTo(3);
  }

  @Test
  void shouldPrintSummaryOnlyOnceWhenClosedTwice() {
    var reporter = reporter(false, Duration.ofSeconds(10));

    reporter.close();
    reporter.close();

    assertThat(text.toString().lines()).hasSize(1);
  }
}
