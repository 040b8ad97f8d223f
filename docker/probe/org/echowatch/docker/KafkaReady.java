package org.echowatch.docker;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Health check of the image's Kafka role: exits 0 when the broker at {@code host:port} answers an
 * ApiVersions request without error on that very connection, 1 otherwise.
 *
 * <p>A broker opens its listener sockets early but answers requests only once it has started, so
 * an answer means "ready". Speaking the one request on the bootstrap connection, instead of using
 * an admin client, keeps the check independent of the advertised listener names (which may not
 * resolve inside the container) and lets it run without the fat jar on the class path.
 */
public final class KafkaReady {

  private static final short API_VERSIONS = 18;
  private static final int CORRELATION_ID = 7;
  private static final int TIMEOUT_MS = 4000;

  private KafkaReady() {}

  public static void main(String[] args) {
    String address = args.length > 0 ? args[0] : "127.0.0.1:9092";
    int colon = address.lastIndexOf(':');
    String host = address.substring(0, colon);
    int port = Integer.parseInt(address.substring(colon + 1));
    try {
      short error = apiVersionsError(host, port);
      System.out.println("kafka at " + address + " answered ApiVersions, error code " + error);
      System.exit(error == 0 ? 0 : 1);
    } catch (IOException e) {
      System.out.println("kafka at " + address + " not ready: " + e);
      System.exit(1);
    }
  }

  /** Sends ApiVersions v0 and returns the error code of the answer. */
  static short apiVersionsError(String host, int port) throws IOException {
    byte[] clientId = "echowatch-healthcheck".getBytes(StandardCharsets.US_ASCII);
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), TIMEOUT_MS);
      socket.setSoTimeout(TIMEOUT_MS);
      var out = new DataOutputStream(socket.getOutputStream());
      // Request header v1: api key, api version, correlation id, client id; v0 has no body.
      out.writeInt(2 + 2 + 4 + 2 + clientId.length);
      out.writeShort(API_VERSIONS);
      out.writeShort(0);
      out.writeInt(CORRELATION_ID);
      out.writeShort(clientId.length);
      out.write(clientId);
      out.flush();
      var in = new DataInputStream(socket.getInputStream());
      int size = in.readInt();
      int correlationId = in.readInt();
      if (size < 6 || correlationId != CORRELATION_ID) {
        throw new IOException("unexpected answer: size " + size + ", correlation " + correlationId);
      }
      return in.readShort();
    }
  }
}
