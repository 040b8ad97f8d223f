package org.echowatch.streams.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HashingTest {

  @Test
  void shouldHashAPrefixAndAStringAsTheirJoin() {
    for (String prefix : new String[] {"", "c:", "k:", "t:en:"}) {
      for (String s : new String[] {"", "minsk", "Минск", "北京", "\uD83D\uDE00"}) {
        assertThat(Hashing.fnv(prefix, s)).isEqualTo(Hashing.fnv(prefix + s));
      }
    }
    assertThat(Hashing.fnv("c:", "x")).isNotEqualTo(Hashing.fnv("k:", "x"));
  }

  @Test
  void shouldHashTheEmptyStringToTheOffsetBasis() {
    assertThat(Hashing.fnv("")).isEqualTo(0xcbf29ce484222325L);
    assertThat(Hashing.fnv("a")).isEqualTo(0xaf63dc4c8601ec8cL);
  }
}
