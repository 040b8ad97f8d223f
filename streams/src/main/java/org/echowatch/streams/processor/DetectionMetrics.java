package org.echowatch.streams.processor;

import org.echowatch.common.MatchType;

/** What the processors count; the service backs it with Micrometer, tests with nothing. */
public interface DetectionMetrics {

  /** Counts nothing. */
  DetectionMetrics NONE = new DetectionMetrics() {};

  /** One story was read and indexed. */
  default void article() {}

  /** One pair was flagged. */
  default void match(MatchType type) {}

  /** An alert was created or updated. */
  default void alert(String severity) {}

  /** A record failed at {@code stage}. */
  default void error(String stage) {}
}
