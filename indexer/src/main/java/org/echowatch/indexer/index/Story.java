package org.echowatch.indexer.index;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.echowatch.common.Article;
import org.echowatch.common.Match;

/**
 * One flagged story as the watch floor sees it: the article, the narrative it belongs to and the
 * ways it was matched.
 *
 * @param id article id
 * @param source agency
 * @param edition agency edition
 * @param lang language of the text
 * @param url page URL
 * @param title headline
 * @param body plain-text body
 * @param publishedAt publication instant
 * @param credit agency the text names as its source, or null
 * @param narrativeId the narrative of the latest match that involved the story
 * @param matchTypes match types of every match the story took part in, sorted
 * @param score the highest match score the story took part in
 */
public record Story(
    String id,
    String source,
    String edition,
    String lang,
    String url,
    String title,
    String body,
    Instant publishedAt,
    String credit,
    String narrativeId,
    List<String> matchTypes,
    double score) {

  public Story {
    Objects.requireNonNull(id, "id is required");
    Objects.requireNonNull(publishedAt, "publishedAt is required");
    title = title == null ? "" : title;
    body = body == null ? "" : body;
    matchTypes = matchTypes == null ? List.of() : List.copyOf(new TreeSet<>(matchTypes));
  }

  /** The story {@code article} as one side of {@code match}. */
  public static Story of(Article article, Match match) {
    return new Story(
        article.id(),
        article.source(),
        article.edition(),
        article.lang(),
        article.url(),
        article.title(),
        article.body(),
        article.publishedAt(),
        article.credit(),
        match.narrativeId(),
        List.of(match.type().wireName()),
        match.score());
  }

  /**
   * This story updated by a later sighting: the newer text and narrative, the union of the match
   * types and the higher score. Merging in the same sighting twice changes nothing.
   */
  public Story mergedWith(Story later) {
    var types = new TreeSet<>(matchTypes);
    types.addAll(later.matchTypes);
    return new Story(
        id,
        later.source,
        later.edition,
        later.lang,
        later.url,
        later.title,
        later.body,
        later.publishedAt,
        later.credit,
        later.narrativeId == null ? narrativeId : later.narrativeId,
        List.copyOf(types),
        Math.max(score, later.score));
  }
}
