/**
 * Seeded bad-input tests of the streams stage: records of every wrong shape on {@code articles.v1}
 * go through the production topology in a {@code TopologyTestDriver}, between planted echo pairs.
 * Each bad record must come out once on {@code streams.errors.v1} and every planted pair must still
 * be flagged exactly once. {@code -Dechowatch.fuzz.cases=N} raises the number of bad records.
 */
package org.echowatch.streams.fuzz;
