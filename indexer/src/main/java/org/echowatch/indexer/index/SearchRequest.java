package org.echowatch.indexer.index;

import java.util.Locale;

/**
 * One search over the stories.
 *
 * @param query Lucene classic syntax; blank matches every story
 * @param byTime newest first when true, most relevant first when false
 * @param page zero-based page number
 * @param size hits per page, 1..{@link #MAX_SIZE}
 * @param source only this agency, or null
 * @param lang only this language, or null
 * @param type only this match type, or null
 * @param day only this UTC day ({@code YYYY-MM-DD}), or null
 */
public record SearchRequest(
    String query,
    boolean byTime,
    int page,
    int size,
    String source,
    String lang,
    String type,
    String day) {

  /** Largest page. */
  public static final int MAX_SIZE = 100;

  /** Deepest hit a page may reach; deeper paging is a sign of a query to narrow. */
  public static final int MAX_DEPTH = 10_000;

  public SearchRequest {
    if (page < 0) {
      throw new IllegalArgumentException("page must be >= 0, was " + page);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size must be in 1.." + MAX_SIZE + ", was " + size);
    }
    if (((long) page + 1) * size > MAX_DEPTH) {
      throw new IllegalArgumentException("page * size must stay within " + MAX_DEPTH);
    }
    source = blankToNull(source);
    lang = blankToNull(lang);
    type = blankToNull(type);
    day = blankToNull(day);
  }

  /** The first page of {@code query}, by relevance, 20 hits, no filters. */
  public static SearchRequest of(String query) {
    return new SearchRequest(query, false, 0, 20, null, null, null, null);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip().toLowerCase(Locale.ROOT);
  }
}
