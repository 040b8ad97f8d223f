package org.echowatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IngestSettingsTest {

  @Test
  void shouldUseDefaultsWhenNothingIsSet() {
    IngestSettings s = IngestSettings.fromEnv(Map.of());

    assertThat(s.kafkaBootstrap()).isNull();
    assertThat(s.dataDir()).isEqualTo(Path.of("./data"));
    assertThat(s.pollInterval()).isEqualTo(Duration.ofMinutes(5));
    assertThat(s.perHostDelay()).isEqualTo(Duration.ofSeconds(2));
    assertThat(s.userAgent()).contains("echowatch").contains("https://");
    assertThat(s.sourcesFile()).isNull();
    assertThat(s.warcDir()).isEqualTo(Path.of("./data/warc"));
  }

  @Test
  void shouldReadShorthandAndIsoDurationsWhenSet() {
    IngestSettings s =
        IngestSettings.fromEnv(
            Map.of(
                "ECHOWATCH_POLL_INTERVAL", "30s",
                "ECHOWATCH_PER_HOST_DELAY", "PT3S",
                "ECHOWATCH_FETCH_TIMEOUT", "500ms",
                "ECHOWATCH_KAFKA_BOOTSTRAP", "k:9092",
                "ECHOWATCH_SOURCES_FILE", "/etc/echowatch/sources.yaml"));

    assertThat(s.pollInterval()).isEqualTo(Duration.ofSeconds(30));
    assertThat(s.perHostDelay()).isEqualTo(Duration.ofSeconds(3));
    assertThat(s.fetchTimeout()).isEqualTo(Duration.ofMillis(500));
    assertThat(s.kafkaBootstrap()).isEqualTo("k:9092");
    assertThat(s.sourcesFile()).isEqualTo(Path.of("/etc/echowatch/sources.yaml"));
  }

  @Test
  void shouldNameVariableWhenValueIsBad() {
    assertThatThrownBy(() -> IngestSettings.fromEnv(Map.of("ECHOWATCH_POLL_INTERVAL", "often")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ECHOWATCH_POLL_INTERVAL");
    assertThatThrownBy(() -> IngestSettings.fromEnv(Map.of("ECHOWATCH_MAX_BODY_BYTES", "lots")))
        .hasMessageContaining("ECHOWATCH_MAX_BODY_BYTES");
    assertThatThrownBy(() -> IngestSettings.fromEnv(Map.of("ECHOWATCH_PER_HOST_DELAY", "-PT1S")))
        .hasMessageContaining("ECHOWATCH_PER_HOST_DELAY");
    assertThatThrownBy(() -> IngestSettings.fromEnv(Map.of("ECHOWATCH_USER_AGENT", "Mozilla/5.0")))
        .hasMessageContaining("ECHOWATCH_USER_AGENT");
  }
}
