/**
 * Fetching, the only HTTP code of echowatch: {@link org.echowatch.ingest.fetch.JsoupPageFetcher}
 * (one Jsoup session, a new request per fetch, no automatic redirects) under {@link
 * org.echowatch.ingest.fetch.PoliteFetcher}, which adds robots.txt (RFC 9309), one request at a
 * time per site with a delay, backoff on 429/503 honouring Retry-After, a circuit breaker per site
 * and the allowed-host check. Knows nothing of articles or Kafka.
 */
package org.echowatch.ingest.fetch;
