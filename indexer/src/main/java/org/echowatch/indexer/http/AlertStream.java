package org.echowatch.indexer.http;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.echowatch.indexer.auth.Role;
import org.echowatch.indexer.watch.LiveEvents;

/**
 * {@code GET /api/alerts/stream}: Server-Sent Events, {@code alert} and {@code watch} events as
 * they happen and a {@code : ping} comment every 15 seconds. Each open stream holds one server
 * thread, so their number is capped.
 */
final class AlertStream {

  static final int MAX_CLIENTS = 32;
  private static final long PING_MILLIS = 15_000;

  private final LiveEvents events;

  AlertStream(LiveEvents events) {
    this.events = events;
  }

  void register(Router router) {
    router.add("GET", "/api/alerts/stream", Role.VIEWER, this::stream);
  }

  private Response stream(Request request) throws IOException {
    if (events.size() >= MAX_CLIENTS) {
      return Response.json(503, Map.of("error", "too_many_streams"));
    }
    var exchange = request.exchange();
    var headers = exchange.getResponseHeaders();
    headers.set("Content-Type", "text/event-stream; charset=utf-8");
    headers.set("Cache-Control", "no-store");
    headers.set("X-Accel-Buffering", "no");
    try (var subscriber = events.subscribe()) {
      exchange.sendResponseHeaders(200, 0);
      OutputStream out = exchange.getResponseBody();
      write(out, "retry: 3000\n: connected\n\n");
      while (true) {
        String frame = subscriber.next(PING_MILLIS);
        if (frame == null) {
          write(out, ": ping\n\n");
        } else if (frame.isEmpty()) {
          break;
        } else {
          write(out, frame);
        }
      }
    } catch (IOException e) {
      // The client went away; nothing to answer.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return Response.SENT;
  }

  private static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }
}
