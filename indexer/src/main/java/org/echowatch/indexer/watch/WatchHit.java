package org.echowatch.indexer.watch;

import java.time.Instant;

/**
 * A new flagged story matched a saved search.
 *
 * @param savedSearchId the saved search
 * @param name its name
 * @param storyId the story
 * @param title the story's headline
 * @param at when the match was found
 */
public record WatchHit(
    String savedSearchId, String name, String storyId, String title, Instant at) {}
