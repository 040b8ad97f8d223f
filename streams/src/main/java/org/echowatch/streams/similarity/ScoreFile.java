package org.echowatch.streams.similarity;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.echowatch.common.Json;

/**
 * The {@code score} command's file format: reads {@code
 * {"id","a":{"lang","title","body"},"b":{...}}} lines and writes {@code {"id","score","type"}}
 * lines ({@code type} is {@code none} when no tier fires).
 */
public final class ScoreFile {

  /**
   * One input line.
   *
   * @param id pair id
   * @param a one side
   * @param b the other side
   */
  public record PairLine(String id, Side a, Side b) {}

  /**
   * One output line.
   *
   * @param id pair id
   * @param score similarity in [0,1]
   * @param type tier, or {@code none}
   */
  public record ScoreLine(String id, double score, String type) {}

  private ScoreFile() {}

  /**
   * Scores every pair of {@code input} into {@code output}.
   *
   * @return number of pairs scored
   * @throws IOException when a file cannot be read or written
   * @throws IllegalArgumentException naming the line that is not a valid pair
   */
  public static int score(Path input, Path output, PairScorer scorer) throws IOException {
    int count = 0;
    try (BufferedReader in = Files.newBufferedReader(input, StandardCharsets.UTF_8);
        BufferedWriter out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        PairLine pair = Json.read(line, PairLine.class);
        if (pair.a() == null || pair.b() == null) {
          throw new IllegalArgumentException(
              input + " line " + n + ": both \"a\" and \"b\" are required");
        }
        PairScore s = scorer.score(pair.a(), pair.b());
        out.write(
            Json.write(
                new ScoreLine(
                    pair.id(), s.score(), s.type() == null ? "none" : s.type().wireName())));
        out.newLine();
        count++;
      }
    }
    return count;
  }
}
