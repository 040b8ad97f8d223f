package org.echowatch.streams.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LongMapTest {

  @Test
  void shouldAgreeWithHashMapOnRandomKeys() {
    Random random = new Random(7);
    LongMap<String> map = new LongMap<>();
    Map<Long, String> expected = new HashMap<>();
    for (int i = 0; i < 20_000; i++) {
      // a small key range gives many replaced keys, a wide one many probes past other keys
      long key = i % 2 == 0 ? random.nextInt(3_000) : random.nextLong();
      String value = "v" + i;
      map.put(key, value);
      expected.put(key, value);
    }
    assertThat(map.size()).isEqualTo(expected.size());
    expected.forEach((key, value) -> assertThat(map.get(key)).isEqualTo(value));
    for (int i = 0; i < 20_000; i++) {
      long key = random.nextLong();
      assertThat(map.get(key)).isEqualTo(expected.get(key));
    }
  }

  @Test
  void shouldTellKeysThatCollideInTheTableApart() {
    LongMap<String> map = new LongMap<>();
    for (long k = 0; k < 1_000; k++) {
      map.put(k << 20, "at " + k);
    }
    assertThat(map.get(0L)).isEqualTo("at 0");
    assertThat(map.get(999L << 20)).isEqualTo("at 999");
    assertThat(map.get(1L)).isNull();
    assertThat(map.size()).isEqualTo(1_000);
  }

  @Test
  void shouldMakeAValueOnlyWhenTheKeyIsNew() {
    LongMap<StringBuilder> map = new LongMap<>();
    map.computeIfAbsent(-5L, StringBuilder::new).append("a");
    map.computeIfAbsent(-5L, StringBuilder::new).append("b");
    assertThat(map.get(-5L)).hasToString("ab");
    assertThat(map.size()).isEqualTo(1);
  }

  @Test
  void shouldRefuseNullValues() {
    assertThatThrownBy(() -> new LongMap<String>().put(1L, null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
