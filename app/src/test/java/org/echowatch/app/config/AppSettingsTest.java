package org.echowatch.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppSettingsTest {

  @Test
  void shouldUseDefaultsWhenNothingIsSet() {
    AppSettings s = AppSettings.fromEnv(Map.of());

    assertThat(s.kafkaBootstrap()).isEmpty();
    assertThat(s.embeddedKafkaPort()).isEqualTo(9092);
    assertThat(s.embeddedKafkaPortSet()).isFalse();
    assertThat(s.managementPort()).isEqualTo(9464);
    assertThat(s.managementBind()).isEqualTo("127.0.0.1");
    assertThat(s.dataDir()).isEqualTo(Path.of("./data"));
    assertThat(s.demo()).isFalse();
    assertThat(s.demoRelease()).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void shouldFollowHttpBindWhenManagementBindUnset() {
    AppSettings s = AppSettings.fromEnv(Map.of("ECHOWATCH_HTTP_BIND", "0.0.0.0"));

    assertThat(s.managementBind()).isEqualTo("0.0.0.0");
  }

  @Test
  void shouldReadShortAndIsoDurationsWhenGiven() {
    assertThat(AppSettings.fromEnv(Map.of("ECHOWATCH_DEMO_RELEASE", "5s")).demoRelease())
        .isEqualTo(Duration.ofSeconds(5));
    assertThat(AppSettings.fromEnv(Map.of("ECHOWATCH_DEMO_RELEASE", "PT1M")).demoRelease())
        .isEqualTo(Duration.ofMinutes(1));
    assertThat(AppSettings.fromEnv(Map.of("ECHOWATCH_DEMO_RELEASE", "250ms")).demoRelease())
        .isEqualTo(Duration.ofMillis(250));
  }

  @Test
  void shouldNameTheVariableWhenPortIsNotANumber() {
    assertThatThrownBy(() -> AppSettings.fromEnv(Map.of("ECHOWATCH_MANAGEMENT_PORT", "http")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ECHOWATCH_MANAGEMENT_PORT")
        .hasMessageContaining("'http'");
  }

  @Test
  void shouldNameTheVariableWhenPortIsOutOfRange() {
    assertThatThrownBy(() -> AppSettings.fromEnv(Map.of("ECHOWATCH_EMBEDDED_KAFKA_PORT", "70000")))
        .hasMessageContaining("ECHOWATCH_EMBEDDED_KAFKA_PORT")
        .hasMessageContaining("0..65535");
  }

  @Test
  void shouldNameTheVariableWhenBooleanIsUnclear() {
    assertThatThrownBy(() -> AppSettings.fromEnv(Map.of("ECHOWATCH_DEMO", "maybe")))
        .hasMessageContaining("ECHOWATCH_DEMO must be true or false");
  }

  @Test
  void shouldNameTheVariableWhenBootstrapHasNoPort() {
    assertThatThrownBy(() -> AppSettings.fromEnv(Map.of("ECHOWATCH_KAFKA_BOOTSTRAP", "kafka")))
        .hasMessageContaining("ECHOWATCH_KAFKA_BOOTSTRAP must be host:port");
  }

  @Test
  void shouldNameTheVariableWhenDurationIsNotPositive() {
    assertThatThrownBy(() -> AppSettings.fromEnv(Map.of("ECHOWATCH_DEMO_RELEASE", "0s")))
        .hasMessageContaining("ECHOWATCH_DEMO_RELEASE must be positive");
    assertThatThrownBy(() -> AppSettings.fromEnv(Map.of("ECHOWATCH_DEMO_RELEASE", "soon")))
        .hasMessageContaining("ECHOWATCH_DEMO_RELEASE must be a duration");
  }

  @Test
  void shouldRememberThePortWasChosenWhenSet() {
    AppSettings s = AppSettings.fromEnv(Map.of("ECHOWATCH_EMBEDDED_KAFKA_PORT", "19092"));

    assertThat(s.embeddedKafkaPort()).isEqualTo(19092);
    assertThat(s.embeddedKafkaPortSet()).isTrue();
  }
}
