package org.echowatch.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code sources.yaml}: one entry per edition with its discovery endpoints, id rules,
 * selectors, time zone, language and politeness. Adding an outlet is a new entry here, a fixture
 * and a test; no code.
 */
public final class SourceCatalog {

  /** Name of the bundled catalog on the classpath. */
  public static final String BUNDLED = "sources.yaml";

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private SourceCatalog() {}

  /** The bundled catalog with the agencies' live URLs. */
  public static List<SourceConfig> load() {
    try (InputStream in = SourceCatalog.class.getClassLoader().getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("classpath resource " + BUNDLED + " is missing");
      }
      return parse(in, "classpath:" + BUNDLED);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read classpath:" + BUNDLED, e);
    }
  }

  /** The catalog in {@code file}; a missing or bad file throws naming the file. */
  public static List<SourceConfig> load(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("ECHOWATCH_SOURCES_FILE " + file + " does not exist");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** The catalog the settings name: their sources file, else the bundled one. */
  public static List<SourceConfig> load(IngestSettings settings) {
    return settings.sourcesFile() == null ? load() : load(settings.sourcesFile());
  }

  /** The edition {@code edition} of {@code sources}. */
  public static SourceConfig edition(List<SourceConfig> sources, String edition) {
    return sources.stream()
        .filter(s -> s.edition().equals(edition))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown edition '"
                        + edition
                        + "'; known: "
                        + sources.stream().map(SourceConfig::edition).toList()));
  }

  /**
   * Points the catalog at a local server: every agency URL {@code https://eng.belta.by/x} becomes
   * {@code <base>/eng.belta.by/x}, and the base host becomes the only allowed host. The per-edition
   * delays, which are there to spare the agencies' servers, are dropped: the global {@code
   * ECHOWATCH_PER_HOST_DELAY} applies to the local server.
   */
  public static List<SourceConfig> rebase(List<SourceConfig> sources, URI base) {
    String root = base.toString().replaceAll("/+$", "");
    String host = base.getHost().toLowerCase(Locale.ROOT);
    List<SourceConfig> out = new ArrayList<>();
    for (SourceConfig s : sources) {
      out.add(
          new SourceConfig(
              s.edition(),
              s.source(),
              s.lang(),
              s.zone(),
              s.sites().stream().map(u -> URI.create(rebaseUrl(u.toString(), root))).toList(),
              Set.of(host),
              null,
              s.feeds().stream().map(f -> f.withUrl(rebaseUrl(f.url(), root))).toList(),
              s.ids(),
              s.article()));
    }
    return List.copyOf(out);
  }

  /** The catalog with every feed polled every {@code interval} (demo and tests). */
  public static List<SourceConfig> withPollInterval(List<SourceConfig> sources, Duration interval) {
    return sources.stream()
        .map(
            s ->
                s.withFeeds(
                    s.feeds().stream()
                        .map(f -> new FeedConfig(f.id(), f.type(), f.url(), interval))
                        .toList()))
        .toList();
  }

  /** {@code https://host/x} as {@code <root>/host/x}. */
  static String rebaseUrl(String url, String root) {
    URI u = URI.create(url);
    String rest = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
    String query = u.getRawQuery() == null ? "" : "?" + u.getRawQuery();
    return root + "/" + u.getHost() + rest + query;
  }

  static List<SourceConfig> parse(InputStream in, String origin) throws IOException {
    JsonNode root = YAML.readTree(in);
    if (root == null || !root.path("editions").isArray()) {
      throw new IllegalArgumentException(origin + ": top-level 'editions' list is missing");
    }
    Duration defaultInterval =
        Durations.parse(root.path("defaults").path("interval").asText("5m"), origin + " interval");
    List<SourceConfig> out = new ArrayList<>();
    Map<String, JsonNode> raw = new HashMap<>();
    for (JsonNode node : root.path("editions")) {
      String edition = text(node, "edition", origin);
      try {
        JsonNode e = inherit(node, raw);
        raw.put(edition, e);
        out.add(edition(e, edition, defaultInterval));
      } catch (IllegalArgumentException | DateTimeException ex) {
        throw new IllegalArgumentException(
            origin + ": edition " + edition + ": " + ex.getMessage(), ex);
      }
    }
    return List.copyOf(out);
  }

  /** The edition with the {@code ids} and {@code article} of the edition it is {@code like}. */
  private static JsonNode inherit(JsonNode e, Map<String, JsonNode> earlier) {
    String like = e.path("like").asText(null);
    if (like == null) {
      return e;
    }
    JsonNode parent = earlier.get(like);
    if (parent == null) {
      throw new IllegalArgumentException("'like: " + like + "' names no earlier edition");
    }
    ObjectNode merged = ((ObjectNode) e).deepCopy();
    if (!merged.has("ids")) {
      merged.set("ids", parent.path("ids"));
    }
    ObjectNode article = ((ObjectNode) parent.path("article")).deepCopy();
    if (e.path("article").isObject()) {
      article.setAll((ObjectNode) e.path("article"));
    }
    merged.set("article", article);
    return merged;
  }

  private static SourceConfig edition(JsonNode e, String edition, Duration defaultInterval) {
    List<URI> sites = strings(e.path("sites")).stream().map(URI::create).toList();
    if (sites.isEmpty()) {
      throw new IllegalArgumentException("'sites' must list at least one site root");
    }
    Set<String> hosts = new LinkedHashSet<>();
    sites.forEach(u -> hosts.add(u.getHost().toLowerCase(Locale.ROOT)));
    hosts.addAll(strings(e.path("extraHosts")));
    List<FeedConfig> feeds = new ArrayList<>();
    for (JsonNode f : e.path("feeds")) {
      if (f.path("enabled").asBoolean(true)) {
        feeds.add(
            new FeedConfig(
                text(f, "id", edition),
                text(f, "type", edition),
                text(f, "url", edition),
                f.has("interval")
                    ? Durations.parse(f.get("interval").asText(), "interval of " + f.get("id"))
                    : defaultInterval));
      }
    }
    List<IdRule> ids = new ArrayList<>();
    for (JsonNode i : e.path("ids")) {
      ids.add(
          new IdRule(Pattern.compile(text(i, "pattern", edition)), text(i, "template", edition)));
    }
    Duration delay =
        e.has("delay") ? Durations.parse(e.get("delay").asText(), "delay of " + edition) : null;
    return new SourceConfig(
        edition,
        text(e, "source", edition),
        text(e, "lang", edition),
        ZoneId.of(text(e, "zone", edition)),
        sites,
        hosts,
        delay,
        feeds,
        ids,
        rules(e.path("article")));
  }

  private static ArticleRules rules(JsonNode a) {
    String next = a.path("nextPage").asText(null);
    String rubric = a.path("rubric").asText(null);
    return new ArticleRules(
        picks(a.path("title")),
        picks(a.path("body")),
        a.path("paragraphs").asText("p"),
        strings(a.path("remove")),
        strings(a.path("stopAt")),
        strings(a.path("dropParagraphs")).stream().map(Pattern::compile).toList(),
        picks(a.path("dates")),
        picks(a.path("tags")),
        picks(a.path("author")),
        a.path("defaultAuthor").asText(null),
        picks(a.path("images")),
        strings(a.path("skipImages")),
        rubric == null ? null : Pattern.compile(rubric),
        next == null ? null : Pick.parse(next));
  }

  private static List<Pick> picks(JsonNode n) {
    return strings(n).stream().map(Pick::parse).toList();
  }

  private static List<String> strings(JsonNode n) {
    List<String> out = new ArrayList<>();
    if (n.isTextual()) {
      out.add(n.asText());
    } else {
      n.forEach(x -> out.add(x.asText()));
    }
    return out;
  }

  private static String text(JsonNode n, String field, String where) {
    JsonNode v = n.get(field);
    if (v == null || v.asText().isBlank()) {
      throw new IllegalArgumentException(where + ": '" + field + "' is required");
    }
    return v.asText();
  }
}
