package org.echowatch.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Checks of the file arguments of the file commands. */
final class InputFiles {

  private InputFiles() {}

  /** Fails with a message naming the option when {@code file} cannot be read. */
  static void requireReadable(Path file, String option) {
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new IllegalArgumentException(option + " " + file + " is not a readable file");
    }
  }
}
