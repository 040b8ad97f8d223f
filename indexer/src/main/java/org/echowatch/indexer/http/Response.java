package org.echowatch.indexer.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.echowatch.common.Json;

/**
 * What a handler answers.
 *
 * @param status HTTP status
 * @param contentType media type of {@code body}, or null when there is none
 * @param body bytes to send
 * @param headers extra headers
 */
public record Response(int status, String contentType, byte[] body, Map<String, String> headers) {

  static final String JSON = "application/json; charset=utf-8";

  /** The handler already wrote the whole answer itself (event streams). */
  static final Response SENT = new Response(0, null, new byte[0], Map.of());

  // Scraped text may hold markup; escaping <, > and & keeps it inert even if a client
  // mistakes the JSON for HTML.
  private static final ObjectWriter WRITER = Json.mapper().writer().with(new HtmlSafeEscapes());

  /** {@code value} as JSON. */
  public static Response json(int status, Object value) {
    try {
      return new Response(status, JSON, WRITER.writeValueAsBytes(value), Map.of());
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }

  /** JSON escapes for the characters that mean something in HTML. */
  private static final class HtmlSafeEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] escapes;

    HtmlSafeEscapes() {
      escapes = CharacterEscapes.standardAsciiEscapesForJSON();
      escapes['<'] = CharacterEscapes.ESCAPE_STANDARD;
      escapes['>'] = CharacterEscapes.ESCAPE_STANDARD;
      escapes['&'] = CharacterEscapes.ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return escapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return null;
    }
  }

  public static Response ok(Object value) {
    return json(200, value);
  }

  public static Response noContent() {
    return new Response(204, null, new byte[0], Map.of());
  }

  /** A redirect to {@code location}. */
  public static Response redirect(String location) {
    byte[] body = ("see " + location).getBytes(StandardCharsets.UTF_8);
    return new Response(302, "text/plain; charset=utf-8", body, Map.of("Location", location));
  }

  /** The same answer with one more header. */
  public Response withHeader(String name, String value) {
    var all = new java.util.LinkedHashMap<>(headers);
    all.put(name, value);
    return new Response(status, contentType, body, Map.copyOf(all));
  }
}
