/**
 * Seeded bad-input tests of the indexer's edges: mutated match, alert and feed-health records go
 * through the same decode-and-upsert steps the consumer applies (which catch only {@code
 * IllegalArgumentException} per record), and hostile queries go into the search the HTTP API serves
 * (where {@code BadQueryException} and {@code IllegalArgumentException} become a 400). {@code
 * -Dechowatch.fuzz.cases=N} raises the number of cases.
 */
package org.echowatch.indexer.fuzz;
