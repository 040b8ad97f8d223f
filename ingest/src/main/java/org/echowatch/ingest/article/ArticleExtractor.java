package org.echowatch.ingest.article;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.echowatch.common.Article;
import org.echowatch.ingest.ArticleRules;
import org.echowatch.ingest.Pick;
import org.echowatch.ingest.SourceConfig;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Turns the pages of one story of one edition into an {@link Article}, with the edition's selectors
 * from {@code sources.yaml}; pure. When the selectors find no body the {@link MainTextExtractor}
 * takes over and the article says {@code extractedBy = "fallback"}.
 */
public final class ArticleExtractor {

  /** {@code extractedBy} when the edition's selectors matched. */
  public static final String BY_SELECTORS = "selectors";

  /** {@code extractedBy} when the generic extractor had to take over. */
  public static final String BY_FALLBACK = "fallback";

  private static final List<Pick> GENERIC_TITLES =
      List.of(Pick.parse("meta[property=og:title]@content"), Pick.parse("title"));
  private static final List<Pick> GENERIC_DATES =
      List.of(
          Pick.parse("meta[property=article:published_time]@content"),
          Pick.parse("meta[name=publishdate]@content"),
          Pick.parse("meta[name=pubdate]@content"),
          Pick.parse("time[datetime]@datetime"),
          Pick.parse("[class*=date], [class*=time]"));

  private final SourceConfig source;
  private final ArticleRules rules;
  private final Evaluator boilerplate;

  public ArticleExtractor(SourceConfig source) {
    this.source = source;
    this.rules = source.article();
    // one pass over the page for all boilerplate selectors instead of one pass each
    this.boilerplate =
        rules.remove().isEmpty() ? null : QueryParser.parse(String.join(", ", rules.remove()));
  }

  /** The edition this extractor reads. */
  public SourceConfig source() {
    return source;
  }

  /** The absolute URL of the next page of a paginated story, when {@code page} links one. */
  public Optional<String> nextPage(Document page) {
    if (rules.nextPage() == null) {
      return Optional.empty();
    }
    return rules.nextPage().first(page).filter(u -> u.startsWith("http"));
  }

  /**
   * Extracts one story.
   *
   * @param url the URL of page one; the article's id and rubric come from it
   * @param pages page one and any "Next" pages, in order; they are modified (boilerplate removed)
   * @param hints what the fetch and the feed knew
   * @throws ExtractionException when the page yields no id, no date or no text
   */
  public Article extract(String url, List<Document> pages, PageHints hints) {
    if (pages.isEmpty()) {
      throw new ExtractionException("no page to extract for " + url);
    }
    String id =
        hints.storyId() != null
            ? hints.storyId()
            : source
                .articleId(url)
                .orElseThrow(
                    () ->
                        new ExtractionException(
                            "URL matches no id rule of " + source.edition() + ": " + url));
    Document first = pages.get(0);
    if (boilerplate != null) {
      for (Document page : pages) {
        page.select(boilerplate).remove();
      }
    }
    boolean fellBack = false;
    Optional<String> title = firstOf(first, rules.title());
    if (title.isEmpty()) {
      title = firstOf(first, GENERIC_TITLES);
      fellBack = true;
    }
    List<String> paragraphs = new ArrayList<>();
    Element root = bodyRoot(first);
    if (root == null) {
      fellBack = true;
      for (Document page : pages) {
        MainTextExtractor.densest(page)
            .ifPresent(r -> paragraphs.addAll(MainTextExtractor.paragraphs(r)));
      }
    } else {
      for (Document page : pages) {
        Element r = page == first ? root : bodyRoot(page);
        if (r != null) {
          paragraphs.addAll(Paragraphs.leafTexts(r, rules.paragraphs()));
        }
      }
    }
    List<String> kept = clean(paragraphs);
    String body = String.join("\n\n", kept);
    String cleanTitle = title.map(t -> Revisions.parse(t).baseTitle()).orElse("");
    if (cleanTitle.isBlank() && body.isBlank()) {
      throw new ExtractionException("page has neither title nor body text: " + url);
    }
    Instant publishedAt = publishedAt(first, url, hints);
    return new Article(
        id,
        source.source(),
        source.edition(),
        source.lang(),
        url,
        cleanTitle,
        body,
        publishedAt,
        hints.fetchedAt(),
        rubric(url),
        tags(first, hints),
        firstOf(first, rules.author()).orElse(rules.defaultAuthor()),
        CreditDetector.credit(body).orElse(null),
        images(pages),
        hints.contentSha256(),
        hints.captureRef(),
        fellBack ? BY_FALLBACK : BY_SELECTORS,
        Math.max(hints.revision(), title.map(t -> Revisions.parse(t).revision()).orElse(0)));
  }

  private Element bodyRoot(Document page) {
    for (Pick p : rules.body()) {
      Element e = page.selectFirst(p.css());
      if (e != null && !e.text().isBlank()) {
        return e;
      }
    }
    return null;
  }

  private List<String> clean(List<String> paragraphs) {
    List<String> out = new ArrayList<>();
    String previous = null;
    outer:
    for (String p : paragraphs) {
      for (String stop : rules.stopAt()) {
        if (p.contains(stop)) {
          break outer;
        }
      }
      for (Pattern drop : rules.dropParagraphs()) {
        if (drop.matcher(p).find()) {
          continue outer;
        }
      }
      if (!p.equals(previous)) {
        out.add(p);
      }
      previous = p;
    }
    return out;
  }

  private Instant publishedAt(Document page, String url, PageHints hints) {
    Optional<LocalDateTime> local = Optional.empty();
    for (Pick p : rules.dates()) {
      local = "url".equals(p.css()) ? PageDates.fromUrl(url) : dateAt(page, p);
      if (local.isPresent()) {
        break;
      }
    }
    for (int i = 0; local.isEmpty() && i < GENERIC_DATES.size(); i++) {
      local = dateAt(page, GENERIC_DATES.get(i));
    }
    if (local.isPresent()) {
      return local.get().atZone(source.zone()).toInstant();
    }
    if (hints.feedPublishedAt() != null) {
      return hints.feedPublishedAt();
    }
    Optional<LocalDateTime> fromUrl = PageDates.fromUrl(url);
    if (fromUrl.isPresent()) {
      return fromUrl.get().atZone(source.zone()).toInstant();
    }
    throw new ExtractionException("no publication date found on page " + url);
  }

  private static Optional<LocalDateTime> dateAt(Document page, Pick pick) {
    for (Element e : page.select(pick.css())) {
      Optional<LocalDateTime> d = pick.from(e).flatMap(PageDates::parse);
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  private String rubric(String url) {
    if (rules.rubric() == null) {
      return null;
    }
    Matcher m = rules.rubric().matcher(url);
    return m.find() ? m.group("rubric") : null;
  }

  private List<String> tags(Document page, PageHints hints) {
    Set<String> out = new LinkedHashSet<>();
    // the first selector that yields tags wins; later ones are fallbacks, not additions
    for (int i = 0; i < rules.tags().size() && out.isEmpty(); i++) {
      Pick p = rules.tags().get(i);
      for (Element e : page.select(p.css())) {
        // a keywords meta holds a list; a tag link holds one tag
        p.from(e)
            .ifPresent(
                v -> {
                  if ("content".equals(p.attribute())) {
                    for (String k : v.split("[,，;；]")) {
                      if (!k.isBlank()) {
                        out.add(k.strip());
                      }
                    }
                  } else {
                    out.add(v);
                  }
                });
      }
    }
    if (out.isEmpty()) {
      out.addAll(hints.feedTags());
    }
    return List.copyOf(out);
  }

  private List<String> images(List<Document> pages) {
    Set<String> out = new LinkedHashSet<>();
    for (Document page : pages) {
      for (Pick p : rules.images()) {
        for (Element e : page.select(p.css())) {
          p.from(e)
              .filter(u -> u.startsWith("http"))
              .filter(u -> rules.skipImages().stream().noneMatch(u::contains))
              .ifPresent(out::add);
        }
      }
    }
    return List.copyOf(out);
  }

  private static Optional<String> firstOf(Element root, List<Pick> picks) {
    for (Pick p : picks) {
      Optional<String> v = p.first(root);
      if (v.isPresent()) {
        return v;
      }
    }
    return Optional.empty();
  }
}
