package org.echowatch.streams.similarity;

import org.echowatch.common.Article;

/**
 * What the detector keeps of a story: its text profile and the pivot keys derived from it. Both are
 * pure functions of the story's language, title and body, so they may be computed anywhere (ahead
 * of detection, on another thread or host) and carried along.
 *
 * @param profile the text profile
 * @param keys the keys it is filed under (see {@link PivotKeys#of}), as ids and weights
 */
public record StoryProfile(TextProfile profile, FiledKeys keys) {

  /** Profiles a story and derives its keys. */
  public static StoryProfile of(PairScorer scorer, Article story) {
    TextProfile profile = scorer.profile(Side.of(story));
    return new StoryProfile(profile, FiledKeys.of(PivotKeys.of(profile), scorer.dictionary()));
  }
}
