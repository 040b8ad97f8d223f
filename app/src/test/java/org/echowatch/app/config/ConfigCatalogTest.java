package org.echowatch.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ConfigCatalogTest {

  @Test
  void shouldListEveryVariableOnceWithAFlagWhenRenderedAsTable() {
    String table = ConfigCatalog.markdownTable();

    assertThat(ConfigCatalog.all()).hasSizeGreaterThan(30);
    for (Variable v : ConfigCatalog.all()) {
      assertThat(table).containsOnlyOnce("| `" + v.name() + "` |");
      assertThat(v.meaning()).isNotBlank();
    }
    assertThat(table).contains("| `ECHOWATCH_KAFKA_BOOTSTRAP` | `--kafka-bootstrap` | (unset) |");
  }

  @Test
  void shouldNameTheLineWhenACatalogueRowIsMalformed() {
    var in =
        new BufferedReader(
            new StringReader("# c\nECHOWATCH_A\t1\tapp\tok\nECHOWATCH_B\tonly two\n"));

    assertThatThrownBy(() -> ConfigCatalog.parse(in)).hasMessageContaining("line 3");
  }
}
