package org.echowatch.indexer.consume;

import java.util.List;
import org.echowatch.common.Alert;
import org.echowatch.indexer.index.Story;

/**
 * What one batch of records changed in the index, for the live stream and saved searches.
 *
 * @param records records applied
 * @param failures records that did not parse
 * @param stories stories written (new or updated)
 * @param newStories stories the index did not hold before this batch
 * @param alerts narratives written
 */
public record AppliedBatch(
    int records, int failures, int stories, List<Story> newStories, List<Alert> alerts) {}
