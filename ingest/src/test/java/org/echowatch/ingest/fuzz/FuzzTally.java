package org.echowatch.ingest.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Counts how each fuzz case ended: accepted (a result), rejected (a documented exception the stage
 * counts and routes) or escaped (any other throwable: a bug). Keeps the first escapes with the case
 * number so a failure can be replayed.
 */
final class FuzzTally {

  /** Cases per target when {@code echowatch.fuzz.cases} is not set. */
  static final int DEFAULT_CASES = 1000;

  private final Set<Class<? extends Throwable>> documented;
  private final List<String> escapes = new ArrayList<>();
  private int accepted;
  private int rejected;
  private int escaped;

  FuzzTally(Set<Class<? extends Throwable>> documented) {
    this.documented = documented;
  }

  /** The number of cases: {@code -Dechowatch.fuzz.cases=N} or {@code defaultCases}. */
  static int cases(int defaultCases) {
    return Integer.getInteger("echowatch.fuzz.cases", defaultCases);
  }

  /** Runs one case and records how it ended. */
  void run(String label, Runnable target) {
    try {
      target.run();
      accepted++;
    } catch (Throwable t) {
      if (documented.stream().anyMatch(c -> c.isInstance(t))) {
        rejected++;
        return;
      }
      escaped++;
      if (escapes.size() < 10) {
        escapes.add(label + ": " + t.getClass().getName() + ": " + firstLine(t.getMessage()));
      }
    }
  }

  int accepted() {
    return accepted;
  }

  int rejected() {
    return rejected;
  }

  int escaped() {
    return escaped;
  }

  /** The first escapes, one line each, for the assertion message. */
  List<String> escapes() {
    return List.copyOf(escapes);
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int nl = message.indexOf('\n');
    String line = nl < 0 ? message : message.substring(0, nl);
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
  }

  @Override
  public String toString() {
    return accepted + " accepted, " + rejected + " rejected, " + escaped + " escaped";
  }
}
