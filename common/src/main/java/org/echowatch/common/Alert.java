package org.echowatch.common;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The state of one narrative that spans both agencies, the value of {@code narrative.alerts.v1}
 * keyed by {@code narrativeId}. A newer record for the same narrative replaces the older one.
 *
 * @param narrativeId stable id of the narrative (cluster of matched stories)
 * @param version increases by one every time the narrative grows
 * @param headline title of the earliest story, for the alerts column
 * @param members ids of the member stories, earliest first
 * @param sources agencies present, sorted
 * @param languages languages present, sorted
 * @param types match types present, sorted
 * @param firstSeen publishedAt of the earliest member
 * @param latestEcho publishedAt of the latest member
 * @param matchCount number of flagged pairs behind the narrative
 * @param uncredited whether any echo repeats another agency without naming it
 * @param severity {@code low}, {@code medium}, {@code high} or {@code critical}
 */
public record Alert(
    String narrativeId,
    long version,
    String headline,
    List<String> members,
    List<String> sources,
    List<String> languages,
    List<MatchType> types,
    Instant firstSeen,
    Instant latestEcho,
    int matchCount,
    boolean uncredited,
    String severity) {

  public Alert {
    Article.requireText(narrativeId, "narrativeId");
    Objects.requireNonNull(firstSeen, "firstSeen is required");
    members = members == null ? List.of() : List.copyOf(members);
    sources = sources == null ? List.of() : List.copyOf(sources);
    languages = languages == null ? List.of() : List.copyOf(languages);
    types = types == null ? List.of() : List.copyOf(types);
  }
}
