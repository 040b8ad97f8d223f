package org.echowatch.indexer.index;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.echowatch.common.Alert;
import org.echowatch.common.Json;
import org.echowatch.common.Match;
import org.echowatch.indexer.index.FacetedSearcherFactory.FacetedSearcher;

/**
 * The index of flagged stories, their matches, their narratives and the latest feed health, on an
 * injected {@link Directory} ({@code ByteBuffersDirectory} in tests, {@code FSDirectory} in the
 * app). Every write is an upsert by id, so applying the same records again leaves the same index.
 * Reads are near-real-time: they see what was written before the last {@link #refresh()} or {@link
 * #commit(Map)}. Thread-safe.
 */
public final class StoryIndex implements AutoCloseable {

  private static final int MAX_LIST = 10_000;
  private static final AtomicInteger SLICE_THREADS = new AtomicInteger();

  private final Directory directory;
  private final Analyzer analyzer;
  private final FacetsConfig facetsConfig;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final ExecutorService searchSlices;

  /** Opens (or creates) the index in {@code directory}; each search runs on its caller's thread. */
  public StoryIndex(Directory directory) throws IOException {
    this(directory, 1);
  }

  /**
   * Opens (or creates) the index in {@code directory}; a search over several segments uses up to
   * {@code searchThreads} threads (1: only the caller's).
   */
  public StoryIndex(Directory directory, int searchThreads) throws IOException {
    this.directory = directory;
    this.analyzer = LanguageAnalysis.perField();
    this.facetsConfig = StoryFields.facetsConfig();
    var config =
        new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(64);
    this.writer = new IndexWriter(directory, config);
    this.searchSlices =
        searchThreads > 1
            ? Executors.newFixedThreadPool(searchThreads, StoryIndex::sliceThread)
            : null;
    this.searchers =
        new SearcherManager(writer, new FacetedSearcherFactory(facetsConfig, searchSlices));
  }

  /** The analyser of every field, for query parsing and the saved-search monitor. */
  public Analyzer analyzer() {
    return analyzer;
  }

  /** Adds or replaces the story with {@code story.id()}. */
  public void upsertStory(Story story) throws IOException {
    Document doc = facetsConfig.build(StoryDocuments.story(story));
    writer.updateDocument(uidTerm(StoryFields.STORY, story.id()), doc);
  }

  /**
   * Adds a story the caller knows the index does not hold: not in the last refreshed view and not
   * written since. Skips the delete-by-key an upsert costs in every segment.
   */
  public void addNewStory(Story story) throws IOException {
    writer.addDocument(facetsConfig.build(StoryDocuments.story(story)));
  }

  /** Adds or replaces the match with {@code match.pairKey()}. */
  public void upsertMatch(Match match) throws IOException {
    writer.updateDocument(uidTerm(StoryFields.MATCH, match.pairKey()), StoryDocuments.match(match));
  }

  /** Adds or replaces the narrative {@code alert.narrativeId()}. */
  public void upsertAlert(Alert alert) throws IOException {
    writer.updateDocument(
        uidTerm(StoryFields.ALERT, alert.narrativeId()), StoryDocuments.alert(alert));
  }

  /**
   * Removes the alert of a narrative that streams retracted (a null value on the compacted alerts
   * topic: the narrative was absorbed by another one).
   */
  public void retractAlert(String narrativeId) throws IOException {
    writer.deleteDocuments(uidTerm(StoryFields.ALERT, narrativeId));
  }

  /** Keeps {@code status} as the latest state of its feed. */
  public void upsertFeed(FeedStatus status) throws IOException {
    writer.updateDocument(uidTerm(StoryFields.FEED, status.feedId()), StoryDocuments.feed(status));
  }

  /**
   * Makes every write so far durable together with {@code userData} (the consumer keeps its offsets
   * there), then refreshes readers.
   */
  public void commit(Map<String, String> userData) throws IOException {
    writer.setLiveCommitData(new HashMap<>(userData).entrySet());
    writer.commit();
    searchers.maybeRefreshBlocking();
  }

  /** The user data of the last commit; empty for a new index. */
  public Map<String, String> committedUserData() {
    Map<String, String> data = new HashMap<>();
    Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
    if (live != null) {
      live.forEach(e -> data.put(e.getKey(), e.getValue()));
    }
    return data;
  }

  /** Makes writes so far visible to reads without making them durable. */
  public void refresh() throws IOException {
    searchers.maybeRefreshBlocking();
  }

  /** Runs a search; see {@link StoryQueryParser} for the syntax. */
  public SearchPage search(SearchRequest request) throws BadQueryException, IOException {
    return withSearcher(s -> StorySearch.run(s, request, analyzer));
  }

  /** Parses {@code query} as a search would, without running it. */
  public Query parse(String query) throws BadQueryException {
    return StoryQueryParser.parse(query, analyzer);
  }

  public Optional<Story> story(String id) throws IOException {
    return one(StoryFields.STORY, id).map(StoryDocuments::toStory);
  }

  public Optional<Alert> alert(String narrativeId) throws IOException {
    return one(StoryFields.ALERT, narrativeId)
        .map(d -> Json.read(d.get(StoryFields.JSON), Alert.class));
  }

  /** Narratives, the one with the latest echo first, at most {@code max}. */
  public List<Alert> alertsNewestFirst(int max) throws IOException {
    Sort sort = new Sort(new SortField(StoryFields.LATEST_ECHO, SortField.Type.LONG, true));
    return list(kind(StoryFields.ALERT), Math.min(max, MAX_LIST), sort).stream()
        .map(d -> Json.read(d.get(StoryFields.JSON), Alert.class))
        .toList();
  }

  /** The matches of a narrative, without their embedded articles. */
  public List<Match> matchesOf(String narrativeId) throws IOException {
    return list(narrativeOf(StoryFields.MATCH, narrativeId), MAX_LIST, null).stream()
        .map(d -> Json.read(d.get(StoryFields.JSON), Match.class))
        .toList();
  }

  /** The latest state of one feed. */
  public Optional<FeedStatus> feed(String feedId) throws IOException {
    return one(StoryFields.FEED, feedId)
        .map(d -> Json.read(d.get(StoryFields.JSON), FeedStatus.class));
  }

  /** The latest state of every feed, by feed id. */
  public List<FeedStatus> feeds() throws IOException {
    return list(kind(StoryFields.FEED), MAX_LIST, null).stream()
        .map(d -> Json.read(d.get(StoryFields.JSON), FeedStatus.class))
        .sorted((a, b) -> a.feedId().compareTo(b.feedId()))
        .toList();
  }

  /** Flagged pairs per echo day and direction, for days on or after {@code since}, oldest first. */
  public List<EchoCount> echoesPerDay(Instant since) throws IOException {
    String first = StoryDocuments.day(since);
    Map<String, Long> counts = new TreeMap<>();
    read(
        s -> {
          TopDocs all = s.search(kind(StoryFields.MATCH), Math.max(1, s.getIndexReader().maxDoc()));
          StoredFields stored = s.storedFields();
          for (ScoreDoc sd : all.scoreDocs) {
            Document d = stored.document(sd.doc);
            String day = d.get(StoryFields.ECHO_DAY);
            if (day != null && day.compareTo(first) >= 0) {
              counts.merge(day + "|" + d.get(StoryFields.DIRECTION), 1L, Long::sum);
            }
          }
          return null;
        });
    List<EchoCount> out = new ArrayList<>();
    counts.forEach(
        (k, v) -> {
          int bar = k.indexOf('|');
          out.add(new EchoCount(k.substring(0, bar), k.substring(bar + 1), v));
        });
    return out;
  }

  /** Number of stories in the index (as of the last refresh). */
  public int storyCount() throws IOException {
    return read(s -> s.count(kind(StoryFields.STORY)));
  }

  @Override
  public void close() throws IOException {
    searchers.close();
    if (searchSlices != null) {
      searchSlices.shutdown();
    }
    writer.close();
    directory.close();
  }

  private Optional<Document> one(String kind, String id) throws IOException {
    return read(
        s -> {
          int doc = UidLookup.find(s.getIndexReader(), uidTerm(kind, id));
          return doc == UidLookup.NONE
              ? Optional.empty()
              : Optional.of(s.storedFields().document(doc));
        });
  }

  private List<Document> list(Query query, int max, Sort sort) throws IOException {
    return read(
        s -> {
          TopDocs top = sort == null ? s.search(query, max) : s.search(query, max, sort);
          StoredFields stored = s.storedFields();
          List<Document> docs = new ArrayList<>(top.scoreDocs.length);
          for (ScoreDoc sd : top.scoreDocs) {
            docs.add(stored.document(sd.doc));
          }
          return docs;
        });
  }

  private interface SearcherWork<T> {
    T apply(FacetedSearcher searcher) throws IOException, BadQueryException;
  }

  private <T> T withSearcher(SearcherWork<T> work) throws IOException, BadQueryException {
    FacetedSearcher searcher = (FacetedSearcher) searchers.acquire();
    try {
      return work.apply(searcher);
    } finally {
      searchers.release(searcher);
    }
  }

  private <T> T read(IoWork<T> work) throws IOException {
    try {
      return withSearcher((SearcherWork<T>) work::apply);
    } catch (BadQueryException e) {
      throw new IllegalStateException("unreachable: no query parsed", e);
    }
  }

  private interface IoWork<T> {
    T apply(FacetedSearcher searcher) throws IOException;
  }

  private static Thread sliceThread(Runnable work) {
    Thread thread = new Thread(work, "search-slice-" + SLICE_THREADS.incrementAndGet());
    thread.setDaemon(true);
    return thread;
  }

  private static Query kind(String kind) {
    return new TermQuery(new Term(StoryFields.KIND, kind));
  }

  private static Query narrativeOf(String kind, String narrativeId) {
    var b = new org.apache.lucene.search.BooleanQuery.Builder();
    b.add(kind(kind), org.apache.lucene.search.BooleanClause.Occur.FILTER);
    b.add(
        new TermQuery(new Term(StoryFields.NARRATIVE, narrativeId)),
        org.apache.lucene.search.BooleanClause.Occur.FILTER);
    return b.build();
  }

  private static Term uidTerm(String kind, String id) {
    return new Term(StoryFields.UID, StoryDocuments.uid(kind, id));
  }
}
