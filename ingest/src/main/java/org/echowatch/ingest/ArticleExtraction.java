package org.echowatch.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.echowatch.common.Article;
import org.echowatch.ingest.article.ArticleExtractor;
import org.echowatch.ingest.article.PageHints;
import org.echowatch.ingest.capture.Hashes;
import org.jsoup.Jsoup;

/**
 * Extraction of one saved page, for the {@code extract} command: the same extractor, selectors and
 * date rules the service uses, from the bundled {@code sources.yaml}.
 */
public final class ArticleExtraction {

  private static volatile List<SourceConfig> bundled;

  private ArticleExtraction() {}

  /**
   * @param edition edition id, e.g. {@code belta-en}
   * @param url the page's URL (gives the article id and rubric)
   * @param html the saved page
   * @return the article ingest would produce, without fetch time and capture reference;
   *     contentSha256 is the hash of the page's UTF-8 bytes
   * @throws IllegalArgumentException for an unknown edition
   * @throws org.echowatch.ingest.article.ExtractionException when the page yields no article
   */
  public static Article extract(String edition, String url, String html) {
    return extract(SourceCatalog.edition(sources(), edition), url, html);
  }

  /** As {@link #extract(String, String, String)} with an edition from any catalog. */
  public static Article extract(SourceConfig source, String url, String html) {
    String sha = Hashes.sha256Hex(html.getBytes(StandardCharsets.UTF_8));
    return new ArticleExtractor(source)
        .extract(url, List.of(Jsoup.parse(html, url)), PageHints.ofSavedPage(sha));
  }

  private static List<SourceConfig> sources() {
    if (bundled == null) {
      bundled = SourceCatalog.load();
    }
    return bundled;
  }
}
