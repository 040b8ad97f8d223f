package org.echowatch.indexer.index;

/**
 * How many flagged pairs had their echo on one UTC day, in one direction.
 *
 * @param day {@code YYYY-MM-DD}
 * @param direction {@code <origin source>-><echo source>}, e.g. {@code belta->xinhua}
 * @param count pairs
 */
public record EchoCount(String day, String direction, long count) {}
