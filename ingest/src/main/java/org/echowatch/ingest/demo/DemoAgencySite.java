package org.echowatch.ingest.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-process stand-in for the seven agency editions on 127.0.0.1 (JDK {@code HttpServer}, free
 * port). Under {@code /<host>/...} it serves, per edition: BelTA RSS 2.0 at {@code /rss} and {@code
 * /rss/}, BelTA rubric and {@code all_news} list pages, Xinhua hub pages with a {@code
 * datasource:<id>} marker and their {@code ds_<id>.json} lists, article pages in each edition's
 * layout (english.news.cn and russian.news.cn stories over eight paragraphs are split into pages
 * linked by "Next"), and robots.txt as each site is known to answer. A story appears once the clock
 * passes its publication time. Feeds answer conditional GETs with 304.
 *
 * <p>{@link #respond} replaces any path's answer, for fault injection in tests.
 */
public final class DemoAgencySite implements AutoCloseable {

  /**
   * A fixed answer for one path.
   *
   * @param status HTTP status
   * @param contentType Content-Type header
   * @param body the body
   * @param headers extra headers
   */
  public record Canned(int status, String contentType, String body, Map<String, String> headers) {}

  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

  private final List<DemoStory> stories;
  private final Clock clock;
  private final HttpServer server;
  private final ExecutorService executor;
  private final Map<String, Canned> canned = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  private final URI base;

  private DemoAgencySite(List<DemoStory> stories, Clock clock) throws IOException {
    this.stories =
        stories.stream()
            .sorted(Comparator.comparing(DemoAgencySite::publishedAt).reversed())
            .toList();
    this.clock = clock;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    this.executor = Executors.newFixedThreadPool(4, r -> daemon(r));
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
    this.base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Starts a site publishing {@code stories}, each once {@code clock} passes its time. */
  public static DemoAgencySite start(List<DemoStory> stories, Clock clock) {
    try {
      return new DemoAgencySite(stories, clock);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the demo agency site on 127.0.0.1", e);
    }
  }

  /** {@code http://127.0.0.1:<port>}; pass it to {@code SourceCatalog.rebase}. */
  public URI baseUri() {
    return base;
  }

  /** The absolute URL of a story's (first) page on this site. */
  public String urlOf(DemoStory story) {
    return base + "/" + DemoLayout.host(story) + DemoLayout.path(story);
  }

  /**
   * The article id ingest gives a story: {@code belta-en:186877}, {@code xinhua-en:<date>-<hex>}.
   */
  public static String articleIdOf(DemoStory story) {
    return DemoLayout.articleId(story);
  }

  /** The instant a story is published, from its local time in its edition's zone. */
  public static Instant publishedAt(DemoStory story) {
    return story.publishedLocal().atZone(DemoLayout.zone(story)).toInstant();
  }

  /** Answers {@code path} (e.g. {@code /eng.belta.by/rss}) with {@code answer} from now on. */
  public void respond(String path, Canned answer) {
    canned.put(path, answer);
  }

  /** Restores the rendered answer of {@code path}. */
  public void restore(String path) {
    canned.remove(path);
  }

  /** How many requests {@code path} has received. */
  public int hits(String path) {
    AtomicInteger n = hits.get(path);
    return n == null ? 0 : n.get();
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String path = ex.getRequestURI().getRawPath();
      hits.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
      Canned answer = canned.get(path);
      if (answer == null) {
        answer =
            render(path)
                .orElse(new Canned(404, "text/html; charset=utf-8", "<h1>404</h1>", Map.of()));
      }
      byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
      answer.headers().forEach((k, v) -> ex.getResponseHeaders().set(k, v));
      if (answer.status() == 200) {
        String etag = "\"" + DemoLayout.md5(answer.body()).substring(0, 16) + "\"";
        ex.getResponseHeaders().set("ETag", etag);
        if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
          ex.sendResponseHeaders(304, -1);
          return;
        }
      }
      ex.getResponseHeaders().set("Content-Type", answer.contentType());
      ex.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private Optional<Canned> render(String path) {
    String[] parts = path.split("/", 3);
    if (parts.length < 3) {
      return Optional.empty();
    }
    String host = parts[1];
    String rest = "/" + parts[2];
    String edition =
        DemoLayout.HOSTS.entrySet().stream()
            .filter(e -> e.getValue().equals(host))
            .map(Map.Entry::getKey)
            .findFirst()
            .orElse(null);
    if (edition == null) {
      return Optional.empty();
    }
    List<DemoStory> visible =
        stories.stream()
            .filter(s -> s.edition().equals(edition))
            .filter(s -> !publishedAt(s).isAfter(clock.instant()))
            .toList();
    if ("/robots.txt".equals(rest)) {
      return robots(host);
    }
    if (edition.startsWith("belta")) {
      if ("/rss".equals(rest) || "/rss/".equals(rest)) {
        return xml(DemoPages.beltaRss(host, base.toString(), visible));
      }
      if (rest.matches("/[a-z_]+/")) {
        String rubric = rest.substring(1, rest.length() - 1);
        return html(
            DemoPages.beltaList(
                host,
                visible.stream()
                    .filter(s -> "all_news".equals(rubric) || rubric.equals(DemoLayout.rubric(s)))
                    .toList()));
      }
      return visible.stream()
          .filter(s -> DemoLayout.path(s).equals(rest))
          .findFirst()
          .map(s -> html(DemoPages.beltaArticle(s)).orElseThrow());
    }
    if (rest.equals(DemoLayout.HUBS.get(edition))) {
      return html(DemoPages.xinhuaHub(edition));
    }
    String hubDir = DemoLayout.HUBS.get(edition).replaceAll("[^/]*$", "");
    if (rest.equals(hubDir + "ds_" + DemoLayout.datasourceId(edition) + ".json")) {
      return Optional.of(
          new Canned(
              200,
              "application/json; charset=utf-8",
              DemoPages.xinhuaDatasource(edition, visible),
              Map.of("Last-Modified", HTTP_DATE.format(clock.instant()))));
    }
    for (DemoStory s : visible) {
      String first = DemoLayout.path(s);
      String dir = first.substring(0, first.length() - "c.html".length());
      if (!rest.startsWith(dir)) {
        continue;
      }
      if ("xinhua-zh".equals(edition) && rest.equals(first)) {
        return html(DemoPages.xinhuaZhArticle(s));
      }
      for (int p = 1; p <= DemoPages.pageCount(s) && !"xinhua-zh".equals(edition); p++) {
        if (rest.equals(dir + DemoPages.pageFile(p))) {
          return html(DemoPages.xinhuaCmsArticle(s, p));
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Canned> robots(String host) {
    return switch (host) {
      case "eng.belta.by" ->
          text(
              "User-agent: *\nDisallow: /printv*\nDisallow: *getResults*\nDisallow: *extendedSearch*\n");
      case "chn.belta.by", "www.news.cn" -> text("User-agent: *\nAllow: /\n");
      case "www.belta.by" -> text("User-agent: *\nDisallow: /search/\n");
      default -> Optional.empty(); // english.news.cn and russian.news.cn: 404
    };
  }

  private static Optional<Canned> text(String body) {
    return Optional.of(new Canned(200, "text/plain; charset=utf-8", body, Map.of()));
  }

  private static Optional<Canned> xml(String body) {
    return Optional.of(new Canned(200, "application/rss+xml; charset=utf-8", body, Map.of()));
  }

  private static Optional<Canned> html(String body) {
    return Optional.of(new Canned(200, "text/html; charset=utf-8", body, Map.of()));
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "demo-agency-site");
    t.setDaemon(true);
    return t;
  }

  /** Stops the server at once. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
