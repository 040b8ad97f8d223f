package org.echowatch.app.ops;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one of the repository's image build scripts (they return in seconds when the image is up to
 * date), so a container test never runs an image older than the files it checks.
 */
final class ImageBuild {

  private static final long TIMEOUT_MINUTES = 15;

  private ImageBuild() {}

  /**
   * Runs {@code scripts/<script>} from the repository root; its output goes to {@code
   * target/<script>.log}.
   *
   * @throws IllegalStateException when the script fails or runs past the timeout
   */
  static void run(String script) throws IOException, InterruptedException {
    Path root = ProjectFiles.root();
    Path log = Path.of("target", script + ".log").toAbsolutePath();
    Files.createDirectories(log.getParent());
    Process process =
        new ProcessBuilder(List.of("bash", root.resolve("scripts").resolve(script).toString()))
            .directory(root.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException(script + " did not finish in " + TIMEOUT_MINUTES + " min");
    }
    if (process.exitValue() != 0) {
      throw new IllegalStateException(
          script
              + " failed (exit "
              + process.exitValue()
              + "):\n"
              + Files.readString(log, StandardCharsets.UTF_8));
    }
  }
}
