package org.echowatch.indexer.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.echowatch.indexer.auth.Role;
import org.junit.jupiter.api.Test;

class RouterTest {

  private final Router router =
      new Router().add("GET", "/api/narratives/{id}", Role.VIEWER, r -> null);

  private String id(String rawPath) {
    return router.find("GET", rawPath).orElseThrow().params().get("id");
  }

  @Test
  void shouldDecodeAPathParameterOnceAndKeepAPlusSign() {
    assertThat(id("/api/narratives/nar-belta-en:7")).isEqualTo("nar-belta-en:7");
    assertThat(id("/api/narratives/a+b")).isEqualTo("a+b");
    assertThat(id("/api/narratives/a%2Bb%20c")).isEqualTo("a+b c");
    assertThat(id("/api/narratives/100%25")).isEqualTo("100%");
    assertThat(id("/api/narratives/%2525")).isEqualTo("%25");
    assertThat(id("/api/narratives/a%2Fb"))
        .as("an encoded slash stays in its segment")
        .isEqualTo("a/b");
    assertThat(id("/api/narratives/%D0%9C%D0%B8%D0%BD%D1%81%D0%BA")).isEqualTo("Минск");
  }

  @Test
  void shouldRefuseABrokenEscape() {
    assertThatThrownBy(() -> Router.decodeSegment("%zz"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Router.decodeSegment("abc%2"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
