/**
 * The indexer stage: {@link org.echowatch.indexer.IndexerService} consumes {@code
 * narrative.matches.v1}, {@code narrative.alerts.v1} and {@code feed.health.v1} into a Lucene index
 * under the data dir and serves the watch floor (JSON API, live event stream, page) over HTTP.
 * Settings come from {@link org.echowatch.indexer.IndexerSettings#fromEnv}. Subpackages: {@code
 * index} (Lucene), {@code consume} (Kafka), {@code watch} (saved searches, triage, live events),
 * {@code auth} (users, sessions), {@code http} (handlers).
 */
package org.echowatch.indexer;
