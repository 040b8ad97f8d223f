/**
 * The topology's processors and their state stores: parsing {@code articles.v1} values, candidate
 * generation and scoring over a window-bounded pivot index, and narrative clustering with alerts.
 * Each processor adapts Kafka state stores to the pure code of {@code similarity} and {@code
 * narrative}; decisions depend only on the records and their publishedAt, never on the wall clock.
 */
package org.echowatch.streams.processor;
