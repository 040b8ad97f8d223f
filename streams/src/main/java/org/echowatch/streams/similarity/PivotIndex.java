package org.echowatch.streams.similarity;

import java.util.List;

/**
 * An inverted index from pivot keys to the stories that have them, with a count per key. The
 * topology backs it with a state store; benchmarks and tests with plain maps.
 */
public interface PivotIndex {

  /**
   * One story under a pivot.
   *
   * @param id story id
   * @param publishedAtMs publication time, epoch milliseconds
   * @param source the story's agency
   */
  record Posting(String id, long publishedAtMs, String source) {}

  /** Up to {@code limit} postings of {@code pivot}, in id order. */
  List<Posting> postings(String pivot, int limit);

  /**
   * How many stories are filed under {@code pivot}, without reading them: a key shared by too many
   * stories is skipped before its postings are scanned.
   */
  int count(String pivot);

  /** Files a story under a pivot. */
  void add(String pivot, Posting posting);

  /** Removes a story from a pivot. */
  void remove(String pivot, String id);
}
