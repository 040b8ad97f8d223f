package org.echowatch.streams.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.echowatch.common.Article;
import org.echowatch.common.Json;
import org.echowatch.streams.DetectionSettings;
import org.echowatch.streams.Stories;
import org.echowatch.streams.similarity.ConceptDictionary;
import org.echowatch.streams.similarity.PairScorer;
import org.junit.jupiter.api.Test;

class ProfiledArticleSerdeTest {

  private static final PairScorer SCORER =
      new PairScorer(DetectionSettings.defaults().thresholds(), ConceptDictionary.builtIn());
  private static final Article STORY = Stories.corpus().articles().values().iterator().next();
  private final ProfiledArticleSerde serde = new ProfiledArticleSerde();

  @Test
  void shouldCarryTheStoryAndItsProfile() {
    var value = ProfiledArticle.of(STORY, SCORER);

    var back = serde.deserializer().deserialize("t", serde.serializer().serialize("t", value));

    assertThat(back.article()).isEqualTo(STORY);
    assertThat(back.profile()).isNotNull();
    assertThat(back.profile().keys()).isEqualTo(value.profile().keys());
    // detection stores the bytes the story came in: they must be what the store would write
    assertThat(back.jsonBytes()).isEqualTo(Json.writeBytes(STORY));
    assertThat(value.jsonBytes()).isEqualTo(Json.writeBytes(STORY));
  }

  @Test
  void shouldReadPlainArticleJsonAsAStoryWithoutProfile() {
    var back = serde.deserializer().deserialize("t", Json.writeBytes(STORY));

    assertThat(back.article()).isEqualTo(STORY);
    assertThat(back.profile()).isNull();
    assertThat(back.jsonBytes()).isEqualTo(Json.writeBytes(STORY));
  }

  @Test
  void shouldKeepTheStoryWhenItsProfilePartIsCorrupt() {
    byte[] bytes = serde.serializer().serialize("t", ProfiledArticle.of(STORY, SCORER));
    byte[] cut = Arrays.copyOf(bytes, bytes.length - 7);

    var back = serde.deserializer().deserialize("t", cut);

    assertThat(back.article()).isEqualTo(STORY);
    assertThat(back.profile()).isNull();
  }

  @Test
  void shouldRefuseAValueWhoseStoryLengthIsWrong() {
    byte[] bytes = serde.serializer().serialize("t", new ProfiledArticle(STORY, null));
    bytes[1] = 0x7f;

    assertThatThrownBy(() -> serde.deserializer().deserialize("t", bytes))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("JSON bytes");
  }
}
