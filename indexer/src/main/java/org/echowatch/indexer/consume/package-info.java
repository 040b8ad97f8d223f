/**
 * Kafka to index: the consumer of {@code narrative.matches.v1}, {@code narrative.alerts.v1} and
 * {@code feed.health.v1}. Offsets are stored in the index commit and committed to Kafka only after
 * it, so the index and its position always agree and an empty index replays from the start.
 * Unreadable records go to {@code indexer.errors.v1}.
 */
package org.echowatch.indexer.consume;
