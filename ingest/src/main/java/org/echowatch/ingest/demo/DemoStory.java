package org.echowatch.ingest.demo;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.echowatch.common.Json;

/**
 * One story the demo site publishes.
 *
 * @param edition edition id, e.g. {@code belta-en}, {@code xinhua-zh}
 * @param nativeId BelTA: the numeric id ({@code 186877}); Xinhua: a 32-hex content id, {@code
 *     <yyyymmdd>-<32hex>}, or any text (hashed to a content id)
 * @param rubric BelTA rubric or Xinhua section ({@code politics}, {@code world} ...); null = none
 * @param publishedLocal publication time in the edition's own zone (Minsk or Beijing)
 * @param title headline
 * @param paragraphs body paragraphs, dateline included as the agency writes it
 * @param tags tags (BelTA) or keywords (Xinhua)
 */
public record DemoStory(
    String edition,
    String nativeId,
    String rubric,
    LocalDateTime publishedLocal,
    String title,
    List<String> paragraphs,
    List<String> tags) {

  /** Editions the demo site renders. */
  public static final Set<String> EDITIONS =
      Set.of("belta-ru", "belta-en", "belta-zh", "belta-be", "xinhua-en", "xinhua-zh", "xinhua-ru");

  public DemoStory {
    if (!EDITIONS.contains(edition)) {
      throw new IllegalArgumentException(
          "demo story edition must be one of " + EDITIONS + ", was " + edition);
    }
    if (nativeId == null || nativeId.isBlank()) {
      throw new IllegalArgumentException("demo story nativeId is required");
    }
    if (edition.startsWith("belta") && !nativeId.matches("\\d{1,12}")) {
      throw new IllegalArgumentException(
          "BelTA demo story nativeId must be numeric, was " + nativeId);
    }
    if (publishedLocal == null) {
      throw new IllegalArgumentException("demo story " + nativeId + " needs publishedLocal");
    }
    title = title == null ? "" : title;
    paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
    tags = tags == null ? List.of() : List.copyOf(tags);
  }

  /** Reads a JSON array of stories ({@code publishedLocal} as ISO local date-time). */
  public static List<DemoStory> readJson(InputStream in) {
    try {
      return List.copyOf(Json.mapper().readValue(in, new TypeReference<List<DemoStory>>() {}));
    } catch (IOException e) {
      throw new IllegalArgumentException("not a JSON list of demo stories: " + e.getMessage(), e);
    }
  }
}
