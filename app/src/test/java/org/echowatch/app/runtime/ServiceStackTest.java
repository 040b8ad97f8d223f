package org.echowatch.app.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceStackTest {

  private final List<String> events = new ArrayList<>();

  private AutoCloseable service(String name) {
    events.add("start " + name);
    return () -> events.add("stop " + name);
  }

  @Test
  void shouldStopInReverseOrderWhenClosed() {
    try (var stack = new ServiceStack()) {
      stack.start("broker", () -> service("broker"));
      stack.start("indexer", () -> service("indexer"));
      stack.start("streams", () -> service("streams"));
      stack.start("ingest", () -> service("ingest"));
      assertThat(stack.names()).containsExactly("broker", "indexer", "streams", "ingest");
    }

    assertThat(events)
        .containsExactly(
            "start broker",
            "start indexer",
            "start streams",
            "start ingest",
            "stop ingest",
            "stop streams",
            "stop indexer",
            "stop broker");
  }

  @Test
  void shouldStopWhatStartedWhenALaterStartFails() {
    var stack = new ServiceStack();
    stack.start("broker", () -> service("broker"));

    assertThatThrownBy(
            () ->
                stack.start(
                    "streams",
                    () -> {
                      throw new IllegalArgumentException("ECHOWATCH_DETECTION_WINDOW bad");
                    }))
        .hasMessageContaining("ECHOWATCH_DETECTION_WINDOW");
    assertThat(events).containsExactly("start broker", "stop broker");
  }

  @Test
  void shouldGoOnClosingWhenOneServiceFailsToClose() {
    var stack = new ServiceStack();
    stack.start("broker", () -> service("broker"));
    stack.start(
        "bad",
        () ->
            (AutoCloseable)
                () -> {
                  throw new IllegalStateException("boom");
                });

    stack.close();
    stack.close();

    assertThat(events).containsExactly("start broker", "stop broker");
  }
}
