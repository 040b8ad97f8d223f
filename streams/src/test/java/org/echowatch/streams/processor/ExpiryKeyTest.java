package org.echowatch.streams.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ExpiryKeyTest {

  @Test
  void shouldPadTheTimeToThirteenDigitsAsTheFormatDid() {
    Random random = new Random(13);
    List<Long> times = new ArrayList<>(List.of(0L, 1L, 9_999_999_999_999L, 1_764_288_000_000L));
    for (int i = 0; i < 1_000; i++) {
      times.add((long) (random.nextDouble() * Math.pow(10, random.nextInt(14))));
    }
    for (long t : times) {
      assertThat(DetectProcessor.expiryKey(t, "belta-en:7"))
          .isEqualTo(String.format("%013d|%s", t, "belta-en:7"));
    }
    assertThat(DetectProcessor.expiryKey(1_764_288_000_000L, "x")).isEqualTo("1764288000000|x");
    assertThat(DetectProcessor.expiryKey(42, "")).isEqualTo("0000000000042|");
  }

  @Test
  void shouldSortKeysByTime() {
    assertThat(DetectProcessor.expiryKey(99, "z"))
        .isLessThan(DetectProcessor.expiryKey(100, "a"))
        .isLessThan(DetectProcessor.expiryKey(1_764_288_000_000L, ""));
  }
}
