package org.echowatch.ingest.fetch;

/** Plain HTTP: one GET, no politeness, no retries; any status comes back as a response. */
public interface PageFetcher {

  /**
   * @throws FetchException for timeouts, I/O failures, oversize bodies and redirects to hosts
   *     {@code allowHost} refuses
   */
  FetchResponse fetch(FetchRequest request, java.util.function.Predicate<java.net.URI> allowHost)
      throws FetchException;
}
