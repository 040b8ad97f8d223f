package org.echowatch.streams.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class NoKafkaInSimilarityTest {

  private static final Path SOURCES = Path.of("src/main/java/org/echowatch/streams/similarity");

  @Test
  void shouldImportNothingFromKafkaWhenSimilarityPackageIsScanned() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(SOURCES)) {
      files = s.filter(p -> p.toString().endsWith(".java")).toList();
    }
    assertThat(files).hasSizeGreaterThan(10);
    for (Path f : files) {
      assertThat(Files.readString(f)).as(f.toString()).doesNotContain("org.apache.kafka");
    }
  }
}
