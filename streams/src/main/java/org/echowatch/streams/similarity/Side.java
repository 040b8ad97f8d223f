package org.echowatch.streams.similarity;

import org.echowatch.common.Article;

/**
 * One side of a scored pair: the {@code score} command's {@code {"lang","title","body"}}.
 *
 * @param lang language code ({@code en}, {@code ru}, {@code zh} ...); may be null
 * @param title headline; may be empty
 * @param body plain text; may be empty
 */
public record Side(String lang, String title, String body) {

  public Side {
    title = title == null ? "" : title;
    body = body == null ? "" : body;
  }

  /** The side a story is scored as. */
  public static Side of(Article story) {
    return new Side(story.lang(), story.title(), story.body());
  }
}
