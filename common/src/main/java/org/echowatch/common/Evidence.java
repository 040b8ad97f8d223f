package org.echowatch.common;

/**
 * One aligned passage pair behind a match, shown side by side on the watch floor.
 *
 * @param originSpan the passage (usually one sentence) of the earlier story
 * @param echoSpan the passage of the later story that repeats it
 * @param score how strongly the two passages align, in [0,1]
 */
public record Evidence(String originSpan, String echoSpan, double score) {}
