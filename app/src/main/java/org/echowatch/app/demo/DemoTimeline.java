package org.echowatch.app.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.echowatch.ingest.demo.DemoAgencySite;
import org.echowatch.ingest.demo.DemoStory;

/**
 * Moves the demo corpus onto the present: every story is shifted by the same amount, so that the
 * last one falls when the {@link DemoClock} catches up with the wall clock; order and lags stay as
 * written. Datelines written as {@code {date}} get the shifted date in the edition's own style.
 */
public final class DemoTimeline {

  /** Placeholder for the dateline date in a paragraph of {@code stories.json}. */
  public static final String DATE = "{date}";

  // The JDK's locale data has the month names; Russian and Belarusian "MMMM" is the genitive a
  // dateline uses.
  private static final DateTimeFormatter DAY_MONTH_EN =
      DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH_DAY_EN =
      DateTimeFormatter.ofPattern("MMMM d", Locale.ENGLISH);
  private static final DateTimeFormatter DAY_MONTH_RU =
      DateTimeFormatter.ofPattern("d MMMM", Locale.forLanguageTag("ru"));
  private static final DateTimeFormatter DAY_MONTH_BE =
      DateTimeFormatter.ofPattern("d MMMM", Locale.forLanguageTag("be"));
  private static final DateTimeFormatter MONTH_DAY_ZH = DateTimeFormatter.ofPattern("M月d日");

  private DemoTimeline() {}

  /**
   * The shifted stories and the clock that releases them.
   *
   * @param stories the corpus in any order
   * @param clock the fast clock, to give to {@code DemoAgencySite}
   */
  public record Plan(List<DemoStory> stories, DemoClock clock) {}

  /**
   * @param corpus stories as written, with their original times
   * @param start the real instant the demo starts
   * @param release how long the release of the whole corpus takes in real time
   * @param real the wall clock
   */
  public static Plan plan(List<DemoStory> corpus, Instant start, Duration release, Clock real) {
    if (corpus.isEmpty()) {
      throw new IllegalArgumentException("the demo corpus is empty");
    }
    Instant first =
        corpus.stream()
            .map(DemoAgencySite::publishedAt)
            .min(Comparator.naturalOrder())
            .orElseThrow();
    Instant last =
        corpus.stream()
            .map(DemoAgencySite::publishedAt)
            .max(Comparator.naturalOrder())
            .orElseThrow();
    Duration shift = Duration.between(last, start.plus(release));
    List<DemoStory> shifted = corpus.stream().map(s -> shifted(s, shift)).toList();
    return new Plan(shifted, new DemoClock(real, start, Duration.between(first, last), release));
  }

  // Minsk (UTC+3) and Beijing (UTC+8) keep no daylight saving time, so shifting the local time by a
  // duration shifts the instant by the same duration.
  private static DemoStory shifted(DemoStory s, Duration shift) {
    var local = s.publishedLocal().plus(shift);
    String date = dateline(s.edition(), local.toLocalDate());
    return new DemoStory(
        s.edition(),
        s.nativeId(),
        s.rubric(),
        local,
        s.title(),
        s.paragraphs().stream().map(p -> p.replace(DATE, date)).toList(),
        s.tags());
  }

  /**
   * The date as the edition writes it in a dateline: {@code 2 March}, {@code March 2}, {@code 2
   * марта}, {@code 2 сакавіка}, {@code 3月2日}.
   */
  static String dateline(String edition, LocalDate date) {
    DateTimeFormatter format =
        switch (edition) {
          case "belta-en" -> DAY_MONTH_EN;
          case "xinhua-en" -> MONTH_DAY_EN;
          case "belta-ru", "xinhua-ru" -> DAY_MONTH_RU;
          case "belta-be" -> DAY_MONTH_BE;
          default -> MONTH_DAY_ZH;
        };
    return date.format(format);
  }
}
