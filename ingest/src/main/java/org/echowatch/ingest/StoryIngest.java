package org.echowatch.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.echowatch.common.Article;
import org.echowatch.ingest.article.ArticleExtractor;
import org.echowatch.ingest.article.PageHints;
import org.echowatch.ingest.article.Revisions;
import org.echowatch.ingest.capture.Hashes;
import org.echowatch.ingest.feed.FeedItem;
import org.echowatch.ingest.fetch.FetchException;
import org.echowatch.ingest.fetch.FetchRequest;
import org.echowatch.ingest.fetch.FetchResponse;
import org.echowatch.ingest.fetch.PoliteFetcher;
import org.echowatch.ingest.state.SeenStore;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * One feed item to one article: decides whether it is new (id and revision not in the seen-set),
 * fetches its page and any "Next" pages, captures them and extracts the story.
 */
final class StoryIngest {

  /**
   * An item's identity before its page is fetched.
   *
   * @param storyId the article id; for a re-issue, the id of the story it revises
   * @param revision 0, or n for "UPDATE n -"
   * @param titleKey the normalised base title
   */
  record Identity(String storyId, int revision, String titleKey) {}

  /** Captures a response and returns its capture reference, or null. */
  interface Capture {
    String write(FetchResponse response);
  }

  private final PoliteFetcher fetcher;
  private final SeenStore seen;
  private final Capture capture;
  private final int maxPages;

  StoryIngest(PoliteFetcher fetcher, SeenStore seen, Capture capture, int maxPages) {
    this.fetcher = fetcher;
    this.seen = seen;
    this.capture = capture;
    this.maxPages = maxPages;
  }

  Identity identify(SourceConfig source, FeedItem item) {
    Revisions.Parsed parsed = Revisions.parse(item.title());
    String titleKey = Revisions.titleKey(parsed.baseTitle());
    String ownId =
        source
            .articleId(item.url())
            .orElseGet(
                () ->
                    source.edition()
                        + ":u"
                        + Hashes.sha256Hex(
                                item.url().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                            .substring(0, 16));
    String storyId = ownId;
    if (parsed.revision() > 0 && !titleKey.isEmpty()) {
      storyId = seen.storyWithTitle(titleKey).orElse(ownId);
    }
    return new Identity(storyId, parsed.revision(), titleKey);
  }

  boolean isNew(Identity id) {
    return !seen.contains(id.storyId(), id.revision());
  }

  /**
   * Fetches and extracts the item.
   *
   * @throws FetchException when a page cannot be fetched
   * @throws org.echowatch.ingest.article.ExtractionException when page one yields no article
   */
  Article fetchAndExtract(ArticleExtractor extractor, FeedItem item, Identity id)
      throws FetchException {
    FetchResponse first = fetcher.fetch(FetchRequest.get(item.url()));
    String captureRef = capture.write(first);
    List<Document> pages = new ArrayList<>();
    pages.add(Jsoup.parse(first.text(), first.url()));
    Set<String> visited = new HashSet<>(List.of(item.url(), first.url()));
    for (int i = 1; i < maxPages; i++) {
      String next = extractor.nextPage(pages.get(pages.size() - 1)).orElse(null);
      if (next == null || !visited.add(next)) {
        break;
      }
      FetchResponse more = fetcher.fetch(FetchRequest.get(next));
      capture.write(more);
      pages.add(Jsoup.parse(more.text(), more.url()));
    }
    PageHints hints =
        new PageHints(
            first.fetchedAt(),
            Hashes.sha256Hex(first.body()),
            captureRef,
            item.tags(),
            item.publishedAt(),
            id.revision(),
            id.storyId());
    return extractor.extract(item.url(), pages, hints);
  }

  void markPublished(Identity id, Article article) {
    String key = id.titleKey().isEmpty() ? Revisions.titleKey(article.title()) : id.titleKey();
    seen.add(id.storyId(), id.revision(), key);
  }
}
