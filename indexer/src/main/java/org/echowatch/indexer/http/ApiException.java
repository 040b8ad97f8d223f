package org.echowatch.indexer.http;

import java.util.LinkedHashMap;
import java.util.Map;

/** An answer other than success, with its JSON body ({@code {"error": ...}}). */
public final class ApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private final int status;
  private final transient Map<String, Object> body;

  public ApiException(int status, Map<String, Object> body) {
    super(String.valueOf(body.get("error")));
    this.status = status;
    this.body = body;
  }

  /** 400 {@code bad_request} with a message. */
  public static ApiException badRequest(String message) {
    return new ApiException(400, Map.of("error", "bad_request", "message", message));
  }

  /** 413 {@code payload_too_large}: the body is longer than {@code limit} bytes. */
  public static ApiException tooLarge(int limit) {
    return new ApiException(
        413,
        Map.of("error", "payload_too_large", "message", "body larger than " + limit + " bytes"));
  }

  /** 415 {@code unsupported_media_type}: the body is not of media type {@code expected}. */
  public static ApiException unsupportedMediaType(String expected) {
    return new ApiException(
        415,
        Map.of("error", "unsupported_media_type", "message", "Content-Type must be " + expected));
  }

  /** 400 {@code bad_query} with the parser's message and position (may be null). */
  public static ApiException badQuery(String message, Integer position) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", "bad_query");
    body.put("message", message);
    body.put("position", position);
    return new ApiException(400, body);
  }

  public static ApiException notFound(String what) {
    return new ApiException(404, Map.of("error", "not_found", "message", what));
  }

  public int status() {
    return status;
  }

  public Map<String, Object> body() {
    return body;
  }
}
