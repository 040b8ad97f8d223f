package org.echowatch.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;

/** The one JSON mapping used on every topic and in every command: ISO-8601 instants, UTF-8. */
public final class Json {

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          // Newer producers may add fields; an older stage must still read the record.
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private Json() {}

  /** The shared mapper; configured once, safe to use from any thread. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** Serialises {@code value} to one line of JSON. */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }

  /** Serialises {@code value} to UTF-8 JSON bytes. */
  public static byte[] writeBytes(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }

  /**
   * Parses one JSON document into {@code type}.
   *
   * @throws IllegalArgumentException naming what is wrong and where, when the text is not valid
   *     JSON or not a valid {@code type}
   */
  public static <T> T read(String json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (IOException e) {
      throw new IllegalArgumentException(describe(type, e), e);
    }
  }

  /** As {@link #read(String, Class)}, from UTF-8 bytes. */
  public static <T> T read(byte[] json, Class<T> type) {
    return read(json, 0, json.length, type);
  }

  /** As {@link #read(String, Class)}, from {@code length} UTF-8 bytes at {@code offset}. */
  public static <T> T read(byte[] json, int offset, int length, Class<T> type) {
    try {
      return MAPPER.readValue(json, offset, length, type);
    } catch (IOException e) {
      throw new IllegalArgumentException(describe(type, e), e);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not a valid " + type.getSimpleName() + ": " + e, e);
    }
  }

  private static String describe(Class<?> type, IOException e) {
    String msg =
        e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    if (root != e && root.getMessage() != null) {
      msg = root.getMessage();
    }
    String where = "";
    if (e instanceof JsonProcessingException jpe && jpe.getLocation() != null) {
      where =
          " at line "
              + jpe.getLocation().getLineNr()
              + ", column "
              + jpe.getLocation().getColumnNr();
    }
    return "not a valid " + type.getSimpleName() + where + ": " + msg;
  }
}
