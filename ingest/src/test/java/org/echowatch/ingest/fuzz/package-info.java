/**
 * Seeded bad-input tests of ingest's edges: mutated RSS and Atom feeds, Xinhua datasource JSON,
 * list pages and article HTML go into the same parsers and extractor the running stage uses. Every
 * case must end in a result or in the stage's documented rejection ({@code FeedFormatException},
 * {@code ExtractionException}, {@code IllegalArgumentException}), which the service counts and
 * routes to {@code ingest.errors.v1}; anything else would escape the per-record handling. Seeds are
 * fixed; {@code -Dechowatch.fuzz.cases=N} raises the number of cases.
 */
package org.echowatch.ingest.fuzz;
