/**
 * Pure text similarity behind echowatch's detection tiers: normalisation, shingles, MinHash and LSH
 * bands, weighted term vectors, cross-language pivots (numbers, dates, transliterated names,
 * dictionary concepts), the pair scorer and the evidence aligner.
 *
 * <p>This package must not import anything from Kafka (a unit test enforces it): the topology
 * adapts its state stores to the small interfaces here, and the {@code score} command, the quality
 * reports and the benchmarks use the same code without a broker.
 */
package org.echowatch.streams.similarity;
