package org.echowatch.ingest.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeenStoreTest {

  @Test
  void shouldRememberRevisionsAndTitlesWhenReopened(@TempDir Path dir) {
    Path file = dir.resolve("ingest/seen.tsv");
    try (SeenStore seen = new SeenStore(file)) {
      seen.add("belta-en:186877", 0, "belarus, china agree");
      seen.add("belta-en:186877", 1, "belarus, china agree");
      seen.add("belta-en:186877", 1, "belarus, china agree");
    }

    try (SeenStore reopened = new SeenStore(file)) {
      assertThat(reopened.contains("belta-en:186877", 0)).isTrue();
      assertThat(reopened.contains("belta-en:186877", 1)).isTrue();
      assertThat(reopened.contains("belta-en:186877", 2)).isFalse();
      assertThat(reopened.storyWithTitle("belarus, china agree")).contains("belta-en:186877");
      assertThat(reopened.size()).isEqualTo(2);
    }
  }

  @Test
  void shouldSkipTornLineWhenFileEndsMidRecord(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("seen.tsv");
    Files.writeString(
        file,
        "xinhua-en:20260301-ab\t0\tt\nxinhua-en:2026",
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE);

    try (SeenStore seen = new SeenStore(file)) {
      assertThat(seen.size()).isEqualTo(1);
      assertThat(seen.contains("xinhua-en:20260301-ab", 0)).isTrue();
    }
  }
}
