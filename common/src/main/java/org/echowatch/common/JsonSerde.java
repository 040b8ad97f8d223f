package org.echowatch.common;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka serde for one echowatch record type, through {@link Json}. A value that does not parse
 * raises {@link SerializationException} with the reason, which the stages' exception handlers route
 * to their errors topic.
 */
public final class JsonSerde<T> implements Serde<T> {

  private final Class<T> type;

  public JsonSerde(Class<T> type) {
    this.type = type;
  }

  @Override
  public Serializer<T> serializer() {
    return (topic, value) -> value == null ? null : Json.writeBytes(value);
  }

  @Override
  public Deserializer<T> deserializer() {
    return (topic, bytes) -> {
      if (bytes == null) {
        return null;
      }
      try {
        return Json.read(bytes, type);
      } catch (IllegalArgumentException e) {
        throw new SerializationException(
            "record on " + topic + " is " + e.getMessage(),
            e.getCause() == null ? e : e.getCause());
      }
    };
  }

  public Class<T> type() {
    return type;
  }
}
