package org.echowatch.ingest.fetch;

/** A fetch that produced no usable response; {@link #kind()} says why. */
public final class FetchException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Why a fetch failed. */
  public enum Kind {
    /** The URL or a redirect target is on a host the catalog does not allow. */
    OFF_HOST,
    /** robots.txt disallows the URL (or is temporarily unreachable with a 5xx). */
    ROBOTS,
    /** The site's circuit breaker is open after repeated failures. */
    CIRCUIT_OPEN,
    /** An HTTP status that is not a success, after retries where retrying makes sense. */
    HTTP_STATUS,
    /** The body is larger than the configured maximum. */
    TOO_LARGE,
    /** Connect or read took longer than the configured timeout. */
    TIMEOUT,
    /** Any other I/O failure (connection refused, reset, TLS). */
    IO,
    /** Too many redirects. */
    REDIRECTS
  }

  private final Kind kind;
  private final int status;
  private final String url;
  private final String retryAfter;

  public FetchException(Kind kind, String url, int status, String message, Throwable cause) {
    this(kind, url, status, message, cause, null);
  }

  /** A failure whose response carried a {@code Retry-After} header. */
  public FetchException(
      Kind kind, String url, int status, String message, Throwable cause, String retryAfter) {
    super(message, cause);
    this.kind = kind;
    this.url = url;
    this.status = status;
    this.retryAfter = retryAfter;
  }

  public FetchException(Kind kind, String url, String message) {
    this(kind, url, 0, message, null);
  }

  public Kind kind() {
    return kind;
  }

  /** HTTP status, 0 when none was received. */
  public int status() {
    return status;
  }

  public String url() {
    return url;
  }

  /** The {@code Retry-After} header of the failed response, or null. */
  public String retryAfter() {
    return retryAfter;
  }

  /** Whether trying again later may succeed (timeouts, I/O, 429, 5xx, open circuits). */
  public boolean retriable() {
    return switch (kind) {
      case TIMEOUT, IO, CIRCUIT_OPEN -> true;
      case ROBOTS -> status >= 500;
      case HTTP_STATUS -> status == 429 || status >= 500;
      default -> false;
    };
  }
}
