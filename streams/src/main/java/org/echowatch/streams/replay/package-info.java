/**
 * The {@code replay} command's engine: the production topology run through Kafka's
 * TopologyTestDriver over a list of stories in publishedAt order, with the JSONL file format the
 * command reads and writes.
 */
package org.echowatch.streams.replay;
