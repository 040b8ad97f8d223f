package org.echowatch.ingest.fetch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Predicate;
import org.jsoup.Connection;
import org.jsoup.Jsoup;

/**
 * The only HTTP client code: one Jsoup session (User-Agent, timeout, body limit) and a new request
 * per fetch. Redirects are followed here, not by Jsoup, so that each target is checked against the
 * allowed hosts first.
 */
public final class JsoupPageFetcher implements PageFetcher {

  private static final int MAX_REDIRECTS = 5;

  private final Connection session;
  private final int maxBodyBytes;
  private final Clock clock;

  /**
   * @param userAgent the honest User-Agent sent with every request
   * @param timeout connect plus read time of one request
   * @param maxBodyBytes larger bodies are refused
   */
  public JsoupPageFetcher(String userAgent, Duration timeout, int maxBodyBytes, Clock clock) {
    this.maxBodyBytes = maxBodyBytes;
    this.clock = clock;
    this.session =
        Jsoup.newSession()
            .userAgent(userAgent)
            .timeout((int) Math.min(Integer.MAX_VALUE, timeout.toMillis()))
            // one byte over the limit tells an oversize body from one exactly at the limit
            .maxBodySize(maxBodyBytes + 1)
            .followRedirects(false)
            .ignoreHttpErrors(true)
            .ignoreContentType(true);
  }

  @Override
  public FetchResponse fetch(FetchRequest request, Predicate<URI> allowHost) throws FetchException {
    String url = request.url();
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      URI uri = toUri(url);
      if (!allowHost.test(uri)) {
        throw new FetchException(
            FetchException.Kind.OFF_HOST,
            url,
            hop == 0
                ? "host of " + url + " is not an allowed host"
                : "refused redirect from " + request.url() + " to off-host " + url);
      }
      FetchResponse response = once(url, request);
      if (response.status() / 100 == 3 && response.status() != 304 && response.location() != null) {
        url = uri.resolve(response.location().strip()).toString();
        continue;
      }
      return response;
    }
    throw new FetchException(
        FetchException.Kind.REDIRECTS, request.url(), "more than " + MAX_REDIRECTS + " redirects");
  }

  private FetchResponse once(String url, FetchRequest request) throws FetchException {
    Connection c = session.newRequest(url).method(Connection.Method.GET);
    if (request.etag() != null) {
      c.header("If-None-Match", request.etag());
    }
    if (request.lastModified() != null) {
      c.header("If-Modified-Since", request.lastModified());
    }
    long start = System.nanoTime();
    try {
      Connection.Response r = c.execute();
      String length = r.header("Content-Length");
      if (length != null
          && length.strip().matches("\\d{1,18}")
          && Long.parseLong(length.strip()) > maxBodyBytes) {
        throw tooLarge(url, Long.parseLong(length.strip()) + " bytes announced");
      }
      byte[] body = r.bodyAsBytes();
      if (body.length > maxBodyBytes) {
        throw tooLarge(url, "more than " + maxBodyBytes + " bytes received");
      }
      return new FetchResponse(
          url,
          r.statusCode(),
          r.contentType(),
          body,
          r.header("ETag"),
          r.header("Last-Modified"),
          r.header("Retry-After"),
          r.header("Location"),
          clock.instant(),
          (System.nanoTime() - start) / 1_000_000);
    } catch (IOException | UncheckedIOException e) {
      if (isTimeout(e)) {
        throw new FetchException(
            FetchException.Kind.TIMEOUT, url, 0, "timed out fetching " + url, e);
      }
      throw new FetchException(
          FetchException.Kind.IO, url, 0, "cannot fetch " + url + ": " + e.getMessage(), e);
    }
  }

  private static boolean isTimeout(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      // Jsoup runs on the JDK HttpClient when present, which has its own timeout exception
      if (t instanceof SocketTimeoutException || t instanceof HttpTimeoutException) {
        return true;
      }
    }
    return false;
  }

  private FetchException tooLarge(String url, String detail) {
    return new FetchException(
        FetchException.Kind.TOO_LARGE,
        url,
        0,
        "body of " + url + " exceeds " + maxBodyBytes + " bytes (" + detail + ")",
        null);
  }

  private static URI toUri(String url) throws FetchException {
    try {
      return URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new FetchException(FetchException.Kind.IO, url, 0, "not a URL: " + url, e);
    }
  }
}
