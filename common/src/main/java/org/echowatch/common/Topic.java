package org.echowatch.common;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;

/**
 * A Kafka topic with the serdes of its keys and values.
 *
 * @param name the topic name, versioned ({@code articles.v1})
 * @param keySerde serde of the record keys
 * @param valueSerde serde of the record values
 * @param compacted whether the topic keeps only the latest value per key
 */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde, boolean compacted) {

  public Consumed<K, V> consumed() {
    return Consumed.with(keySerde, valueSerde);
  }

  public Produced<K, V> produced() {
    return Produced.with(keySerde, valueSerde);
  }

  public Repartitioned<K, V> repartitioned(String repartitionName) {
    return Repartitioned.with(keySerde, valueSerde).withName(repartitionName);
  }
}
