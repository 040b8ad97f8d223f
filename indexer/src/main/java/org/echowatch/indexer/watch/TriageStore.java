package org.echowatch.indexer.watch;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.echowatch.common.Json;
import org.echowatch.indexer.JsonFiles;

/** Triage decisions by narrative id, in {@code <data dir>/triage.json}. Thread-safe. */
public final class TriageStore {

  private static final int MAX_NOTE = 2000;
  private static final long MAX_SNOOZE_MINUTES = 30L * 24 * 60;

  private final Path file;
  private final Map<String, Triage> byNarrative = new TreeMap<>();

  private TriageStore(Path file) {
    this.file = file;
  }

  /** Loads the decisions under {@code dataDir}. */
  public static TriageStore open(Path dataDir) throws IOException {
    var store = new TriageStore(dataDir.resolve("triage.json"));
    if (Files.exists(store.file)) {
      store.byNarrative.putAll(
          Json.mapper()
              .readValue(store.file.toFile(), new TypeReference<Map<String, Triage>>() {}));
    }
    return store;
  }

  /** The decision on {@code narrativeId}, {@link Triage#NEW} when none. */
  public synchronized Triage get(String narrativeId) {
    return byNarrative.getOrDefault(narrativeId, Triage.NEW);
  }

  /**
   * Records a decision.
   *
   * @param snoozeMinutes minutes to keep the alert out of the list, or null
   * @throws IllegalArgumentException for an unknown state, a negative or too long snooze, a too
   *     long note
   */
  public synchronized Triage set(
      String narrativeId, String state, String by, String note, Long snoozeMinutes, Instant now)
      throws IOException {
    if (note != null && note.length() > MAX_NOTE) {
      throw new IllegalArgumentException("note must have at most " + MAX_NOTE + " characters");
    }
    if (snoozeMinutes != null && (snoozeMinutes < 0 || snoozeMinutes > MAX_SNOOZE_MINUTES)) {
      throw new IllegalArgumentException("snoozeMinutes must be in 0.." + MAX_SNOOZE_MINUTES);
    }
    Instant until =
        snoozeMinutes == null || snoozeMinutes == 0
            ? null
            : now.plus(Duration.ofMinutes(snoozeMinutes));
    var triage = new Triage(state, by, now, note, until);
    byNarrative.put(narrativeId, triage);
    JsonFiles.write(file, Json.write(byNarrative));
    return triage;
  }
}
