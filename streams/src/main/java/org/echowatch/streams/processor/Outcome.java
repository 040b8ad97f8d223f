package org.echowatch.streams.processor;

import org.echowatch.common.Alert;
import org.echowatch.common.Match;
import org.echowatch.common.ProcessingFailure;

/**
 * What the detection processors emit: exactly one of a match, an alert, a retraction of an alert
 * (its narrative merged into another) or a failure.
 *
 * @param match a flagged pair
 * @param alert the new state of a cross-agency narrative
 * @param retracted id of a narrative that no longer exists
 * @param failure a record that could not be processed
 */
public record Outcome(Match match, Alert alert, String retracted, ProcessingFailure failure) {

  static Outcome of(Match match) {
    return new Outcome(match, null, null, null);
  }

  static Outcome of(Alert alert) {
    return new Outcome(null, alert, null, null);
  }

  static Outcome retraction(String narrativeId) {
    return new Outcome(null, null, narrativeId, null);
  }

  static Outcome of(ProcessingFailure failure) {
    return new Outcome(null, null, null, failure);
  }

  public boolean isMatch() {
    return match != null;
  }

  public boolean isAlert() {
    return alert != null || retracted != null;
  }

  public boolean isFailure() {
    return failure != null;
  }

  /** Key of the alert record: the narrative id. */
  public String alertKey() {
    return alert != null ? alert.narrativeId() : retracted;
  }
}
