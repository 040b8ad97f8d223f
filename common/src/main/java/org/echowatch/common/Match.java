package org.echowatch.common;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One flagged pair, the value of {@code narrative.matches.v1}: {@code echo} repeats {@code origin}.
 *
 * @param originId id of the story published first
 * @param echoId id of the story that repeats it
 * @param type the tier that flagged the pair
 * @param score combined similarity in [0,1]
 * @param features the feature scores behind {@code score}, by name
 * @param lagSeconds echo publishedAt minus origin publishedAt, >= 0
 * @param narrativeId the narrative (cluster) this pair belongs to
 * @param credited whether the echo names the origin's agency as its source
 * @param evidence aligned passages, strongest first
 * @param detectorVersion version of the detector that made the decision
 * @param origin the origin story as it was when the pair was flagged
 * @param echo the echo story as it was when the pair was flagged
 */
public record Match(
    String originId,
    String echoId,
    MatchType type,
    double score,
    Map<String, Double> features,
    long lagSeconds,
    String narrativeId,
    boolean credited,
    List<Evidence> evidence,
    String detectorVersion,
    Article origin,
    Article echo) {

  public Match {
    Article.requireText(originId, "originId");
    Article.requireText(echoId, "echoId");
    java.util.Objects.requireNonNull(type, "type is required");
    if (!(score >= 0.0 && score <= 1.0)) {
      throw new IllegalArgumentException("score must be in [0,1], was " + score);
    }
    features = features == null ? Map.of() : Map.copyOf(features);
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
  }

  /** The key this match is published under: one record per ordered pair. */
  public String pairKey() {
    return originId + "|" + echoId;
  }

  /** When the echo appeared; the time of the match on the event-time axis. */
  public Instant echoPublishedAt() {
    return echo == null ? null : echo.publishedAt();
  }
}
