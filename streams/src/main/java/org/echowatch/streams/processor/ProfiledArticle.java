package org.echowatch.streams.processor;

import org.echowatch.common.Article;
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
 */
public record ProfiledArticle(Article article, StoryProfile profile) {

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
