package org.echowatch.streams.similarity;

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
}
