package org.echowatch.streams.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.echowatch.common.Article;
import org.echowatch.streams.DetectionSettings;
import org.echowatch.streams.Stories;
import org.junit.jupiter.api.Test;

class StoryProfileCodecTest {

  private static final PairScorer SCORER =
      new PairScorer(DetectionSettings.defaults().thresholds(), ConceptDictionary.builtIn());

  private static StoryProfile profile(Article a) {
    return StoryProfile.of(SCORER, a);
  }

  @Test
  void shouldGiveBackEveryComponentOfEveryCorpusStoryProfile() {
    var stories = Stories.corpus().articles().values();
    assertThat(stories).hasSizeGreaterThan(400);
    for (Article a : stories) {
      StoryProfile before = profile(a);
      StoryProfile after = StoryProfileCodec.decode(StoryProfileCodec.encode(before), 0);
      TextProfile p = before.profile();
      TextProfile q = after.profile();
      assertThat(q.lang()).isEqualTo(p.lang());
      assertThat(q.exactHash()).isEqualTo(p.exactHash());
      assertThat(q.foldedLength()).isEqualTo(p.foldedLength());
      assertThat(q.shingles()).isEqualTo(p.shingles());
      assertThat(q.signature()).isEqualTo(p.signature());
      assertThat(q.strongTerms()).isEqualTo(p.strongTerms());
      assertThat(q.vector().size()).isEqualTo(p.vector().size());
      for (int i = 0; i < p.vector().size(); i++) {
        assertThat(q.vector().id(i)).isEqualTo(p.vector().id(i));
        assertThat(q.vector().weight(i)).isEqualTo(p.vector().weight(i));
      }
      assertThat(q.lead()).isEqualTo(p.lead());
      assertThat(q.titled()).isEqualTo(p.titled());
      assertThat(q.concepts()).containsExactlyElementsOf(p.concepts());
      assertThat(q.numbers()).containsExactlyElementsOf(p.numbers());
      assertThat(q.dates()).containsExactlyElementsOf(p.dates());
      assertThat(q.names()).containsExactlyElementsOf(p.names());
      assertThat(after.keys()).isEqualTo(before.keys());
    }
  }

  @Test
  void shouldWriteTheSameBytesAfterAHeadAndWhateverWasEncodedBefore() {
    var stories = Stories.corpus().articles().values().stream().limit(40).toList();
    byte[][] alone = new byte[stories.size()][];
    for (int i = 0; i < stories.size(); i++) {
      alone[i] = StoryProfileCodec.encode(profile(stories.get(i)));
    }
    byte[] head = {'P', 0, 0, 0, 2, '{', '}'};
    // in reverse order, so that each profile is written over a longer or shorter one
    for (int i = stories.size() - 1; i >= 0; i--) {
      byte[] framed = StoryProfileCodec.encode(head, profile(stories.get(i)));
      assertThat(Arrays.copyOf(framed, head.length)).isEqualTo(head);
      assertThat(Arrays.copyOfRange(framed, head.length, framed.length)).isEqualTo(alone[i]);
      assertThat(StoryProfileCodec.decode(framed, head.length).keys())
          .isEqualTo(profile(stories.get(i)).keys());
    }
  }

  @Test
  void shouldScoreADecodedProfileExactlyAsTheOriginal() {
    var stories = Stories.corpus().articles().values().stream().limit(60).toList();
    var frequencies = new DocumentFrequencies();
    stories.forEach(a -> frequencies.add(profile(a).profile().vector()));
    PairScorer scorer = SCORER.with(frequencies);
    for (int i = 1; i < stories.size(); i++) {
      TextProfile a = profile(stories.get(i - 1)).profile();
      TextProfile b = profile(stories.get(i)).profile();
      TextProfile b2 =
          StoryProfileCodec.decode(StoryProfileCodec.encode(profile(stories.get(i))), 0).profile();
      assertThat(scorer.score(a, b2)).isEqualTo(scorer.score(a, b));
    }
  }

  @Test
  void shouldRefuseBytesThatEndEarlyOrComeFromAnotherVersion() {
    byte[] bytes =
        StoryProfileCodec.encode(profile(Stories.corpus().articles().values().iterator().next()));

    for (int cut : new int[] {0, 1, 5, bytes.length / 2, bytes.length - 1}) {
      assertThatThrownBy(() -> StoryProfileCodec.decode(Arrays.copyOf(bytes, cut), 0))
          .as("cut at %d", cut)
          .isInstanceOf(IllegalArgumentException.class);
    }
    byte[] other = bytes.clone();
    other[0] = StoryProfileCodec.VERSION + 1;
    assertThatThrownBy(() -> StoryProfileCodec.decode(other, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("profile format");
  }

  @Test
  void shouldRefuseACountLargerThanTheBytesLeftWithoutAllocatingIt() {
    byte[] bytes =
        ByteBuffer.allocate(9).put(StoryProfileCodec.VERSION).putInt(Integer.MAX_VALUE).array();

    assertThatThrownBy(() -> StoryProfileCodec.decode(bytes, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exceeds the bytes left");
  }
}
