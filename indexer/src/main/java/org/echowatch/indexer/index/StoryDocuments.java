package org.echowatch.indexer.index;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexableField;
import org.echowatch.common.Alert;
import org.echowatch.common.Json;
import org.echowatch.common.Match;

/** Records to Lucene documents and back; pure. */
public final class StoryDocuments {

  private StoryDocuments() {}

  /** The update key of a document of {@code kind} with {@code id}. */
  public static String uid(String kind, String id) {
    return kind + "/" + id;
  }

  /** The searchable document of a story, before facet fields are translated by FacetsConfig. */
  public static Document story(Story story) {
    var doc = new Document();
    doc.add(new StringField(StoryFields.UID, uid(StoryFields.STORY, story.id()), Field.Store.NO));
    doc.add(new StringField(StoryFields.KIND, StoryFields.STORY, Field.Store.NO));
    doc.add(new StringField(StoryFields.ID, story.id(), Field.Store.YES));
    keyword(doc, StoryFields.SOURCE, story.source());
    keyword(doc, StoryFields.EDITION, story.edition());
    keyword(doc, StoryFields.LANG, story.lang());
    if (story.narrativeId() != null) {
      doc.add(new StringField(StoryFields.NARRATIVE, story.narrativeId(), Field.Store.YES));
    }
    for (String type : story.matchTypes()) {
      keyword(doc, StoryFields.TYPE, type);
      doc.add(new SortedSetDocValuesFacetField(StoryFields.TYPE, type));
    }
    long millis = story.publishedAt().toEpochMilli();
    doc.add(new LongPoint(StoryFields.PUBLISHED_AT, millis));
    doc.add(new NumericDocValuesField(StoryFields.PUBLISHED_AT, millis));
    doc.add(new StoredField(StoryFields.PUBLISHED_AT, millis));
    String day = day(story.publishedAt());
    doc.add(new StringField(StoryFields.DAY, day, Field.Store.NO));
    doc.add(new SortedSetDocValuesFacetField(StoryFields.DAY, day));
    facet(doc, StoryFields.SOURCE, story.source());
    facet(doc, StoryFields.LANG, story.lang());
    doc.add(new StoredField(StoryFields.SCORE, story.score()));
    stored(doc, StoryFields.URL, story.url());
    stored(doc, StoryFields.CREDIT, story.credit());
    doc.add(new StoredField(StoryFields.TITLE, story.title()));
    doc.add(new StoredField(StoryFields.BODY, story.body()));
    addText(doc, story);
    return doc;
  }

  /**
   * The analysed text fields of a story: its language's title and body fields and the cross-script
   * key fields. Also what the saved-search monitor matches against.
   */
  public static Document textOnly(Story story) {
    var doc = new Document();
    keyword(doc, StoryFields.SOURCE, story.source());
    keyword(doc, StoryFields.EDITION, story.edition());
    keyword(doc, StoryFields.LANG, story.lang());
    if (story.narrativeId() != null) {
      doc.add(new StringField(StoryFields.NARRATIVE, story.narrativeId(), Field.Store.NO));
    }
    for (String type : story.matchTypes()) {
      keyword(doc, StoryFields.TYPE, type);
    }
    doc.add(new LongPoint(StoryFields.PUBLISHED_AT, story.publishedAt().toEpochMilli()));
    addText(doc, story);
    return doc;
  }

  private static void addText(Document doc, Story story) {
    String lang = LanguageAnalysis.fieldLanguage(story.lang());
    doc.add(new TextField("title_" + lang, story.title(), Field.Store.NO));
    doc.add(new TextField("body_" + lang, story.body(), Field.Store.NO));
    doc.add(new TextField("title_" + LanguageAnalysis.KEY, story.title(), Field.Store.NO));
    doc.add(new TextField("body_" + LanguageAnalysis.KEY, story.body(), Field.Store.NO));
  }

  /** The story stored in {@code doc}. */
  public static Story toStory(Document doc) {
    return new Story(
        doc.get(StoryFields.ID),
        doc.get(StoryFields.SOURCE),
        doc.get(StoryFields.EDITION),
        doc.get(StoryFields.LANG),
        doc.get(StoryFields.URL),
        doc.get(StoryFields.TITLE),
        doc.get(StoryFields.BODY),
        Instant.ofEpochMilli(doc.getField(StoryFields.PUBLISHED_AT).numericValue().longValue()),
        doc.get(StoryFields.CREDIT),
        doc.get(StoryFields.NARRATIVE),
        Arrays.asList(doc.getValues(StoryFields.TYPE)),
        doc.getField(StoryFields.SCORE).numericValue().doubleValue());
  }

  /** A match document; the embedded articles are left out, the stories hold them. */
  public static Document match(Match match) {
    Match bare = withoutArticles(match);
    var doc = new Document();
    doc.add(
        new StringField(StoryFields.UID, uid(StoryFields.MATCH, match.pairKey()), Field.Store.NO));
    doc.add(new StringField(StoryFields.KIND, StoryFields.MATCH, Field.Store.NO));
    doc.add(new StringField(StoryFields.NARRATIVE, match.narrativeId(), Field.Store.NO));
    if (match.origin() != null && match.echo() != null) {
      String direction = match.origin().source() + "->" + match.echo().source();
      doc.add(new StoredField(StoryFields.DIRECTION, direction.toLowerCase(Locale.ROOT)));
      doc.add(new StoredField(StoryFields.ECHO_DAY, day(match.echo().publishedAt())));
    }
    doc.add(new StoredField(StoryFields.JSON, Json.write(bare)));
    return doc;
  }

  /** {@code match} without its embedded origin and echo articles. */
  public static Match withoutArticles(Match m) {
    return new Match(
        m.originId(),
        m.echoId(),
        m.type(),
        m.score(),
        m.features(),
        m.lagSeconds(),
        m.narrativeId(),
        m.credited(),
        m.evidence(),
        m.detectorVersion(),
        null,
        null);
  }

  /** A narrative document, sortable by its latest echo. */
  public static Document alert(Alert alert) {
    var doc = new Document();
    doc.add(
        new StringField(
            StoryFields.UID, uid(StoryFields.ALERT, alert.narrativeId()), Field.Store.NO));
    doc.add(new StringField(StoryFields.KIND, StoryFields.ALERT, Field.Store.NO));
    doc.add(new StringField(StoryFields.NARRATIVE, alert.narrativeId(), Field.Store.NO));
    Instant latest = alert.latestEcho() == null ? alert.firstSeen() : alert.latestEcho();
    doc.add(new NumericDocValuesField(StoryFields.LATEST_ECHO, latest.toEpochMilli()));
    doc.add(new StoredField(StoryFields.JSON, Json.write(alert)));
    return doc;
  }

  /** The latest state of a feed. */
  public static Document feed(FeedStatus health) {
    var doc = new Document();
    doc.add(
        new StringField(StoryFields.UID, uid(StoryFields.FEED, health.feedId()), Field.Store.NO));
    doc.add(new StringField(StoryFields.KIND, StoryFields.FEED, Field.Store.NO));
    doc.add(new StoredField(StoryFields.JSON, Json.write(health)));
    return doc;
  }

  /** The UTC day of {@code instant}, {@code YYYY-MM-DD}. */
  public static String day(Instant instant) {
    return instant.atZone(ZoneOffset.UTC).toLocalDate().toString();
  }

  static List<String> values(Document doc, String field) {
    return Arrays.stream(doc.getFields(field)).map(IndexableField::stringValue).toList();
  }

  private static void keyword(Document doc, String field, String value) {
    if (value != null && !value.isBlank()) {
      doc.add(new StringField(field, value.toLowerCase(Locale.ROOT), Field.Store.YES));
    }
  }

  private static void facet(Document doc, String dim, String value) {
    if (value != null && !value.isBlank()) {
      doc.add(new SortedSetDocValuesFacetField(dim, value.toLowerCase(Locale.ROOT)));
    }
  }

  private static void stored(Document doc, String field, String value) {
    if (value != null) {
      doc.add(new StoredField(field, value));
    }
  }
}
