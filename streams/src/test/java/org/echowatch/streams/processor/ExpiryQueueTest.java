package org.echowatch.streams.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExpiryQueueTest {

  @TempDir Path stateDir;
  private KeyValueStore<String, String> store;

  @BeforeEach
  void openRocksDbStore() {
    Properties config = new Properties();
    config.put(StreamsConfig.APPLICATION_ID_CONFIG, "expiry-queue-test");
    config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    var context =
        new MockProcessorContext<String, String>(config, new TaskId(0, 0), stateDir.toFile());
    store =
        Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore("expiry"), Serdes.String(), Serdes.String())
            .withLoggingDisabled()
            .build();
    store.init(context.getStateStoreContext(), store);
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  @Test
  void shouldTakeOnlyTheIdsBeforeTheCutoffEarliestFirstAndDeleteThem() {
    var queue = new ExpiryQueue(store);
    queue.add(300, "c");
    queue.add(100, "a");
    queue.add(200, "b");
    queue.add(100, "a2");

    assertThat(queue.takeBefore(250)).containsExactly("a", "a2", "b");
    assertThat(store.approximateNumEntries()).isLessThanOrEqualTo(1);
    assertThat(store.get(ExpiryQueue.key(300, "c"))).isEqualTo("c");
    assertThat(store.get(ExpiryQueue.key(100, "a"))).isNull();
    assertThat(queue.takeBefore(250)).isEmpty();
    assertThat(queue.takeBefore(301)).containsExactly("c");
  }

  @Test
  void shouldStillTakeAnEntryQueuedBehindAnEarlierScan() {
    var queue = new ExpiryQueue(store);
    queue.add(500, "late-scan");
    assertThat(queue.takeBefore(1_000)).containsExactly("late-scan");

    queue.add(400, "behind");
    queue.add(1_500, "ahead");

    assertThat(queue.takeBefore(2_000)).containsExactly("behind", "ahead");
  }

  @Test
  void shouldTakeWhatAnEarlierQueueLeftInTheStoreAfterARestart() {
    var before = new ExpiryQueue(store);
    for (int i = 0; i < 100; i++) {
      before.add(i * 10L, "s" + i);
    }
    assertThat(before.takeBefore(500)).hasSize(50);

    var restarted = new ExpiryQueue(store);

    assertThat(restarted.takeBefore(700)).hasSize(20).first().isEqualTo("s50");
    assertThat(restarted.takeBefore(10_000)).hasSize(30).last().isEqualTo("s99");
  }

  @Test
  void shouldPadTheTimeToThirteenDigitsAsTheFormatDid() {
    Random random = new Random(13);
    List<Long> times = new ArrayList<>(List.of(0L, 1L, 9_999_999_999_999L, 1_764_288_000_000L));
    for (int i = 0; i < 1_000; i++) {
      times.add((long) (random.nextDouble() * Math.pow(10, random.nextInt(14))));
    }
    for (long t : times) {
      assertThat(ExpiryQueue.key(t, "belta-en:7"))
          .isEqualTo(String.format("%013d|%s", t, "belta-en:7"));
    }
    assertThat(ExpiryQueue.key(1_764_288_000_000L, "x")).isEqualTo("1764288000000|x");
    assertThat(ExpiryQueue.key(42, "")).isEqualTo("0000000000042|");
  }

  @Test
  void shouldSortKeysByTime() {
    assertThat(ExpiryQueue.key(99, "z"))
        .isLessThan(ExpiryQueue.key(100, "a"))
        .isLessThan(ExpiryQueue.key(1_764_288_000_000L, ""));
  }
}
