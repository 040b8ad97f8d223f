package org.echowatch.app.containers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.testcontainers.utility.DockerImageName;

/**
 * The project's own image. Before the first container starts, {@code scripts/build-images.sh}
 * brings it up to date with the jar just built; the script returns in seconds when nothing changed,
 * so a test never runs an image older than the code under test.
 */
final class LocalImage {

  /** Name and tag, as the build script and docker-compose.yml read them. */
  static final String NAME =
      System.getenv().getOrDefault("ECHOWATCH_IMAGE", "echowatch/echowatch:0.1.0");

  private static final long BUILD_TIMEOUT_MINUTES = 15;
  private static boolean built;

  private LocalImage() {}

  /** Builds the image when needed and answers its name. */
  static synchronized DockerImageName ensureBuilt() throws IOException, InterruptedException {
    if (!built) {
      build(projectRoot());
      built = true;
    }
    return DockerImageName.parse(NAME);
  }

  private static void build(Path root) throws IOException, InterruptedException {
    Path log = root.resolve("app/target/build-images.log");
    Files.createDirectories(log.getParent());
    Process process =
        new ProcessBuilder(List.of("bash", root.resolve("scripts/build-images.sh").toString()))
            .directory(root.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!process.waitFor(BUILD_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException(
          "scripts/build-images.sh did not finish in " + BUILD_TIMEOUT_MINUTES + " minutes");
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    if (process.exitValue() != 0) {
      throw new IllegalStateException(
          "scripts/build-images.sh failed (exit " + process.exitValue() + "):\n" + output);
    }
  }

  /** The repository root: the nearest folder upwards that holds the build script. */
  private static Path projectRoot() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("scripts/build-images.sh"))) {
        return dir;
      }
    }
    throw new IllegalStateException(
        "no scripts/build-images.sh above " + Path.of("").toAbsolutePath());
  }
}
