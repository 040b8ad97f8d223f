package org.echowatch.app.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Heap in use and resident set size of this JVM, in MiB. */
final class ProcessStats {

  private static final Path STATUS = Path.of("/proc/self/status");

  private ProcessStats() {}

  static long heapUsedMib() {
    Runtime rt = Runtime.getRuntime();
    return (rt.totalMemory() - rt.freeMemory()) >> 20;
  }

  /** VmRSS from {@code /proc/self/status}; -1 where there is no such file. */
  static long rssMib() {
    try {
      for (String line : Files.readAllLines(STATUS)) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("\\D", "")) >> 10;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }
}
