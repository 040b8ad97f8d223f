package org.echowatch.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the hand-written files under {@code src/test/resources/fixtures}. */
public final class Fixtures {

  private Fixtures() {}

  /** The bytes of {@code fixtures/<path>}. */
  public static byte[] bytes(String path) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code fixtures/<path>} as UTF-8 text. */
  public static String read(String path) {
    return new String(bytes(path), StandardCharsets.UTF_8);
  }
}
