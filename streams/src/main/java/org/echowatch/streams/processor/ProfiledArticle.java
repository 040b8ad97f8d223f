package org.echowatch.streams.processor;

import org.echowatch.common.Article;
import org.echowatch.common.Json;
import org.echowatch.streams.similarity.PairScorer;
import org.echowatch.streams.similarity.StoryProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A story on its way to detection, with its profile when it was computed ahead. Profiling is the
 * costliest part of a story and needs no state, so it runs in the parse step, which scales with the
 * partitions of {@code articles.v1}, instead of in the one detection task.
 *
 * @param article the story
 * @param profile its profile, or null (detection then profiles the story itself)
 * @param json the story's JSON as it came off the repartition topic, so that detection stores those
 *     bytes instead of writing the story out again; null when the story was not read from bytes
 */
public record ProfiledArticle(Article article, StoryProfile profile, byte[] json) {

  /** A story and its profile, not read from bytes. */
  public ProfiledArticle(Article article, StoryProfile profile) {
    this(article, profile, null);
  }

  /** The story's JSON: the bytes it came in, or written now. */
  public byte[] jsonBytes() {
    return json != null ? json : Json.writeBytes(article);
  }

  private static final Logger LOG = LoggerFactory.getLogger(ProfiledArticle.class);

  /**
   * Profiles a story; a story that cannot be profiled here goes on without a profile, and detection
   * decides what becomes of it.
   */
  public static ProfiledArticle of(Article article, PairScorer scorer) {
    try {
      return new ProfiledArticle(article, StoryProfile.of(scorer, article));
    } catch (RuntimeException e) {
      LOG.debug("story {} goes to detection unprofiled: {}", article.id(), e.toString());
      return new ProfiledArticle(article, null);
    }
  }
}
