package org.echowatch.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FlagOverridesTest {

  @Test
  void shouldMapFlagsToVariablesWhenGivenInAllThreeForms() {
    Map<String, String> parsed =
        FlagOverrides.parse(
            List.of(
                "--kafka-bootstrap=k:9092", "--http-port", "9090", "--demo", "--data-dir", "/x"));

    assertThat(parsed)
        .containsExactly(
            Map.entry("ECHOWATCH_KAFKA_BOOTSTRAP", "k:9092"),
            Map.entry("ECHOWATCH_HTTP_PORT", "9090"),
            Map.entry("ECHOWATCH_DEMO", "true"),
            Map.entry("ECHOWATCH_DATA_DIR", "/x"));
  }

  @Test
  void shouldLetFlagWinWhenVariableAlsoSet() {
    var env = Map.of("ECHOWATCH_HTTP_PORT", "8080", "ECHOWATCH_DATA_DIR", "/env", "PATH", "/bin");

    var merged = FlagOverrides.merge(env, FlagOverrides.parse(List.of("--http-port=9999")));

    assertThat(merged)
        .containsEntry("ECHOWATCH_HTTP_PORT", "9999")
        .containsEntry("ECHOWATCH_DATA_DIR", "/env")
        .containsEntry("PATH", "/bin");
  }

  @Test
  void shouldNameTheFlagWhenNoVariableMatches() {
    assertThatThrownBy(() -> FlagOverrides.parse(List.of("--kafka-bootsrap=x:1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--kafka-bootsrap")
        .hasMessageContaining("ECHOWATCH_KAFKA_BOOTSRAP");
  }

  @Test
  void shouldRejectPositionalArgumentWhenNoFlagPrecedesIt() {
    assertThatThrownBy(() -> FlagOverrides.parse(List.of("stray")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'stray'");
  }

  @Test
  void shouldRoundTripEveryCatalogVariableWhenTurnedIntoFlagAndBack() {
    for (Variable v : ConfigCatalog.all()) {
      assertThat(FlagNames.variableOf(v.flag())).isEqualTo(v.name());
    }
  }

  @Test
  void shouldReportUnknownEchowatchVariablesOnlyWhenNothingReadsThem() {
    var env = Map.of("ECHOWATCH_HTTP_PORT", "1", "ECHOWATCH_HTTP_PROT", "2", "HOME", "/root");

    assertThat(ConfigCatalog.unknownIn(env)).containsExactly("ECHOWATCH_HTTP_PROT");
  }
}
