package org.echowatch.ingest.fetch;

/**
 * One GET, conditional when the validators of an earlier response are known.
 *
 * @param url absolute URL
 * @param etag {@code ETag} of the last response, sent as {@code If-None-Match}; null for none
 * @param lastModified {@code Last-Modified} of the last response, sent as {@code
 *     If-Modified-Since}; null for none
 */
public record FetchRequest(String url, String etag, String lastModified) {

  /** An unconditional GET. */
  public static FetchRequest get(String url) {
    return new FetchRequest(url, null, null);
  }
}
