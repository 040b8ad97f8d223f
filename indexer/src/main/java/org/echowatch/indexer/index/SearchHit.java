package org.echowatch.indexer.index;

import java.time.Instant;
import java.util.List;

/**
 * One story in a result page, with a snippet of plain-text fragments.
 *
 * @param score relevance score (also computed when sorting by time)
 * @param snippet consecutive pieces of the story's text; {@code hit} marks the matched words
 */
public record SearchHit(
    String id,
    String source,
    String edition,
    String lang,
    String title,
    String url,
    Instant publishedAt,
    String narrativeId,
    List<String> matchTypes,
    float score,
    List<Fragment> snippet) {

  /**
   * A piece of a snippet: plain text, never markup.
   *
   * @param text the characters, as they appear in the story
   * @param hit whether they matched the query
   */
  public record Fragment(String text, boolean hit) {}
}
