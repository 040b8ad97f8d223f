/**
 * Producing: {@link org.echowatch.ingest.publish.IngestPublisher} is the seam the service writes
 * through; {@link org.echowatch.ingest.publish.KafkaIngestPublisher} is the only Kafka producer
 * code (acks=all, idempotence on).
 */
package org.echowatch.ingest.publish;
