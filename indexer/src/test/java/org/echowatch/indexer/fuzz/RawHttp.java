package org.echowatch.indexer.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP/1.1 exchange over a plain socket, so a test can send what {@code java.net.http} refuses
 * to: any method, target, header, length and framing. Each exchange opens its own connection and
 * asks the server to close it; a read that waits longer than the timeout fails with {@link
 * java.net.SocketTimeoutException}.
 */
final class RawHttp {

  /**
   * What the server answered.
   *
   * @param status HTTP status
   * @param headers response headers, names in lower case, first value of each
   * @param body the body bytes
   */
  record Answer(int status, Map<String, String> headers, byte[] body) {
    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  private final int port;
  private final Duration timeout;

  RawHttp(int port, Duration timeout) {
    this.port = port;
    this.timeout = timeout;
  }

  /**
   * Sends {@code method target HTTP/1.1}, the header lines as given (nothing added but {@code Host}
   * and {@code Connection: close}) and {@code payload} as is, then reads the answer.
   */
  Answer send(String method, String target, List<String> headerLines, byte[] payload)
      throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout((int) timeout.toMillis());
      var head = new StringBuilder();
      head.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
      head.append("Host: 127.0.0.1:").append(port).append("\r\n");
      head.append("Connection: close\r\n");
      for (String line : headerLines) {
        head.append(line).append("\r\n");
      }
      head.append("\r\n");
      OutputStream out = socket.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(payload);
      out.flush();
      return read(socket.getInputStream(), method.equals("HEAD"));
    }
  }

  private static Answer read(InputStream in, boolean head) throws IOException {
    String statusLine = line(in);
    if (statusLine == null) {
      throw new IOException("connection closed before any answer");
    }
    String[] parts = statusLine.split(" ", 3);
    int status = Integer.parseInt(parts[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (String h = line(in); h != null && !h.isEmpty(); h = line(in)) {
      int colon = h.indexOf(':');
      if (colon > 0) {
        headers.putIfAbsent(
            h.substring(0, colon).strip().toLowerCase(Locale.ROOT), h.substring(colon + 1).strip());
      }
    }
    if (head || status == 204 || status == 304) {
      return new Answer(status, headers, new byte[0]);
    }
    String length = headers.get("content-length");
    // Read exactly the announced body: the server may still be draining what was sent.
    byte[] body = length != null ? in.readNBytes(Integer.parseInt(length)) : in.readAllBytes();
    return new Answer(status, headers, body);
  }

  private static String line(InputStream in) throws IOException {
    var bytes = new ByteArrayOutputStream();
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        return bytes.size() == 0 ? null : bytes.toString(StandardCharsets.ISO_8859_1);
      }
      if (b != '\r') {
        bytes.write(b);
      }
    }
    return bytes.toString(StandardCharsets.ISO_8859_1);
  }
}
