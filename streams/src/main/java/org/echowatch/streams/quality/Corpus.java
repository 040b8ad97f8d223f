package org.echowatch.streams.quality;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.echowatch.common.Article;
import org.echowatch.common.Json;

/**
 * The labelled corpus: {@code articles.jsonl} (replay input lines plus a {@code family} that groups
 * a story with its planted echoes) and {@code pairs.jsonl} ({@code {"a","b","label","note"}}, label
 * {@code exact|verbatim|rewrite|translation|none}).
 *
 * @param articles stories by id, in file order
 * @param families family of each story
 * @param pairs labelled pairs
 */
public record Corpus(
    Map<String, Article> articles, Map<String, String> families, List<Pair> pairs) {

  /**
   * One labelled pair.
   *
   * @param a one story id
   * @param b the other
   * @param label tier name, or {@code none} for a hard negative
   * @param note how the pair was made
   */
  public record Pair(String a, String b, String label, String note) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Line(
      String id,
      String source,
      String lang,
      Instant publishedAt,
      String title,
      String body,
      String url,
      String family) {}

  /** Reads a corpus folder. */
  public static Corpus read(Path dir) throws IOException {
    Map<String, Article> articles = new LinkedHashMap<>();
    Map<String, String> families = new LinkedHashMap<>();
    for (String line : Files.readAllLines(dir.resolve("articles.jsonl"), StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        Line l = Json.read(line, Line.class);
        articles.put(
            l.id(),
            Article.of(
                l.id(), l.source(), l.lang(), l.publishedAt(), l.title(), l.body(), l.url()));
        families.put(l.id(), l.family() == null ? l.id() : l.family());
      }
    }
    List<Pair> pairs =
        Files.readAllLines(dir.resolve("pairs.jsonl"), StandardCharsets.UTF_8).stream()
            .filter(l -> !l.isBlank())
            .map(l -> Json.read(l, Pair.class))
            .toList();
    for (Pair p : pairs) {
      if (!articles.containsKey(p.a()) || !articles.containsKey(p.b())) {
        throw new IllegalArgumentException("pair " + p + " names a story not in articles.jsonl");
      }
    }
    return new Corpus(articles, families, pairs);
  }
}
