package org.echowatch.indexer.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.echowatch.indexer.http.ApiServer;
import org.echowatch.indexer.http.RequestReadLimit;
import org.echowatch.indexer.testing.ServedFloor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clients that declare a body and never send it must not take the API down: the server drops them
 * once the request read limit has passed (the module's tests run with a limit of a few seconds, see
 * the surefire configuration; the default is {@value RequestReadLimit#DEFAULT_SECONDS} s).
 */
class StalledClientTest {

  @TempDir static Path dataDir;
  private static ServedFloor floor;

  @BeforeAll
  static void start() throws Exception {
    floor = ServedFloor.start(dataDir, "Talks on trade");
  }

  @AfterAll
  static void stop() throws IOException {
    floor.close();
  }

  @Test
  void shouldDropClientsThatStallMidBodyAndKeepServing() throws Exception {
    List<Socket> stalled = new ArrayList<>();
    try {
      // more stalled clients than the server has threads: each holds one while it waits
      for (int i = 0; i < ApiServer.THREADS + 4; i++) {
        Socket s = new Socket("127.0.0.1", floor.port());
        OutputStream out = s.getOutputStream();
        out.write(
            ("POST /api/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 200\r\n\r\n{\"username\":")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        stalled.add(s);
      }

      // every server thread now waits for a body that will not come; the server must drop them
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      for (Socket s : stalled) {
        long left = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
        s.setSoTimeout((int) left);
        assertThat(readUntilClosed(s)).as("stalled client dropped").isTrue();
      }

      RawHttp.Answer answer =
          new RawHttp(floor.port(), Duration.ofSeconds(10))
              .send("GET", "/api/me", List.of(), new byte[0]);
      assertThat(answer.status()).as("a normal request is answered").isEqualTo(401);
    } finally {
      for (Socket s : stalled) {
        s.close();
      }
    }
  }

  private static boolean readUntilClosed(Socket s) {
    try {
      while (s.getInputStream().read() >= 0) {
        // an answer may come first; the connection must end after it
      }
      return true;
    } catch (java.net.SocketTimeoutException e) {
      return false;
    } catch (IOException e) {
      return true;
    }
  }
}
