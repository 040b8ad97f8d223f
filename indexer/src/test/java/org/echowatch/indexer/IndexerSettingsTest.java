package org.echowatch.indexer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndexerSettingsTest {

  @Test
  void shouldUseDefaultsWhenTheEnvironmentIsEmpty() {
    IndexerSettings s = IndexerSettings.fromEnv(Map.of());
    assertThat(s.httpPort()).isEqualTo(8080);
    assertThat(s.httpBind()).isEqualTo("127.0.0.1");
    assertThat(s.adminPassword()).isNull();
    assertThat(s.groupId()).isEqualTo("echowatch-indexer-1");
    assertThat(s.indexDir()).isEqualTo(Path.of("data", "index"));
  }

  @Test
  void shouldNameTheVariableWhenAValueIsBad() {
    assertThatThrownBy(() -> IndexerSettings.fromEnv(Map.of("ECHOWATCH_HTTP_PORT", "http")))
        .hasMessageContaining("ECHOWATCH_HTTP_PORT");
    assertThatThrownBy(() -> IndexerSettings.fromEnv(Map.of("ECHOWATCH_HTTP_PORT", "70000")))
        .hasMessageContaining("ECHOWATCH_HTTP_PORT");
    assertThatThrownBy(() -> IndexerSettings.fromEnv(Map.of("ECHOWATCH_ADMIN_PASSWORD", "short")))
        .hasMessageContaining("ECHOWATCH_ADMIN_PASSWORD");
    assertThatThrownBy(() -> IndexerSettings.fromEnv(Map.of("ECHOWATCH_INDEXER_REPLICA", "a b")))
        .hasMessageContaining("ECHOWATCH_INDEXER_REPLICA");
  }

  @Test
  void shouldNeverPrintTheAdminPassword() {
    IndexerSettings s =
        IndexerSettings.fromEnv(
            Map.of(
                "ECHOWATCH_ADMIN_PASSWORD", "very-secret-pw", "ECHOWATCH_INDEXER_REPLICA", "eu-2"));
    assertThat(s.toString()).doesNotContain("very-secret-pw");
    assertThat(s.groupId()).isEqualTo("echowatch-indexer-eu-2");
  }
}
