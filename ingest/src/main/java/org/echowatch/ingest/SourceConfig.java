package org.echowatch.ingest;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One edition of one agency as {@code sources.yaml} describes it: where to discover stories, how to
 * read their pages and how politely to ask.
 *
 * @param edition edition id, e.g. {@code belta-en}; prefix of every article id
 * @param source agency, {@code belta} or {@code xinhua}
 * @param lang language of the edition's text
 * @param zone the zone the edition's pages write local times in
 * @param sites site roots of the edition (e.g. {@code https://eng.belta.by/}); robots.txt and
 *     politeness apply per site root
 * @param allowedHosts the only hosts ingest may fetch for this edition
 * @param delay minimum gap between two requests to one site of this edition; null = global
 * @param feeds discovery endpoints
 * @param ids how article URLs map to native ids, first match wins
 * @param article selectors and rules of the article pages
 */
public record SourceConfig(
    String edition,
    String source,
    String lang,
    ZoneId zone,
    List<URI> sites,
    Set<String> allowedHosts,
    Duration delay,
    List<FeedConfig> feeds,
    List<IdRule> ids,
    ArticleRules article) {

  public SourceConfig {
    if (edition == null || edition.isBlank()) {
      throw new IllegalArgumentException("edition is required");
    }
    sites = List.copyOf(sites);
    allowedHosts = Set.copyOf(allowedHosts);
    feeds = List.copyOf(feeds);
    ids = List.copyOf(ids);
  }

  /** The same source with another pause between two requests to its site. */
  public SourceConfig withDelay(Duration newDelay) {
    return new SourceConfig(
        edition, source, lang, zone, sites, allowedHosts, newDelay, feeds, ids, article);
  }

  /** The same source with other feeds. */
  public SourceConfig withFeeds(List<FeedConfig> newFeeds) {
    return new SourceConfig(
        edition, source, lang, zone, sites, allowedHosts, delay, newFeeds, ids, article);
  }

  /** The article id of {@code url}, {@code <edition>:<native id>}, when the URL is an article. */
  public Optional<String> articleId(String url) {
    for (IdRule rule : ids) {
      Optional<String> nativeId = rule.nativeId(url);
      if (nativeId.isPresent()) {
        return Optional.of(edition + ":" + nativeId.get());
      }
    }
    return Optional.empty();
  }

  /** Whether ingest may fetch {@code uri}: http(s) on one of the allowed hosts. */
  public boolean allows(URI uri) {
    String scheme = uri.getScheme();
    return uri.getHost() != null
        && ("http".equals(scheme) || "https".equals(scheme))
        && allowedHosts.contains(uri.getHost().toLowerCase(java.util.Locale.ROOT));
  }
}
