package org.echowatch.common;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One news story as ingest extracted it from an agency's page, the value of {@code articles.v1}.
 *
 * @param id canonical id, {@code <edition>:<native id>}, e.g. {@code belta-en:186877}; the record
 *     key
 * @param source agency: {@code belta} or {@code xinhua}
 * @param edition the agency's edition, e.g. {@code belta-ru}, {@code xinhua-en}
 * @param lang BCP-47 language of the text ({@code ru}, {@code en}, {@code zh}, {@code be} ...)
 * @param url canonical page URL
 * @param title headline, plain text
 * @param body plain-text paragraphs separated by a blank line ({@code "\n\n"})
 * @param publishedAt publication instant, from the page's own local time in its own zone
 * @param fetchedAt when ingest fetched the page; null for replayed input
 * @param rubric section of the site, from the URL path where possible
 * @param tags the page's own tags or keywords
 * @param author byline, or the agency when the copy is unsigned
 * @param credit agency named as the source inside the text ("BelTA", "Xinhua" ...), or null
 * @param images absolute image URLs of the story
 * @param contentSha256 SHA-256 (hex) of the raw fetched page
 * @param captureRef where the raw page is kept (WARC file and record id)
 * @param extractedBy {@code selectors} when the edition's selectors matched, {@code fallback} when
 *     the generic main-text extractor had to take over
 * @param revision 0 for a first publication, n for the n-th re-issue ("UPDATE n - ...")
 */
public record Article(
    String id,
    String source,
    String edition,
    String lang,
    String url,
    String title,
    String body,
    Instant publishedAt,
    Instant fetchedAt,
    String rubric,
    List<String> tags,
    String author,
    String credit,
    List<String> images,
    String contentSha256,
    String captureRef,
    String extractedBy,
    int revision) {

  public Article {
    requireText(id, "id");
    requireText(source, "source");
    Objects.requireNonNull(publishedAt, "publishedAt is required");
    title = title == null ? "" : title;
    body = body == null ? "" : body;
    if (title.isBlank() && body.isBlank()) {
      throw new IllegalArgumentException("article " + id + " has neither title nor body");
    }
    tags = tags == null ? List.of() : List.copyOf(tags);
    images = images == null ? List.of() : List.copyOf(images);
    if (revision < 0) {
      throw new IllegalArgumentException("revision must be >= 0, was " + revision);
    }
  }

  /** A minimal article, as {@code replay} input provides it. */
  public static Article of(
      String id,
      String source,
      String lang,
      Instant publishedAt,
      String title,
      String body,
      String url) {
    return new Article(
        id,
        source,
        null,
        lang,
        url,
        title,
        body,
        publishedAt,
        null,
        null,
        List.of(),
        null,
        null,
        List.of(),
        null,
        null,
        null,
        0);
  }

  static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
  }
}
