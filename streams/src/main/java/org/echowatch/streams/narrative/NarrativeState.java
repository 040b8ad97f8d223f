package org.echowatch.streams.narrative;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.echowatch.common.Alert;
import org.echowatch.common.Article;
import org.echowatch.common.Match;
import org.echowatch.common.MatchType;

/**
 * One narrative: the stories joined by flagged pairs.
 *
 * @param narrativeId {@code nar-<id of the earliest member>}
 * @param version version of the last alert sent; 0 before the first
 * @param headline title of the earliest member
 * @param members members, earliest first (at most {@link #MAX_MEMBERS})
 * @param matchCount flagged pairs inside the narrative
 * @param types tiers seen
 * @param uncredited whether some echo does not name its origin's agency
 * @param uncreditedTranslation whether some uncredited echo is a translation
 */
public record NarrativeState(
    String narrativeId,
    long version,
    String headline,
    List<Member> members,
    int matchCount,
    List<MatchType> types,
    boolean uncredited,
    boolean uncreditedTranslation) {

  /** Members listed per narrative; a larger one still grows but lists only the earliest ones. */
  public static final int MAX_MEMBERS = 1000;

  /**
   * One story of a narrative.
   *
   * @param id story id
   * @param source agency
   * @param lang language
   * @param publishedAt publication time
   */
  public record Member(String id, String source, String lang, Instant publishedAt) {
    static Member of(Article a) {
      return new Member(a.id(), a.source(), a.lang() == null ? "und" : a.lang(), a.publishedAt());
    }
  }

  private static final Comparator<Member> EARLIEST_FIRST =
      Comparator.comparing(Member::publishedAt).thenComparing(Member::id);

  public NarrativeState {
    members = List.copyOf(members);
    types = List.copyOf(types);
  }

  /** A narrative of one story, not yet matched. */
  public static NarrativeState single(Article story) {
    return new NarrativeState(
        idFor(story.id()), 0, story.title(), List.of(Member.of(story)), 0, List.of(), false, false);
  }

  /** The id a narrative whose earliest member is {@code memberId} has. */
  public static String idFor(String memberId) {
    return "nar-" + memberId;
  }

  /**
   * The union of two narratives (the same one twice is fine): members merged earliest first, the id
   * and headline of the one whose earliest member is earlier, the higher version.
   */
  public static NarrativeState union(NarrativeState a, NarrativeState b) {
    if (a.narrativeId().equals(b.narrativeId())) {
      return a;
    }
    boolean aFirst = EARLIEST_FIRST.compare(a.members().get(0), b.members().get(0)) <= 0;
    NarrativeState first = aFirst ? a : b;
    TreeSet<Member> merged = new TreeSet<>(EARLIEST_FIRST);
    merged.addAll(a.members());
    merged.addAll(b.members());
    TreeSet<MatchType> types = new TreeSet<>(a.types());
    types.addAll(b.types());
    return new NarrativeState(
        first.narrativeId(),
        Math.max(a.version(), b.version()),
        first.headline(),
        new ArrayList<>(merged).subList(0, Math.min(MAX_MEMBERS, merged.size())),
        a.matchCount() + b.matchCount(),
        new ArrayList<>(types),
        a.uncredited() || b.uncredited(),
        a.uncreditedTranslation() || b.uncreditedTranslation());
  }

  /** This narrative with one more flagged pair inside it. */
  public NarrativeState withMatch(Match m) {
    TreeSet<MatchType> t = new TreeSet<>(types);
    t.add(m.type());
    boolean unc = !m.credited();
    return new NarrativeState(
        narrativeId,
        version,
        headline,
        members,
        matchCount + 1,
        new ArrayList<>(t),
        uncredited || unc,
        uncreditedTranslation || (unc && m.type() == MatchType.TRANSLATION));
  }

  /** Whether the narrative has stories of more than one agency: then it raises an alert. */
  public boolean spansAgencies() {
    return members.stream().map(Member::source).distinct().count() > 1;
  }

  /** Publication time of the latest member. */
  public Instant latest() {
    return members.stream().map(Member::publishedAt).max(Comparator.naturalOrder()).orElseThrow();
  }

  /** This narrative as of its next alert (version + 1). */
  public NarrativeState nextVersion() {
    return new NarrativeState(
        narrativeId,
        version + 1,
        headline,
        members,
        matchCount,
        types,
        uncredited,
        uncreditedTranslation);
  }

  /** The alert for this state. */
  public Alert toAlert() {
    return new Alert(
        narrativeId,
        version,
        headline,
        members.stream().map(Member::id).toList(),
        members.stream().map(Member::source).distinct().sorted().toList(),
        members.stream().map(Member::lang).distinct().sorted().toList(),
        types,
        members.get(0).publishedAt(),
        latest(),
        matchCount,
        uncredited,
        Severity.of(this));
  }
}
