package org.echowatch.ingest.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/** A loopback HTTP server whose answers tests program per path; records every request. */
public final class TestHttpServer implements AutoCloseable {

  /** Answers one request. */
  public interface Handler {
    void handle(HttpExchange exchange) throws IOException;
  }

  /**
   * One request as received.
   *
   * @param path raw path
   * @param headers request headers (first values, lower-case names)
   * @param nanos when it arrived
   */
  public record Seen(String path, Map<String, String> headers, long nanos) {}

  private final HttpServer server;
  private final Map<String, Handler> routes = new ConcurrentHashMap<>();
  private final List<Seen> requests = new CopyOnWriteArrayList<>();

  public TestHttpServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.createContext(
        "/",
        ex -> {
          try (ex) {
            Map<String, String> h = new ConcurrentHashMap<>();
            ex.getRequestHeaders()
                .forEach((k, v) -> h.put(k.toLowerCase(java.util.Locale.ROOT), v.get(0)));
            String path = ex.getRequestURI().getRawPath();
            requests.add(new Seen(path, h, System.nanoTime()));
            Handler handler = routes.get(path);
            if (handler == null) {
              send(ex, 404, "text/plain", new byte[0]);
            } else {
              handler.handle(ex);
            }
          }
        });
    server.start();
  }

  /** {@code http://127.0.0.1:<port>} */
  public String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public void route(String path, Handler handler) {
    routes.put(path, handler);
  }

  /** Answers {@code path} with a fixed status, type and body. */
  public void answer(String path, int status, String contentType, byte[] body) {
    route(path, ex -> send(ex, status, contentType, body));
  }

  public List<Seen> requests(String path) {
    return requests.stream().filter(r -> r.path().equals(path)).toList();
  }

  /** Sends a response with a body. */
  public static void send(HttpExchange ex, int status, String contentType, byte[] body)
      throws IOException {
    if (contentType != null) {
      ex.getResponseHeaders().set("Content-Type", contentType);
    }
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}
