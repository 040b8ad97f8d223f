/**
 * The {@code echowatch} command: wires the stages (ingest, streams, indexer) and the broker into
 * one process or runs one of them, and offers the file commands of the evaluation contract ({@code
 * replay}, {@code extract}, {@code score}). It holds no business logic: detection, extraction and
 * indexing live in their stage modules.
 */
package org.echowatch.app;
