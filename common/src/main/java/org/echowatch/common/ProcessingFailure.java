package org.echowatch.common;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * A failure that belongs to one input item, the value of the {@code *.errors.v1} topics. The stage
 * that produced it carried on.
 *
 * @param stage which stage and step failed, e.g. {@code ingest.fetch}, {@code streams.deserialize}
 * @param source topic, feed id or URL the input came from
 * @param key record key, when the input was a record
 * @param partition record partition, -1 when not a record
 * @param offset record offset, -1 when not a record
 * @param url page or feed URL, when the input was fetched
 * @param errorClass simple class name of the exception
 * @param reason human-readable reason
 * @param retriable whether trying the same input again later may succeed
 * @param input the offending input, cut to {@link #MAX_INPUT_CHARS} characters
 * @param at when the failure happened
 */
public record ProcessingFailure(
    String stage,
    String source,
    String key,
    int partition,
    long offset,
    String url,
    String errorClass,
    String reason,
    boolean retriable,
    String input,
    Instant at) {

  /** How much of the offending input a failure record keeps. */
  public static final int MAX_INPUT_CHARS = 4096;

  public ProcessingFailure {
    Article.requireText(stage, "stage");
    input = bound(input);
  }

  /** A failure of a Kafka record. */
  public static ProcessingFailure ofRecord(
      String stage,
      String topic,
      int partition,
      long offset,
      byte[] key,
      byte[] value,
      Throwable error,
      Instant at) {
    return new ProcessingFailure(
        stage,
        topic,
        key == null ? null : new String(key, StandardCharsets.UTF_8),
        partition,
        offset,
        null,
        error.getClass().getSimpleName(),
        reasonOf(error),
        false,
        value == null ? null : new String(value, StandardCharsets.UTF_8),
        at);
  }

  /** A failure of a fetched or parsed URL. */
  public static ProcessingFailure ofUrl(
      String stage,
      String source,
      String url,
      Throwable error,
      boolean retriable,
      String input,
      Instant at) {
    return new ProcessingFailure(
        stage,
        source,
        url,
        -1,
        -1,
        url,
        error.getClass().getSimpleName(),
        reasonOf(error),
        retriable,
        input,
        at);
  }

  /** The message of the error and of its causes, joined, so the root reason is not lost. */
  public static String reasonOf(Throwable error) {
    var sb = new StringBuilder();
    for (Throwable t = error; t != null && sb.length() < 1000; t = t.getCause()) {
      if (sb.length() > 0) {
        sb.append(" <- ");
      }
      sb.append(t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage());
      if (t.getCause() == t) {
        break;
      }
    }
    return sb.toString();
  }

  private static String bound(String input) {
    if (input == null || input.length() <= MAX_INPUT_CHARS) {
      return input;
    }
    return input.substring(0, MAX_INPUT_CHARS)
        + "…["
        + (input.length() - MAX_INPUT_CHARS)
        + " more chars]";
  }
}
