package org.echowatch.streams.processor;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.echowatch.streams.similarity.PivotIndex.Posting;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StorePivotIndexTest {

  private KeyValueStore<String, String> store;
  private StorePivotIndex index;

  @BeforeEach
  void openStore() {
    store =
        Stores.keyValueStoreBuilder(
                Stores.inMemoryKeyValueStore("pivots"), Serdes.String(), Serdes.String())
            .withLoggingDisabled()
            .build();
    store.init(new MockProcessorContext<>().getStateStoreContext(), store);
    index = new StorePivotIndex(store);
  }

  private static Posting posting(String id) {
    return new Posting(id, 1_000L, "belta");
  }

  @Test
  void shouldCountEveryStoryOnceWhenRemovedWhenAbsent() {
    index.add("v:n35", posting("a"));
    index.add("v:n35", posting("b"));
    index.add("v:n350", posting("c"));
    index.remove("v:n35", "zz");

    assertThat(index.count("v:n35")).isEqualTo(2);
    assertThat(index.count("v:n350")).isEqualTo(1);
    assertThat(index.postings("v:n35", 10)).extracting(Posting::id).containsExactly("a", "b");

    index.remove("v:n35", "a");
    index.remove("v:n35", "b");
    index.remove("v:n35", "b");
    assertThat(index.count("v:n35")).isZero();
    assertThat(new StorePivotIndex(store).count("v:n35")).as("as stored").isZero();
    assertThat(new StorePivotIndex(store).count("v:n350")).as("as stored").isEqualTo(1);
    assertThat(index.postings("v:n35", 10)).isEmpty();
    assertThat(index.postings("v:n350", 10)).extracting(Posting::id).containsExactly("c");
  }

  @Test
  void shouldWriteCountsOnceWhenTheStorePredatesThem() {
    // postings as an older version wrote them: no count entries, no marker
    for (String id : new String[] {"a", "b", "c"}) {
      store.put("t:en:minsk" + StorePivotIndex.SEP + id, "1000,belta");
    }
    store.put("k:lucas" + StorePivotIndex.SEP + "a", "1000,belta");

    assertThat(index.ensureCounts()).isEqualTo(2);
    assertThat(index.count("t:en:minsk")).isEqualTo(3);
    assertThat(index.count("k:lucas")).isEqualTo(1);
    assertThat(index.ensureCounts()).isZero();

    index.add("k:lucas", posting("b"));
    assertThat(index.count("k:lucas")).isEqualTo(2);
  }
}
