package org.echowatch.streams;

import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.echowatch.streams.similarity.Thresholds;

/**
 * How the topology decides, independent of where it runs.
 *
 * @param window stories further apart than this (by publishedAt) are never paired
 * @param grace how late (behind the latest publishedAt seen) a story may arrive and still be
 *     compared; later ones go to the errors topic
 * @param thresholds tier thresholds
 * @param sameSourcePairs whether two stories of the same agency may be paired (off by default)
 * @param maxCandidates stories fully scored per new story
 * @param postingLimit pivot keys shared by more stories than this are too common to vote
 * @param evidenceLimit aligned passages kept per match
 * @param cedict optional CC-CEDICT file that extends the concept dictionary; null for none
 * @param inMemoryState whether state stores live in memory (restored from their changelogs on
 *     restart) instead of RocksDB; decisions are the same either way
 */
public record DetectionSettings(
    Duration window,
    Duration grace,
    Thresholds thresholds,
    boolean sameSourcePairs,
    int maxCandidates,
    int postingLimit,
    int evidenceLimit,
    Path cedict,
    boolean inMemoryState) {

  /** Version of the decision logic, on every match; bump it when a decision can change. */
  public static final String DETECTOR_VERSION = "echowatch-detect/1.1";

  /**
   * How far ahead of every story seen so far a publishedAt may be before it is taken for a wrong
   * date (a year typo) and rejected instead of moving event time.
   */
  public static final java.time.Duration MAX_AHEAD = java.time.Duration.ofDays(90);

  public DetectionSettings {
    if (window == null || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("ECHOWATCH_DETECTION_WINDOW must be > 0, was " + window);
    }
    if (grace == null || grace.isNegative()) {
      throw new IllegalArgumentException("ECHOWATCH_DETECTION_GRACE must be >= 0, was " + grace);
    }
    if (maxCandidates < 1) {
      throw new IllegalArgumentException("ECHOWATCH_MAX_CANDIDATES must be >= 1");
    }
    if (postingLimit < 1) {
      throw new IllegalArgumentException("ECHOWATCH_POSTING_LIMIT must be >= 1");
    }
    if (evidenceLimit < 0) {
      throw new IllegalArgumentException("ECHOWATCH_EVIDENCE_LIMIT must be >= 0");
    }
  }

  /** 14-day window, 2-day grace, fitted thresholds, cross-agency pairs only. */
  public static DetectionSettings defaults() {
    return new DetectionSettings(
        Duration.ofDays(14),
        Duration.ofDays(2),
        Thresholds.DEFAULT,
        false,
        25,
        400,
        5,
        null,
        false);
  }

  /** The same settings with same-agency pairs allowed or not. */
  public DetectionSettings withSameSourcePairs(boolean allowed) {
    return new DetectionSettings(
        window,
        grace,
        thresholds,
        allowed,
        maxCandidates,
        postingLimit,
        evidenceLimit,
        cedict,
        inMemoryState);
  }

  /** The same settings with another window and grace. */
  public DetectionSettings withWindow(Duration newWindow, Duration newGrace) {
    return new DetectionSettings(
        newWindow,
        newGrace,
        thresholds,
        sameSourcePairs,
        maxCandidates,
        postingLimit,
        evidenceLimit,
        cedict,
        inMemoryState);
  }

  /** The same settings with in-memory or persistent state stores. */
  public DetectionSettings withInMemoryState(boolean inMemory) {
    return new DetectionSettings(
        window,
        grace,
        thresholds,
        sameSourcePairs,
        maxCandidates,
        postingLimit,
        evidenceLimit,
        cedict,
        inMemory);
  }

  /**
   * Reads {@code ECHOWATCH_DETECTION_WINDOW}, {@code ECHOWATCH_DETECTION_GRACE} (ISO-8601
   * durations), {@code ECHOWATCH_THRESHOLD_VERBATIM|REWRITE|TRANSLATION}, {@code
   * ECHOWATCH_SAME_SOURCE_PAIRS}, {@code ECHOWATCH_MAX_CANDIDATES}, {@code
   * ECHOWATCH_POSTING_LIMIT}, {@code ECHOWATCH_EVIDENCE_LIMIT} and {@code ECHOWATCH_CEDICT_PATH};
   * unset ones keep their defaults.
   *
   * @throws IllegalArgumentException naming the variable whose value is bad
   */
  public static DetectionSettings fromEnv(Map<String, String> env) {
    DetectionSettings d = defaults();
    Thresholds t = d.thresholds();
    Thresholds thresholds =
        new Thresholds(
            decimal(env, "ECHOWATCH_THRESHOLD_VERBATIM", t.verbatim()),
            decimal(env, "ECHOWATCH_THRESHOLD_REWRITE", t.rewrite()),
            decimal(env, "ECHOWATCH_THRESHOLD_TRANSLATION", t.translation()));
    String cedict = env.get("ECHOWATCH_CEDICT_PATH");
    return new DetectionSettings(
        duration(env, "ECHOWATCH_DETECTION_WINDOW", d.window()),
        duration(env, "ECHOWATCH_DETECTION_GRACE", d.grace()),
        thresholds,
        bool(env, "ECHOWATCH_SAME_SOURCE_PAIRS", d.sameSourcePairs()),
        integer(env, "ECHOWATCH_MAX_CANDIDATES", d.maxCandidates()),
        integer(env, "ECHOWATCH_POSTING_LIMIT", d.postingLimit()),
        integer(env, "ECHOWATCH_EVIDENCE_LIMIT", d.evidenceLimit()),
        cedict == null || cedict.isBlank() ? null : Path.of(cedict.strip()),
        bool(env, "ECHOWATCH_STREAMS_IN_MEMORY_STATE", d.inMemoryState()));
  }

  static Duration duration(Map<String, String> env, String name, Duration fallback) {
    String v = env.get(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      return Duration.parse(v.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          name + " must be an ISO-8601 duration such as P14D, was '" + v + "'", e);
    }
  }

  static int integer(Map<String, String> env, String name, int fallback) {
    String v = env.get(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be an integer, was '" + v + "'", e);
    }
  }

  static double decimal(Map<String, String> env, String name, double fallback) {
    String v = env.get(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      double d = Double.parseDouble(v.strip());
      if (!(d > 0 && d <= 1)) {
        throw new IllegalArgumentException(name + " must be in (0,1], was '" + v + "'");
      }
      return d;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a number in (0,1], was '" + v + "'", e);
    }
  }

  static boolean bool(Map<String, String> env, String name, boolean fallback) {
    String v = env.get(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    return switch (v.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "true", "yes", "1" -> true;
      case "false", "no", "0" -> false;
      default ->
          throw new IllegalArgumentException(name + " must be true or false, was '" + v + "'");
    };
  }
}
