package org.echowatch.app.runtime;

import java.util.EnumSet;
import java.util.Set;

/**
 * The pipeline stages a process can run, in start order (the indexer is ready before data flows).
 */
public enum Stage {
  INDEXER,
  STREAMS,
  INGEST;

  /** All three stages: {@code echowatch run}. */
  public static Set<Stage> all() {
    return EnumSet.allOf(Stage.class);
  }
}
