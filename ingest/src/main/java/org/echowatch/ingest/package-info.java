/**
 * The ingest stage: reads {@code sources.yaml}, polls every edition's discovery endpoints, fetches
 * new article pages politely, extracts them with Jsoup and produces {@code articles.v1}, {@code
 * feed.health.v1} and {@code ingest.errors.v1}.
 *
 * <p>Entry points: {@link org.echowatch.ingest.IngestSettings}, {@link
 * org.echowatch.ingest.IngestService}, {@link org.echowatch.ingest.SourceCatalog} and {@link
 * org.echowatch.ingest.ArticleExtraction}. This package knows nothing of detection.
 */
package org.echowatch.ingest;
