/**
 * Pure extraction: an agency page (a Jsoup {@code Document}) in, an {@code Article} out. Selectors
 * come from {@code sources.yaml}; when they fail a generic main-text extractor takes over. Local
 * page times are read in the edition's own zone. No I/O, no Kafka, no HTTP here.
 */
package org.echowatch.ingest.article;
