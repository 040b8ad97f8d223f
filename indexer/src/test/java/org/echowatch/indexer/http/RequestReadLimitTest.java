package org.echowatch.indexer.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestReadLimitTest {

  @Test
  void shouldSetTheDefaultOnlyWhenTheOperatorSetNothing() {
    assertThat(RequestReadLimit.chosen(null)).isEqualTo("30");
    assertThat(RequestReadLimit.chosen(" ")).isEqualTo("30");
    assertThat(RequestReadLimit.chosen("5")).isEqualTo("5");
  }
}
