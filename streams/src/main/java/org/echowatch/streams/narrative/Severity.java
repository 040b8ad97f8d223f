package org.echowatch.streams.narrative;

/**
 * How urgent a narrative is: an uncredited translation weighs most (a story passed off in another
 * language as one's own), then uncredited copying, more members and more languages.
 */
public final class Severity {

  private Severity() {}

  /** {@code low}, {@code medium}, {@code high} or {@code critical}. */
  public static String of(NarrativeState n) {
    int points = 0;
    int members = n.members().size();
    long languages = n.members().stream().map(NarrativeState.Member::lang).distinct().count();
    if (members >= 3) {
      points++;
    }
    if (members >= 6) {
      points++;
    }
    if (languages >= 2) {
      points++;
    }
    if (languages >= 3) {
      points++;
    }
    if (n.uncreditedTranslation()) {
      points += 2;
    } else if (n.uncredited()) {
      points++;
    }
    if (points >= 5) {
      return "critical";
    }
    if (points >= 3) {
      return "high";
    }
    return points >= 2 ? "medium" : "low";
  }
}
