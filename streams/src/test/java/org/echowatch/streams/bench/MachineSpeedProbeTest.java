package org.echowatch.streams.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class MachineSpeedProbeTest {

  @Test
  void theChainVisitsEveryIndexOnceBeforeItCloses() {
    int n = 10_007;
    int[] chain = MachineSpeedProbe.randomCycle(n, 5L);
    boolean[] seen = new boolean[n];
    int at = 0;
    for (int step = 0; step < n; step++) {
      assertFalse(seen[at], "index " + at + " visited twice, after " + step + " steps");
      seen[at] = true;
      at = chain[at];
    }
    assertEquals(0, at, "the chain closes where it started");
  }

  @Test
  void followingTheChainEndsWhereTheStepsLead() {
    int[] chain = MachineSpeedProbe.randomCycle(64, 9L);
    int at = 0;
    for (int i = 0; i < 100; i++) {
      at = chain[at];
    }
    assertEquals(at, MachineSpeedProbe.follow(chain, 100));
  }
}
