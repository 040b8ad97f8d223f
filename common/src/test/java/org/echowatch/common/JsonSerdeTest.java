package org.echowatch.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class JsonSerdeTest {

  private static final Instant T0 = Instant.parse("2026-03-01T09:15:00Z");

  @Test
  void shouldRoundTripArticleWithIsoInstants() {
    var article =
        new Article(
            "belta-en:186877",
            "belta",
            "belta-en",
            "en",
            "https://eng.belta.by/politics/view/x-186877-2026/",
            "Title",
            "Para one.\n\nPara two.",
            T0,
            T0.plusSeconds(60),
            "politics",
            List.of("tag"),
            "BelTA",
            "BelTA",
            List.of(),
            "ab12",
            "warc:1",
            "selectors",
            0);
    var serde = Topics.ARTICLES.valueSerde();

    byte[] bytes = serde.serializer().serialize("articles.v1", article);

    assertThat(new String(bytes, StandardCharsets.UTF_8))
        .contains("\"publishedAt\":\"2026-03-01T09:15:00Z\"");
    assertThat(serde.deserializer().deserialize("articles.v1", bytes)).isEqualTo(article);
  }

  @Test
  void shouldWriteMatchTypeInLowerCase() {
    var a = Article.of("a", "belta", "en", T0, "t", "b", null);
    var b = Article.of("b", "xinhua", "en", T0.plusSeconds(5), "t", "b", null);
    var match =
        new Match(
            "a",
            "b",
            MatchType.VERBATIM,
            0.9,
            Map.of("jaccard", 0.9),
            5,
            "n1",
            false,
            List.of(new Evidence("x", "y", 1.0)),
            "test",
            a,
            b);

    String json = Json.write(match);

    assertThat(json).contains("\"type\":\"verbatim\"");
    assertThat(Json.read(json, Match.class)).isEqualTo(match);
  }

  @Test
  void shouldRejectMalformedJsonWithSerializationExceptionNamingTheTopic() {
    var deserializer = Topics.ARTICLES.valueSerde().deserializer();

    assertThatThrownBy(
            () ->
                deserializer.deserialize(
                    "articles.v1", "{not json".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("articles.v1")
        .hasMessageContaining("not a valid Article");
  }

  @Test
  void shouldRejectArticleWithoutId() {
    String json = "{\"source\":\"belta\",\"publishedAt\":\"2026-03-01T09:15:00Z\",\"title\":\"t\"}";

    assertThatThrownBy(() -> Json.read(json, Article.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("id is required");
  }

  @Test
  void shouldBoundTheOffendingInputOfAFailure() {
    var failure =
        ProcessingFailure.ofRecord(
            "streams.deserialize",
            "articles.v1",
            0,
            7,
            null,
            "x".repeat(10_000).getBytes(StandardCharsets.UTF_8),
            new IllegalArgumentException("bad"),
            T0);

    assertThat(failure.input()).startsWith("xxxx").contains("more chars");
    assertThat(failure.input().length()).isLessThan(ProcessingFailure.MAX_INPUT_CHARS + 40);
    assertThat(failure.reason()).isEqualTo("bad");
  }
}
