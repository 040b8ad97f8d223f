package org.echowatch.indexer.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The watch-floor page from classpath {@code web/}: {@code /} is {@code index.html}, {@code
 * /login.html} and what it loads are public, everything else under {@code /static/} needs a
 * session. Which files the sign-in page loads is read from the files themselves (the {@code src}
 * and {@code href} of {@code login.html} and the imports of those scripts), so the page may change
 * without this class.
 */
final class StaticFiles {

  private static final String ROOT = "web/";
  private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9_./-]+");
  private static final Pattern HTML_REFS = Pattern.compile("(?:src|href)=\"/static/([^\"?#]+)\"");
  private static final Pattern JS_IMPORTS =
      Pattern.compile("(?:import|from)\\s*\\(?\\s*['\"]\\./([^'\"]+)['\"]");
  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "svg", "image/svg+xml",
          "png", "image/png",
          "ico", "image/x-icon",
          "json", "application/json; charset=utf-8",
          "woff2", "font/woff2",
          "txt", "text/plain; charset=utf-8");

  private final ClassLoader loader;
  private final Set<String> publicAssets;

  StaticFiles(ClassLoader loader) {
    this.loader = loader;
    this.publicAssets = loginAssets();
  }

  /** Answers a request outside {@code /api/}. */
  Response serve(String method, String path, boolean signedIn) {
    if (!"GET".equals(method) && !"HEAD".equals(method)) {
      return Response.json(405, Map.of("error", "method_not_allowed"));
    }
    if (path.equals("/") || path.equals("/index.html")) {
      return signedIn ? file("index.html") : Response.redirect("/login.html");
    }
    if (path.equals("/login.html")) {
      return file("login.html");
    }
    if (path.startsWith("/static/")) {
      String rel = path.substring("/static/".length());
      if (!SAFE_PATH.matcher(rel).matches() || rel.contains("..")) {
        return Response.json(404, Map.of("error", "not_found"));
      }
      if (!signedIn && !publicAssets.contains(rel)) {
        return Response.json(401, Map.of("error", "unauthenticated"));
      }
      return file("static/" + rel);
    }
    return Response.json(404, Map.of("error", "not_found"));
  }

  /** The files under {@code static/} the sign-in page needs, found by following its references. */
  Set<String> publicAssets() {
    return publicAssets;
  }

  private Set<String> loginAssets() {
    Set<String> found = new HashSet<>();
    String login = read("login.html");
    if (login == null) {
      return found;
    }
    Deque<String> todo = new ArrayDeque<>();
    Matcher m = HTML_REFS.matcher(login);
    while (m.find()) {
      todo.add(m.group(1));
    }
    while (!todo.isEmpty()) {
      String rel = todo.poll();
      if (!found.add(rel) || !rel.endsWith(".js")) {
        continue;
      }
      String js = read("static/" + rel);
      if (js == null) {
        continue;
      }
      String dir = rel.contains("/") ? rel.substring(0, rel.lastIndexOf('/') + 1) : "";
      Matcher imports = JS_IMPORTS.matcher(js);
      while (imports.find()) {
        todo.add(dir + imports.group(1));
      }
    }
    return Set.copyOf(found);
  }

  private Response file(String rel) {
    byte[] bytes = bytes(rel);
    if (bytes == null) {
      return Response.json(404, Map.of("error", "not_found"));
    }
    String ext = rel.substring(rel.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    String type = TYPES.getOrDefault(ext, "application/octet-stream");
    return new Response(200, type, bytes, Map.of("Cache-Control", "no-cache"));
  }

  private String read(String rel) {
    byte[] bytes = bytes(rel);
    return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
  }

  private byte[] bytes(String rel) {
    try (InputStream in = loader.getResourceAsStream(ROOT + rel)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read page file " + rel, e);
    }
  }
}
