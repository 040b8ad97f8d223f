package org.echowatch.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.echowatch.app.Echowatch;
import org.echowatch.common.Json;
import org.echowatch.ingest.demo.DemoAgencySite;
import org.echowatch.ingest.demo.DemoStory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EchowatchCliTest {

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(Map<String, String> env, String... args) {
    return Echowatch.execute(args, env, new PrintWriter(out), new PrintWriter(err));
  }

  private static final String BODY =
      "Five companies from China and Belarus have registered as residents of the China-Belarus"
          + " Industrial Park Great Stone since the start of the year, the park's administration"
          + " said.\n\nThe new residents plan to invest a total of $86 million in the production of"
          + " electric vehicle components, medical equipment and smart logistics systems.";

  private static String story(String id, String source, String at, String dateline) {
    return Json.write(
        Map.of(
            "id",
            id,
            "source",
            source,
            "lang",
            "en",
            "publishedAt",
            at,
            "title",
            "Great Stone registers five new residents",
            "body",
            dateline + BODY));
  }

  @Test
  void shouldWriteOneFlaggedPairWhenReplayingACopiedStory() throws IOException {
    Path input = dir.resolve("articles.jsonl");
    Path output = dir.resolve("matches.jsonl");
    Files.write(
        input,
        List.of(
            story("xinhua-en:1", "xinhua", "2026-03-02T11:00:00Z", "MINSK, March 2 (Xinhua) -- "),
            story("belta-en:1", "belta", "2026-03-02T09:00:00Z", "MINSK, 2 March (BelTA) – ")));

    int code = run(Map.of(), "replay", "--input", input.toString(), "--output", output.toString());

    assertThat(code).isZero();
    List<String> lines = Files.readAllLines(output);
    assertThat(lines).hasSize(1);
    var match = Json.mapper().readTree(lines.get(0));
    assertThat(match.get("originId").asText()).isEqualTo("belta-en:1");
    assertThat(match.get("echoId").asText()).isEqualTo("xinhua-en:1");
    assertThat(match.get("type").asText()).isEqualTo("exact");
    assertThat(match.get("lagSeconds").asLong()).isEqualTo(7200);
    assertThat(match.get("score").asDouble()).isBetween(0.0, 1.0);
    assertThat(match.get("narrativeId").asText()).isNotBlank();
  }

  @Test
  void shouldExitTwoNamingTheLineWhenReplayInputIsMalformed() throws IOException {
    Path input = dir.resolve("bad.jsonl");
    Files.write(
        input, List.of(story("belta-en:1", "belta", "2026-03-02T09:00:00Z", ""), "{not json"));

    int code =
        run(
            Map.of(),
            "replay",
            "--input",
            input.toString(),
            "--output",
            dir.resolve("o").toString());

    assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("line 2");
  }

  @Test
  void shouldExitTwoNamingTheOptionWhenInputFileIsMissing() {
    int code =
        run(
            Map.of(),
            "score",
            "--input",
            dir.resolve("none.jsonl").toString(),
            "--output",
            dir.resolve("o").toString());

    assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("--input").contains("none.jsonl");
  }

  @Test
  void shouldScoreCopiesHighAndUnrelatedTextLowWhenScoringPairs() throws IOException {
    Path input = dir.resolve("pairs.jsonl");
    Path output = dir.resolve("scores.jsonl");
    var side =
        Map.of("lang", "en", "title", "Great Stone registers five new residents", "body", BODY);
    var other =
        Map.of(
            "lang",
            "en",
            "title",
            "Spring planting gets under way in south China",
            "body",
            "Farmers across Guangxi have started spring planting, with early rice sown on"
                + " more than 200,000 hectares so far.");
    Files.write(
        input,
        List.of(
            Json.write(Map.of("id", "same", "a", side, "b", side)),
            Json.write(Map.of("id", "unrelated", "a", side, "b", other))));

    int code = run(Map.of(), "score", "--input", input.toString(), "--output", output.toString());

    assertThat(code).isZero();
    List<String> lines = Files.readAllLines(output);
    var same = Json.mapper().readTree(lines.get(0));
    var unrelated = Json.mapper().readTree(lines.get(1));
    assertThat(same.get("id").asText()).isEqualTo("same");
    assertThat(same.get("score").asDouble()).isGreaterThan(0.9);
    assertThat(same.get("type").asText()).isEqualTo("exact");
    assertThat(unrelated.get("score").asDouble()).isLessThan(0.3);
  }

  @Test
  void shouldPrintTheArticleWhenExtractingASavedPage() throws Exception {
    var story =
        new DemoStory(
            "belta-en",
            "186947",
            "economics",
            LocalDateTime.of(2026, 3, 2, 9, 20),
            "Great Stone industrial park registers five new residents",
            List.of(
                "MINSK, 2 March (BelTA) – " + BODY.replace("\n\n", " "), "The park is near Minsk."),
            List.of("Great Stone"));
    Path page = dir.resolve("page.html");
    String url;
    try (var site =
        DemoAgencySite.start(
            List.of(story), Clock.fixed(Instant.parse("2026-03-03T00:00:00Z"), ZoneOffset.UTC))) {
      url = site.urlOf(story);
      var http = HttpClient.newHttpClient();
      Files.writeString(
          page,
          http.send(
                  HttpRequest.newBuilder(URI.create(url)).build(),
                  HttpResponse.BodyHandlers.ofString())
              .body());
    }

    int code =
        run(Map.of(), "extract", "--edition", "belta-en", "--url", url, "--input", page.toString());

    assertThat(code).as(err.toString()).isZero();
    var article = Json.mapper().readTree(out.toString());
    assertThat(article.get("id").asText()).isEqualTo("belta-en:186947");
    assertThat(article.get("title").asText())
        .isEqualTo("Great Stone industrial park registers five new residents");
    assertThat(article.get("body").asText()).contains("Five companies from China and Belarus");
    assertThat(article.get("publishedAt").asText()).isEqualTo("2026-03-02T06:20:00Z");
  }

  @Test
  void shouldExitTwoNamingTheEditionWhenItIsUnknown() throws IOException {
    Path page = dir.resolve("page.html");
    Files.writeString(page, "<html><body><h1>x</h1></body></html>");

    int code =
        run(
            Map.of(),
            "extract",
            "--edition",
            "tass-en",
            "--url",
            "https://tass.com/1",
            "--input",
            page.toString());

    assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("tass-en");
  }

  @Test
  void shouldExitTwoNamingTheVariableWhenRunSettingIsBad() {
    int code = run(Map.of("ECHOWATCH_MANAGEMENT_PORT", "http"), "run");

    assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("ECHOWATCH_MANAGEMENT_PORT");
  }

  @Test
  void shouldExitTwoNamingTheVariableWhenAStageSettingIsBad() {
    int code = run(Map.of(), "run", "--poll-interval", "often");

    assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("ECHOWATCH_POLL_INTERVAL");
  }

  @Test
  void shouldExitTwoWhenRunGetsAnUnknownFlag() {
    int code = run(Map.of(), "run", "--kafka-bootsrap", "k:9092");

    assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("--kafka-bootsrap");
  }

  @Test
  void shouldExitTwoWhenOneStageHasNoBootstrap() {
    int code = run(Map.of(), "streams");

    assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("ECHOWATCH_KAFKA_BOOTSTRAP");
  }

  @Test
  void shouldExitTwoWhenNoSubcommandIsGiven() {
    assertThat(run(Map.of())).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run(Map.of(), "replay")).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("--input");
  }
}
