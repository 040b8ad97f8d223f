package org.echowatch.indexer.consume;

import java.util.ArrayList;
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
    int records, int failures, int stories, List<Story> newStories, List<Alert> alerts) {

  /** This batch followed by {@code later}, as if both had come in one poll. */
  public AppliedBatch then(AppliedBatch later) {
    return new AppliedBatch(
        records + later.records,
        failures + later.failures,
        stories + later.stories,
        concat(newStories, later.newStories),
        concat(alerts, later.alerts));
  }

  private static <T> List<T> concat(List<T> first, List<T> second) {
    List<T> all = new ArrayList<>(first.size() + second.size());
    all.addAll(first);
    all.addAll(second);
    return all;
  }
}
