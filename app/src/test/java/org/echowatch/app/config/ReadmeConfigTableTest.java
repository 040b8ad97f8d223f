package org.echowatch.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's configuration table is the catalogue the code reads, not a copy that drifts. */
class ReadmeConfigTableTest {

  private static final String START = "<!-- config-table:start -->\n";
  private static final String END = "<!-- config-table:end -->";

  @Test
  void shouldListExactlyTheCatalogueInTheReadme() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf(START);
    int end = readme.indexOf(END);
    assertThat(start).as("README.md has the config-table markers").isNotNegative();
    assertThat(end).isGreaterThan(start);

    String table = readme.substring(start + START.length(), end);

    assertThat(table)
        .as("README table; regenerate with ConfigCatalog's main")
        .isEqualTo(ConfigCatalog.markdownTable());
  }
}
