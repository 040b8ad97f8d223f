/**
 * Narratives: connected components of flagged pairs over time, with a stable id derived from the
 * earliest member, and the severity of the alert a narrative raises once it spans both agencies.
 * Pure values and functions; no Kafka.
 */
package org.echowatch.streams.narrative;
