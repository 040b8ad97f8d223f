package org.echowatch.app.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class EmbeddedBrokersTest {

  @Test
  void shouldFallBackToAFreePortWhenTheDefaultIsTaken() throws Exception {
    try (var taken = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
      int chosen = EmbeddedBrokers.choosePort(taken.getLocalPort(), false);

      assertThat(chosen).isNotEqualTo(taken.getLocalPort()).isPositive();
    }
  }

  @Test
  void shouldNameTheVariableWhenAConfiguredPortIsTaken() throws Exception {
    try (var taken = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
      assertThatThrownBy(() -> EmbeddedBrokers.choosePort(taken.getLocalPort(), true))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("ECHOWATCH_EMBEDDED_KAFKA_PORT")
          .hasMessageContaining(Integer.toString(taken.getLocalPort()));
    }
  }

  @Test
  void shouldKeepTheWantedPortWhenItIsFree() throws Exception {
    int free;
    try (var probe = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
      free = probe.getLocalPort();
    }

    assertThat(EmbeddedBrokers.choosePort(free, true)).isEqualTo(free);
  }
}
