package org.echowatch.indexer.index;

import org.apache.lucene.facet.FacetsConfig;

/** Field names of the index, shared by documents, queries and facets. */
public final class StoryFields {

  /** Update key: {@code <kind>/<id>}, one document per story, match, narrative or feed. */
  public static final String UID = "uid";

  /** What a document is: {@link #STORY}, {@link #MATCH}, {@link #ALERT} or {@link #FEED}. */
  public static final String KIND = "kind";

  public static final String STORY = "story";
  public static final String MATCH = "match";
  public static final String ALERT = "alert";
  public static final String FEED = "feed";

  public static final String ID = "id";
  public static final String SOURCE = "source";
  public static final String EDITION = "edition";
  public static final String LANG = "lang";
  public static final String TYPE = "type";
  public static final String NARRATIVE = "narrative";
  public static final String PUBLISHED_AT = "publishedAt";
  public static final String DAY = "day";
  public static final String SCORE = "score";
  public static final String TITLE = "title";
  public static final String BODY = "body";
  public static final String URL = "url";
  public static final String CREDIT = "credit";
  public static final String LATEST_ECHO = "latestEcho";
  public static final String DIRECTION = "direction";

  /** Stored on match documents only; a different name from {@link #DAY}, which is indexed. */
  public static final String ECHO_DAY = "echoDay";

  /** The record itself, as JSON, on match, narrative and feed documents. */
  public static final String JSON = "json";

  /** Facet dimensions of stories. */
  public static final String[] FACETS = {SOURCE, LANG, TYPE, DAY};

  private StoryFields() {}

  /** Facet configuration: a story can carry several match types. */
  public static FacetsConfig facetsConfig() {
    var config = new FacetsConfig();
    config.setMultiValued(TYPE, true);
    return config;
  }
}
