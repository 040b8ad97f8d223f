package org.echowatch.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * How to read the article pages of one edition; every list is tried in order, first hit wins.
 *
 * @param title where the headline is
 * @param body candidate body roots
 * @param paragraphs selector of the paragraph elements inside the body root; leaf blocks only are
 *     kept, so nested {@code div} paragraphs (BelTA en/zh) and {@code p} (BelTA ru) both work
 * @param remove boilerplate removed from the page before anything is read
 * @param stopAt paragraph texts that end the story (everything from them on is dropped)
 * @param dropParagraphs paragraphs matching these are dropped (editor lines, correction links)
 * @param dates where the local publication time is written, most precise first; the special entry
 *     {@code url} takes the date from the URL path
 * @param tags where the tags are
 * @param author where a byline is
 * @param defaultAuthor author of unsigned agency copy
 * @param images where the story's images are
 * @param skipImages image URLs containing any of these are not story images (QR codes, logos)
 * @param rubric regex with a group named {@code rubric}, searched in the URL path
 * @param nextPage where the link to the next page of a paginated story is; null when none
 */
public record ArticleRules(
    List<Pick> title,
    List<Pick> body,
    String paragraphs,
    List<String> remove,
    List<String> stopAt,
    List<Pattern> dropParagraphs,
    List<Pick> dates,
    List<Pick> tags,
    List<Pick> author,
    String defaultAuthor,
    List<Pick> images,
    List<String> skipImages,
    Pattern rubric,
    Pick nextPage) {

  public ArticleRules {
    title = List.copyOf(title);
    body = List.copyOf(body);
    remove = List.copyOf(remove);
    stopAt = List.copyOf(stopAt);
    dropParagraphs = List.copyOf(dropParagraphs);
    dates = List.copyOf(dates);
    tags = List.copyOf(tags);
    author = List.copyOf(author);
    images = List.copyOf(images);
    skipImages = List.copyOf(skipImages);
  }
}
