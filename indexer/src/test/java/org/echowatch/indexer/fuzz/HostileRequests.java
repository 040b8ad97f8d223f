package org.echowatch.indexer.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.echowatch.common.Json;

/**
 * Requests a careless or hostile client may send to the watch-floor API, generated reproducibly
 * from a seed: mutated JSON bodies for every state-changing endpoint, broken framing, wrong
 * Content-Types, methods, tokens, ids and query parameters. Each request says whether it must be
 * refused (a 4xx) or may also be valid (a 2xx is then fine too).
 */
final class HostileRequests {

  /** The session the requests ride on: cookie header value and CSRF token. */
  record Session(String cookie, String csrf) {}

  /**
   * One request as {@link RawHttp#send} takes it.
   *
   * @param label what was done, for failure messages
   * @param method request method
   * @param target request target (path and query, percent-encoded or deliberately not)
   * @param headers header lines, framing included
   * @param payload the bytes after the header, already framed
   * @param mustReject whether only a 4xx is right
   * @param malformedTarget whether the target is not a valid URI, so the JDK server itself may
   *     answer 400 before the API sees the request
   */
  record HostileRequest(
      String label,
      String method,
      String target,
      List<String> headers,
      byte[] payload,
      boolean mustReject,
      boolean malformedTarget) {}

  /** The endpoints under fuzz, with the body each accepts. */
  enum Endpoint {
    LOGIN("POST", "/api/login"),
    TRIAGE("POST", "/api/alerts/n-7/triage"),
    SAVED_SEARCH("POST", "/api/saved-searches"),
    USER("POST", "/api/users"),
    DELETE_SAVED("DELETE", "/api/saved-searches/"),
    LOGOUT("POST", "/api/logout"),
    READ("GET", "/api/alerts");

    final String method;
    final String path;

    Endpoint(String method, String path) {
      this.method = method;
      this.path = path;
    }
  }

  /** Largest body the server accepts (Request.MAX_BODY). */
  static final int LIMIT = 64 * 1024;

  private static final String[] ODD_TEXT = {
    "",
    " ",
    "\u0000",
    "new\u0000",
    "\u202Eacknowledged",
    "ACKNOWLEDGED",
    " Admin ",
    "closed",
    "null",
    "../../etc/passwd",
    "'; DROP TABLE users; --",
    "<script>alert(1)</script>",
    "Минск",
    "明斯克",
    "a".repeat(65),
    "x".repeat(2001),
    "1234567",
    "long-enough-password"
  };

  private static final JsonNode[] ODD_VALUES = {
    JsonNodeFactory.instance.numberNode(42),
    JsonNodeFactory.instance.numberNode(-1),
    JsonNodeFactory.instance.numberNode(0),
    JsonNodeFactory.instance.numberNode(43_200),
    JsonNodeFactory.instance.numberNode(43_201),
    JsonNodeFactory.instance.numberNode(Long.MIN_VALUE),
    JsonNodeFactory.instance.numberNode(Long.MAX_VALUE),
    BigIntegerNode.valueOf(BigInteger.TWO.pow(70)),
    DoubleNode.valueOf(1.5),
    DoubleNode.valueOf(1e308),
    DoubleNode.valueOf(-0.0),
    JsonNodeFactory.instance.booleanNode(true),
    JsonNodeFactory.instance.nullNode(),
    JsonNodeFactory.instance.arrayNode(),
    JsonNodeFactory.instance.arrayNode().add("acknowledged"),
    JsonNodeFactory.instance.objectNode(),
    JsonNodeFactory.instance.objectNode().put("state", "new"),
    TextNode.valueOf("10")
  };

  private static final String[] BAD_IDS = {
    "..",
    "../../etc/passwd",
    "..%2F..%2Fusers.json",
    "%2e%2e",
    "%2e%2e%2fusers.json",
    "%00",
    "n-7%00",
    "%25",
    "%2525",
    "%C0%AE%C0%AE",
    "%E2%80%AE",
    "n-7;x",
    "n-7%3Bx",
    "n%2D7",
    "+",
    "%20",
    "*",
    "~",
    "A".repeat(8_000)
  };

  private static final String[] MALFORMED_IDS = {"%", "%zz", "%G1", "n-7%"};

  private static final String[] NUMBERS = {
    "-1",
    "0",
    "1",
    "-2147483648",
    "2147483647",
    "2147483648",
    "99999999999999999999",
    "1e3",
    "0x10",
    "1.5",
    "NaN",
    "abc",
    "",
    "%2B5",
    "+5",
    "%EF%BC%91%EF%BC%92",
    "5%00"
  };

  private static final String[] READ_TARGETS = {
    "/api/alerts?limit=%s&state=%s&includeSnoozed=%s",
    "/api/search?q=%4$s&page=%1$s&size=%1$s&sort=%2$s&day=%3$s",
    "/api/search?q=%4$s&source=%2$s&lang=%2$s&type=%2$s",
    "/api/stats/echoes-per-day?days=%s",
    "/api/watch-hits?limit=%s",
    "/api/saved-searches?limit=%s",
    "/api/feeds?page=%s",
    "/api/narratives/%4$s",
    "/api/stories/%4$s"
  };

  private static final String[] WORDS = {
    "new", "closed", "NEW", "time", "relevance", "random", "2026-03-01", "2026-13-45", "yes", "%00"
  };

  private static final String[] WRONG_METHODS = {
    "GET", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE", "FUZZ", "post"
  };

  private static final String[] BAD_CONTENT_TYPES = {
    null,
    "",
    "text/plain",
    "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=x",
    "application/jsonx",
    "json",
    "application/json-patch+json",
    "text/json"
  };

  private static final String[] ODD_GOOD_CONTENT_TYPES = {
    "application/json; charset=utf-8", "APPLICATION/JSON", "application/json ; charset=UTF-8"
  };

  private static final String[] BAD_CHUNKS = {
    "zz\r\n{}\r\n0\r\n\r\n",
    "-5\r\n{}\r\n0\r\n\r\n",
    "FFFFFFFF\r\n{}\r\n0\r\n\r\n",
    "80000000\r\n{}\r\n0\r\n\r\n",
    "2\r\n{}XX0\r\n\r\n",
    "0x2\r\n{}\r\n0\r\n\r\n",
    "1".repeat(5_000) + "\r\n"
  };

  private HostileRequests() {}

  /** Request {@code i} of seed {@code seed}, signed in as {@code session}. */
  static HostileRequest generated(long seed, int i, Session session) {
    Random r = new Random(seed * 7_919L + i);
    Endpoint endpoint = pick(r);
    var b = new Builder(endpoint, session, i);
    if (endpoint == Endpoint.READ) {
      return readCase(r, b, i);
    }
    if (endpoint == Endpoint.DELETE_SAVED) {
      return deleteCase(r, b);
    }
    if (endpoint == Endpoint.LOGOUT) {
      // A valid token would end the session the other cases use.
      b.csrf = r.nextBoolean() ? null : "forged-" + i;
      b.label("logout without its token");
      return b.mustReject().build();
    }
    int kind = r.nextInt(19);
    switch (kind) {
      case 0 -> b.label("template");
      case 1 -> truncate(r, b);
      case 2 -> flipBytes(r, b);
      case 3 -> replaceField(r, b, ODD_VALUES[r.nextInt(ODD_VALUES.length)], "odd value");
      case 4 -> {
        String field = randomField(r, b.json);
        b.json.remove(field);
        b.label("without " + field);
      }
      case 5 -> {
        int n = 1 + r.nextInt(20);
        for (int k = 0; k < n; k++) {
          b.json.set(randomText(r, 1 + r.nextInt(30)), ODD_VALUES[r.nextInt(ODD_VALUES.length)]);
        }
        b.label(n + " extra fields");
      }
      case 6 ->
          replaceField(
              r, b, TextNode.valueOf(randomText(r, 1_000 + r.nextInt(15_000))), "huge string");
      case 7 -> deepNesting(r, b);
      case 8 -> oversized(r, b);
      case 9 -> {
        b.chunked = true;
        b.body(oversizedBody(r));
        b.label("oversized chunked body").mustReject();
      }
      case 10 -> contentType(r, b);
      case 11 -> invalidUtf8(r, b);
      case 12 -> rawNul(r, b);
      case 13 ->
          replaceField(r, b, TextNode.valueOf(ODD_TEXT[r.nextInt(ODD_TEXT.length)]), "odd text");
      case 14 -> notAnObject(r, b);
      case 15 -> {
        b.chunked = true;
        b.label("chunked");
      }
      case 16 -> {
        b.rawPayload = BAD_CHUNKS[r.nextInt(BAD_CHUNKS.length)].getBytes(StandardCharsets.US_ASCII);
        b.extraHeaders.add("Transfer-Encoding: chunked");
        b.label("broken chunk framing").mustReject();
      }
      case 17 -> tamperSession(r, b);
      default -> {
        b.method = wrongMethod(r, endpoint);
        b.label("method " + b.method).mustReject();
      }
    }
    if (endpoint == Endpoint.LOGIN) {
      // No generated body holds the admin password, so every sign-in must fail.
      b.mustReject();
    }
    return b.build();
  }

  /** An endpoint, weighted towards the ones that read bodies. */
  private static Endpoint pick(Random r) {
    int n = r.nextInt(20);
    if (n < 3) {
      return Endpoint.LOGIN;
    } else if (n < 7) {
      return Endpoint.TRIAGE;
    } else if (n < 10) {
      return Endpoint.SAVED_SEARCH;
    } else if (n < 13) {
      return Endpoint.USER;
    } else if (n < 15) {
      return Endpoint.DELETE_SAVED;
    } else if (n < 16) {
      return Endpoint.LOGOUT;
    }
    return Endpoint.READ;
  }

  private static HostileRequest readCase(Random r, Builder b, int i) {
    if (r.nextInt(10) == 0) {
      b.method = r.nextBoolean() ? "POST" : "PUT";
      b.label("method " + b.method + " on a read");
      return b.mustReject().build();
    }
    String format = READ_TARGETS[r.nextInt(READ_TARGETS.length)];
    boolean malformed = r.nextInt(8) == 0;
    String number = malformed ? "%zz" : NUMBERS[r.nextInt(NUMBERS.length)];
    String word = WORDS[r.nextInt(WORDS.length)];
    String query =
        r.nextBoolean()
            ? URLEncoder.encode(HostileQueries.generated(i, r.nextInt(100)), StandardCharsets.UTF_8)
            : BAD_IDS[r.nextInt(BAD_IDS.length)];
    b.path = String.format(format, number, word, word, query);
    b.method = "GET";
    b.malformedTarget = malformed;
    b.json = null;
    return b.label("read " + b.path.substring(0, Math.min(80, b.path.length()))).build();
  }

  private static HostileRequest deleteCase(Random r, Builder b) {
    boolean malformed = r.nextInt(6) == 0;
    String id =
        malformed
            ? MALFORMED_IDS[r.nextInt(MALFORMED_IDS.length)]
            : BAD_IDS[r.nextInt(BAD_IDS.length)];
    b.path = b.path + id;
    b.malformedTarget = malformed;
    if (r.nextBoolean()) {
      b.json = null;
    }
    return b.label("delete saved search " + abbreviate(id)).mustReject().build();
  }

  private static void replaceField(Random r, Builder b, JsonNode value, String what) {
    String field = randomField(r, b.json);
    b.json.set(field, value);
    b.label(what + " in " + field);
  }

  private static void truncate(Random r, Builder b) {
    byte[] whole = b.bytes();
    b.body(java.util.Arrays.copyOf(whole, r.nextInt(whole.length - 1)));
    b.label("truncated JSON").mustReject();
  }

  private static void flipBytes(Random r, Builder b) {
    byte[] bytes = b.bytes();
    int n = 1 + r.nextInt(5);
    for (int k = 0; k < n; k++) {
      bytes[r.nextInt(bytes.length)] = (byte) r.nextInt(256);
    }
    b.body(bytes);
    b.label(n + " bytes flipped");
  }

  private static void deepNesting(Random r, Builder b) {
    // Deeper than the JSON parser's nesting limit (1000) but within the body limit.
    int depth = 1_001 + r.nextInt(30_000);
    boolean arrays = r.nextBoolean();
    String open = arrays ? "[" : "{\"a\":";
    String close = arrays ? "]" : "}";
    int fit = (LIMIT - 64) / (open.length() + close.length());
    depth = Math.min(depth, fit);
    String nested = open.repeat(depth) + "1" + close.repeat(depth);
    String json = r.nextBoolean() ? nested : "{\"state\":" + nested + "}";
    b.body(json.getBytes(StandardCharsets.UTF_8));
    b.label(depth + " levels of " + (arrays ? "arrays" : "objects")).mustReject();
  }

  private static void oversized(Random r, Builder b) {
    // The whole length is declared but only the start is sent: the server must refuse on the
    // declared length alone, without waiting for (or reading) the rest.
    long declared;
    String what;
    switch (r.nextInt(4)) {
      case 0 -> {
        declared = 2L * 100_000 + 1;
        what = "100000 levels of arrays";
        b.body(("[".repeat(100_000) + "]".repeat(100_000)).getBytes(StandardCharsets.UTF_8));
      }
      case 1 -> {
        declared = 10L * 1024 * 1024;
        what = "10 MiB string";
        b.body(("{\"name\":\"" + "x".repeat(4_000)).getBytes(StandardCharsets.UTF_8));
      }
      case 2 -> {
        declared = 1_000_000_000_000L;
        what = "1 TB";
        b.body(new byte[0]);
      }
      default -> {
        declared = LIMIT + 1L;
        what = "one byte over the limit";
        b.body(new byte[0]);
      }
    }
    byte[] start = b.bytes();
    b.rawPayload = java.util.Arrays.copyOf(start, Math.min(start.length, 4_096));
    b.extraHeaders.add("Content-Length: " + declared);
    b.label("declared " + what).mustReject();
  }

  private static byte[] oversizedBody(Random r) {
    int length = LIMIT + 1 + r.nextInt(LIMIT / 4);
    var json = new StringBuilder("{\"note\":\"");
    while (json.length() < length) {
      json.append("echo ");
    }
    return json.append("\"}").toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void contentType(Random r, Builder b) {
    if (r.nextInt(4) == 0) {
      b.contentType = ODD_GOOD_CONTENT_TYPES[r.nextInt(ODD_GOOD_CONTENT_TYPES.length)];
      b.label("Content-Type " + b.contentType);
      return;
    }
    b.contentType = BAD_CONTENT_TYPES[r.nextInt(BAD_CONTENT_TYPES.length)];
    b.label("Content-Type " + b.contentType).mustReject();
  }

  private static void invalidUtf8(Random r, Builder b) {
    byte[][] bad = {{(byte) 0xFF}, {(byte) 0xFE}, {(byte) 0x80}, {(byte) 0xC3, 0x28}};
    byte[] insert = bad[r.nextInt(bad.length)];
    b.body(insideFirstString(b.bytes(), insert));
    b.label("invalid UTF-8 in a string").mustReject();
  }

  private static void rawNul(Random r, Builder b) {
    byte[] nuls = new byte[1 + r.nextInt(4)];
    b.body(insideFirstString(b.bytes(), nuls));
    b.label("raw NUL bytes in a string").mustReject();
  }

  private static void notAnObject(Random r, Builder b) {
    String[] bodies = {"", " ", "[]", "[{}]", "\"state\"", "42", "null", "true", "{}{}", "{} x"};
    String body = bodies[r.nextInt(bodies.length)];
    b.body(body.getBytes(StandardCharsets.UTF_8));
    b.label("body '" + body + "'").mustReject();
  }

  private static void tamperSession(Random r, Builder b) {
    switch (r.nextInt(6)) {
      case 0 -> b.csrf = null;
      case 1 -> b.csrf = "forged";
      case 2 -> b.csrf = b.csrf == null ? "x" : b.csrf.toUpperCase(java.util.Locale.ROOT) + "x";
      case 3 -> b.cookie = null;
      case 4 -> b.cookie = "ew_session=" + "0".repeat(43);
      default -> b.cookie = "ew_session=" + "A".repeat(6_000);
    }
    b.label("tampered session or token");
    if (b.endpoint != Endpoint.LOGIN) {
      b.mustReject();
    }
  }

  private static String wrongMethod(Random r, Endpoint endpoint) {
    while (true) {
      String m = WRONG_METHODS[r.nextInt(WRONG_METHODS.length)];
      boolean listed =
          m.equals("GET") && (endpoint == Endpoint.SAVED_SEARCH || endpoint == Endpoint.USER);
      if (!m.equals(endpoint.method) && !listed) {
        return m;
      }
    }
  }

  /** {@code bytes} with {@code insert} placed right after the opening quote of the first value. */
  private static byte[] insideFirstString(byte[] bytes, byte[] insert) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    int at = text.indexOf(":\"");
    int cut =
        at < 0
            ? bytes.length / 2
            : text.substring(0, at + 2).getBytes(StandardCharsets.UTF_8).length;
    var out = new ByteArrayOutputStream();
    out.write(bytes, 0, cut);
    out.writeBytes(insert);
    out.write(bytes, cut, bytes.length - cut);
    return out.toByteArray();
  }

  private static String randomField(Random r, ObjectNode json) {
    List<String> names = new ArrayList<>();
    Iterator<String> it = json.fieldNames();
    it.forEachRemaining(names::add);
    return names.get(r.nextInt(names.size()));
  }

  private static String randomText(Random r, int length) {
    String alphabet = "abcxyz019 \"\\/<>&{}[]:,\u0000\u0001\u007F\u00E9\u0416\u660E\u202E\uFFFF";
    var sb = new StringBuilder(length);
    for (int k = 0; k < length; k++) {
      sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  private static String abbreviate(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…(" + s.length() + ")" : s;
  }

  /** One request being put together. */
  private static final class Builder {
    final Endpoint endpoint;
    String method;
    String path;
    String cookie;
    String csrf;
    String contentType = "application/json";
    ObjectNode json;
    byte[] body;
    byte[] rawPayload;
    boolean chunked;
    boolean mustReject;
    boolean malformedTarget;
    String label = "";
    final List<String> extraHeaders = new ArrayList<>();

    Builder(Endpoint endpoint, Session session, int i) {
      this.endpoint = endpoint;
      this.method = endpoint.method;
      this.path = endpoint.path;
      this.cookie = endpoint == Endpoint.LOGIN ? null : session.cookie();
      this.csrf = endpoint == Endpoint.LOGIN ? null : session.csrf();
      this.json = template(endpoint, i);
    }

    private static ObjectNode template(Endpoint endpoint, int i) {
      ObjectNode o = JsonNodeFactory.instance.objectNode();
      switch (endpoint) {
        case LOGIN -> o.put("username", "admin").put("password", "wrong-password-" + i);
        case TRIAGE -> o.put("state", "acknowledged").put("note", "seen").put("snoozeMinutes", 5);
        case SAVED_SEARCH -> o.put("name", "trade " + i).put("query", "minsk AND trade");
        case USER ->
            o.put("username", "fuzz-" + i)
                .put("password", "long-enough-password")
                .put("role", "viewer");
        default -> o.put("note", "ignored");
      }
      return o;
    }

    byte[] bytes() {
      return body != null ? body.clone() : Json.writeBytes(json);
    }

    void body(byte[] bytes) {
      body = bytes;
    }

    Builder label(String text) {
      label = text;
      return this;
    }

    Builder mustReject() {
      mustReject = true;
      return this;
    }

    HostileRequest build() {
      List<String> headers = new ArrayList<>();
      if (cookie != null) {
        headers.add("Cookie: " + cookie);
      }
      if (csrf != null) {
        headers.add("X-CSRF-Token: " + csrf);
      }
      if (contentType != null && (json != null || body != null || rawPayload != null)) {
        headers.add("Content-Type: " + contentType);
      }
      headers.addAll(extraHeaders);
      byte[] payload;
      if (rawPayload != null) {
        payload = rawPayload;
      } else if (json == null && body == null) {
        payload = new byte[0];
      } else if (chunked) {
        headers.add("Transfer-Encoding: chunked");
        payload = chunks(bytes());
      } else {
        payload = bytes();
        headers.add("Content-Length: " + payload.length);
      }
      return new HostileRequest(
          endpoint + " " + label, method, path, headers, payload, mustReject, malformedTarget);
    }

    private static byte[] chunks(byte[] data) {
      var out = new ByteArrayOutputStream();
      Random r = new Random(data.length);
      for (int at = 0; at < data.length; ) {
        int n = Math.min(data.length - at, 1 + r.nextInt(8_192));
        out.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(data, at, n);
        out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        at += n;
      }
      out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      return out.toByteArray();
    }
  }
}
