package org.echowatch.ingest.fetch;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches as a polite crawler: only allowed hosts; robots.txt of the site honoured; one request at
 * a time per site, at least the site's delay apart; 429, 5xx and I/O failures retried with
 * exponential backoff that honours {@code Retry-After}; a circuit breaker per site. A site is a
 * configured site root ({@code https://eng.belta.by/}, or {@code http://127.0.0.1:p/eng.belta.by/}
 * once rebased); its robots.txt is {@code <root>robots.txt}.
 */
public final class PoliteFetcher {

  private static final Logger LOG = LoggerFactory.getLogger(PoliteFetcher.class);
  private static final Duration ROBOTS_TTL = Duration.ofHours(24);

  /**
   * A site ingest may fetch from.
   *
   * @param root the site root, ending in {@code /}
   * @param delay minimum gap between two requests to it
   */
  public record SiteSpec(URI root, Duration delay) {}

  /**
   * Retry and breaker settings.
   *
   * @param userAgentToken the product token robots.txt groups are matched against
   * @param retries retries after a retriable failure
   * @param backoffBase first wait, doubled on every retry
   * @param backoffMax cap of every wait, Retry-After included
   * @param breakerFailures consecutive failures that open a site's circuit
   * @param breakerCooldown how long it stays open
   */
  public record Policy(
      String userAgentToken,
      int retries,
      Duration backoffBase,
      Duration backoffMax,
      int breakerFailures,
      Duration breakerCooldown) {}

  private final class Site {
    final URI root;
    final Duration delay;
    final ReentrantLock lock = new ReentrantLock(true);
    final CircuitBreaker breaker;
    long lastRequestNanos = Long.MIN_VALUE;
    RobotsRules robots;
    Instant robotsUntil = Instant.MIN;

    Site(URI root, Duration delay) {
      this.root = root;
      this.delay = delay;
      this.breaker = new CircuitBreaker(policy.breakerFailures(), policy.breakerCooldown());
    }
  }

  private final PageFetcher http;
  private final Policy policy;
  private final Clock clock;
  private final List<Site> sites = new ArrayList<>();
  private final Map<String, Site> hostSites = new ConcurrentHashMap<>();
  private final Predicate<URI> allowHost;
  private final MeterRegistry registry;

  /**
   * @param http the plain HTTP fetcher
   * @param specs every site that may be fetched
   * @param defaultDelay delay of a host that is allowed but matches no site root
   */
  public PoliteFetcher(
      PageFetcher http,
      List<SiteSpec> specs,
      Duration defaultDelay,
      Policy policy,
      Clock clock,
      MeterRegistry registry) {
    this.http = http;
    this.policy = policy;
    this.clock = clock;
    this.registry = registry;
    for (SiteSpec s : specs) {
      String root = s.root().toString().endsWith("/") ? s.root().toString() : s.root() + "/";
      sites.add(new Site(URI.create(root), s.delay() == null ? defaultDelay : s.delay()));
    }
    sites.sort((a, b) -> b.root.toString().length() - a.root.toString().length());
    List<String> hosts = sites.stream().map(s -> host(s.root)).distinct().toList();
    this.allowHost = u -> u.getHost() != null && hosts.contains(host(u));
    for (String h : hosts) {
      hostSites.putIfAbsent(h, new Site(URI.create("http://" + h + "/"), defaultDelay));
    }
  }

  /** Whether {@code uri} is on an allowed host. */
  public boolean allowed(URI uri) {
    return allowHost.test(uri);
  }

  /**
   * Fetches {@code request} politely.
   *
   * @return a response with status 2xx or 304
   * @throws FetchException for disallowed, refused, failed or non-success fetches
   */
  public FetchResponse fetch(FetchRequest request) throws FetchException {
    URI uri;
    try {
      uri = URI.create(request.url());
    } catch (IllegalArgumentException e) {
      throw new FetchException(FetchException.Kind.IO, request.url(), 0, "not a URL", e);
    }
    if (!allowHost.test(uri)) {
      throw new FetchException(
          FetchException.Kind.OFF_HOST, request.url(), "host is not an allowed host");
    }
    Site site = siteOf(uri);
    if (site.breaker.isOpen(clock.instant())) {
      throw new FetchException(
          FetchException.Kind.CIRCUIT_OPEN,
          request.url(),
          "circuit of " + site.root + " open until " + site.breaker.openUntil());
    }
    RobotsRules robots = robots(site);
    String path = relativePath(site, uri);
    if (!robots.allows(path)) {
      throw new FetchException(
          FetchException.Kind.ROBOTS,
          request.url(),
          robots == TEMPORARILY_DISALLOWED ? 503 : 0,
          "robots.txt of " + site.root + " disallows " + path,
          null);
    }
    return withRetries(site, request);
  }

  private static final RobotsRules TEMPORARILY_DISALLOWED =
      RobotsRules.parse("User-agent: *\nDisallow: /\n", "*");

  private RobotsRules robots(Site site) throws FetchException {
    site.lock.lock();
    try {
      if (site.robots != null && clock.instant().isBefore(site.robotsUntil)) {
        return site.robots;
      }
    } finally {
      site.lock.unlock();
    }
    String robotsUrl = site.root.resolve("robots.txt").toString();
    RobotsRules rules;
    Duration ttl = ROBOTS_TTL;
    try {
      FetchResponse r = gated(site, FetchRequest.get(robotsUrl));
      if (r.status() / 100 == 2) {
        rules = RobotsRules.parse(r.text(), policy.userAgentToken());
      } else if (r.status() >= 400 && r.status() < 500) {
        rules = RobotsRules.allowAll();
      } else {
        // RFC 9309 2.3.1.4: unreachable robots.txt means complete disallow, for now
        rules = TEMPORARILY_DISALLOWED;
        ttl = policy.backoffMax();
      }
    } catch (FetchException e) {
      if (e.kind() == FetchException.Kind.OFF_HOST || e.kind() == FetchException.Kind.TOO_LARGE) {
        rules = RobotsRules.allowAll();
      } else {
        rules = TEMPORARILY_DISALLOWED;
        ttl = policy.backoffMax();
      }
    }
    LOG.debug("robots.txt of {} loaded", site.root);
    site.lock.lock();
    try {
      site.robots = rules;
      site.robotsUntil = clock.instant().plus(ttl);
    } finally {
      site.lock.unlock();
    }
    return rules;
  }

  private FetchResponse withRetries(Site site, FetchRequest request) throws FetchException {
    FetchException last = null;
    for (int attempt = 0; attempt <= policy.retries(); attempt++) {
      if (attempt > 0) {
        sleep(backoff(attempt, last));
      }
      FetchResponse r;
      try {
        r = gated(site, request);
      } catch (FetchException e) {
        if (!e.retriable()) {
          throw e;
        }
        last = e;
        continue;
      }
      int s = r.status();
      if (s / 100 == 2 || s == 304) {
        site.breaker.success();
        return r;
      }
      FetchException failure =
          new FetchException(
              FetchException.Kind.HTTP_STATUS,
              request.url(),
              s,
              "HTTP " + s + " from " + r.url(),
              null,
              r.retryAfter());
      if (!failure.retriable()) {
        throw failure;
      }
      last = failure;
    }
    FetchException cause = last;
    if (site.breaker.failure(clock.instant())) {
      LOG.warn("circuit of {} opened after repeated failures: {}", site.root, cause.getMessage());
    }
    throw cause;
  }

  private Duration backoff(int attempt, FetchException last) {
    Duration exp = policy.backoffBase().multipliedBy(1L << Math.min(20, attempt - 1));
    Duration wait = exp;
    if (last != null && last.retryAfter() != null) {
      Duration told = retryAfter(last.retryAfter(), clock.instant());
      if (told != null && told.compareTo(exp) > 0) {
        wait = told;
      }
    }
    return wait.compareTo(policy.backoffMax()) > 0 ? policy.backoffMax() : wait;
  }

  /** Retry-After as delta-seconds or an HTTP date; null when unreadable. */
  static Duration retryAfter(String value, Instant now) {
    String v = value.strip();
    if (v.matches("\\d{1,9}")) {
      return Duration.ofSeconds(Long.parseLong(v));
    }
    try {
      Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      return at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private FetchResponse gated(Site site, FetchRequest request) throws FetchException {
    site.lock.lock();
    try {
      long gap = site.delay.toNanos();
      if (site.lastRequestNanos != Long.MIN_VALUE) {
        long wait = site.lastRequestNanos + gap - System.nanoTime();
        if (wait > 0) {
          sleep(Duration.ofNanos(wait));
        }
      }
      Timer.Sample sample = Timer.start(registry);
      try {
        FetchResponse r = http.fetch(request, allowHost);
        sample.stop(
            Timer.builder("echowatch.ingest.fetch.latency")
                .description("time of one HTTP request")
                .tag("site", site.root.getHost() + site.root.getPath())
                .tag("status", String.valueOf(r.status()))
                .register(registry));
        return r;
      } finally {
        site.lastRequestNanos = System.nanoTime();
      }
    } finally {
      site.lock.unlock();
    }
  }

  private Site siteOf(URI uri) {
    String h = host(uri);
    String path = uri.getRawPath() == null ? "/" : uri.getRawPath();
    for (Site s : sites) {
      if (host(s.root).equals(h) && path.startsWith(s.root.getRawPath())) {
        return s;
      }
    }
    return hostSites.get(h);
  }

  private static String relativePath(Site site, URI uri) {
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    String rootPath = site.root.getRawPath();
    String rel = path.startsWith(rootPath) ? "/" + path.substring(rootPath.length()) : path;
    return uri.getRawQuery() == null ? rel : rel + "?" + uri.getRawQuery();
  }

  private static String host(URI u) {
    String h = u.getHost() == null ? "" : u.getHost().toLowerCase(Locale.ROOT);
    return u.getPort() < 0 ? h : h + ":" + u.getPort();
  }

  private static void sleep(Duration d) throws FetchException {
    try {
      TimeUnit.NANOSECONDS.sleep(d.toNanos());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException(FetchException.Kind.IO, null, 0, "interrupted while waiting", e);
    }
  }
}
