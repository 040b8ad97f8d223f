package org.echowatch.app.ops;

import java.nio.file.Files;
import java.nio.file.Path;

/** Files of the repository that tests read (docker/, compose files), found from the module. */
final class ProjectFiles {

  private ProjectFiles() {}

  /** The repository root: the nearest folder upwards holding {@code docker-compose.yml}. */
  static Path root() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("docker-compose.yml"))) {
        return dir;
      }
    }
    throw new IllegalStateException("no docker-compose.yml above " + Path.of("").toAbsolutePath());
  }
}
