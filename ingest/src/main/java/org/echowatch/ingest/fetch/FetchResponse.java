package org.echowatch.ingest.fetch;

import java.time.Instant;

/**
 * A response as received.
 *
 * @param url the URL that answered (after allowed redirects)
 * @param status HTTP status
 * @param contentType the {@code Content-Type} header, or null
 * @param body the raw bytes, at most the configured maximum
 * @param etag the {@code ETag} header, or null
 * @param lastModified the {@code Last-Modified} header, or null
 * @param retryAfter the {@code Retry-After} header, or null
 * @param location the {@code Location} header, or null
 * @param fetchedAt when the response arrived
 * @param latencyMs how long the request took
 */
public record FetchResponse(
    String url,
    int status,
    String contentType,
    byte[] body,
    String etag,
    String lastModified,
    String retryAfter,
    String location,
    Instant fetchedAt,
    long latencyMs) {

  public FetchResponse {
    body = body == null ? new byte[0] : body;
  }

  /** The body decoded with the charset of the header, else of the page's meta, else UTF-8. */
  public String text() {
    return Charsets.decode(body, contentType);
  }

  /** Whether the server said the resource did not change since the validators sent. */
  public boolean notModified() {
    return status == 304;
  }
}
