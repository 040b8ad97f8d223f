package org.echowatch.indexer.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.echowatch.indexer.auth.Role;

/** {@code GET /api/openapi.json}: the hand-written OpenAPI 3 description of this API. */
final class OpenApiDoc {

  static final String RESOURCE = "/org/echowatch/indexer/http/openapi.json";
  private final byte[] document;

  OpenApiDoc() {
    try (InputStream in = OpenApiDoc.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + RESOURCE);
      }
      document = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  void register(Router router) {
    router.add(
        "GET",
        "/api/openapi.json",
        Role.VIEWER,
        r -> new Response(200, Response.JSON, document, Map.of()));
  }
}
