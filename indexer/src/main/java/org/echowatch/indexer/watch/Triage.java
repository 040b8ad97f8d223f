package org.echowatch.indexer.watch;

import java.time.Instant;
import java.util.Set;

/**
 * An analyst's decision on a narrative.
 *
 * @param state {@code new}, {@code acknowledged}, {@code escalated} or {@code dismissed}
 * @param by who decided, null while new
 * @param at when, null while new
 * @param note free text, or null
 * @param snoozedUntil the alert stays out of the list until then, or null
 */
public record Triage(String state, String by, Instant at, String note, Instant snoozedUntil) {

  /** The states a narrative can be in. */
  public static final Set<String> STATES = Set.of("new", "acknowledged", "escalated", "dismissed");

  /** An untouched narrative. */
  public static final Triage NEW = new Triage("new", null, null, null, null);

  public Triage {
    if (!STATES.contains(state)) {
      throw new IllegalArgumentException(
          "state must be new, acknowledged, escalated or dismissed, was '" + state + "'");
    }
  }

  /** Whether the alert is snoozed at {@code now}. */
  public boolean snoozedAt(Instant now) {
    return snoozedUntil != null && snoozedUntil.isAfter(now);
  }
}
