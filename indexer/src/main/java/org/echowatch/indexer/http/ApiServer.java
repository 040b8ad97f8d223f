package org.echowatch.indexer.http;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The HTTP server of the watch floor: the JSON API under {@code /api/} and the page. */
public final class ApiServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

  // Event streams hold a thread each; the rest of the pool serves ordinary calls.
  /** Server threads: every live alert stream holds one. */
  public static final int THREADS = AlertStream.MAX_CLIENTS + 16;

  private final HttpServer server;
  private final ExecutorService executor;

  private ApiServer(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /** Binds {@code bind:port} (0 = a free port) and starts serving. */
  public static ApiServer start(String bind, int port, WatchFloor floor) throws IOException {
    Router router = routes(floor);
    RequestReadLimit.apply();
    HttpServer server = HttpServer.create(new InetSocketAddress(bind, port), 64);
    ExecutorService executor = Executors.newFixedThreadPool(THREADS, daemonThreads());
    server.setExecutor(executor);
    server.createContext(
        "/",
        new Dispatcher(
            router,
            new StaticFiles(ApiServer.class.getClassLoader()),
            floor.sessions(),
            floor.metrics()));
    server.start();
    LOG.info("watch floor on http://{}:{}/", bind, server.getAddress().getPort());
    return new ApiServer(server, executor);
  }

  /** Every API route; one class per concern registers its own. */
  static Router routes(WatchFloor floor) {
    var router = new Router();
    new AuthApi(floor).register(router);
    new AlertsApi(floor).register(router);
    new AlertStream(floor.events()).register(router);
    new NarrativeApi(floor).register(router);
    new SearchApi(floor).register(router);
    new SavedSearchApi(floor).register(router);
    new StatusApi(floor).register(router);
    new UsersApi(floor).register(router);
    new OpenApiDoc().register(router);
    return router;
  }

  /** The port actually bound. */
  public int port() {
    return server.getAddress().getPort();
  }

  /**
   * Stops accepting, gives running calls a moment, then stops. Event streams must be ended first.
   */
  @Override
  public void close() {
    server.stop(1);
    executor.shutdown();
    try {
      if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      executor.shutdownNow();
    }
  }

  private static ThreadFactory daemonThreads() {
    var n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "indexer-http-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
