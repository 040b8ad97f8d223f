package org.echowatch.streams.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordTfIdfTest {

  @Test
  void wordsAreLowerCasedRunsOfTwoOrMoreLettersOrDigits() {
    assertEquals(
        List.of("minsk", "sent", "300", "tractors", "nach", "köln", "минск"),
        WordTfIdf.words("Minsk sent 300 tractors (a) nach Köln, I-O-U Минск!"));
  }

  @Test
  void aTextMatchesItselfFullyAndATextWithNoWordInCommonNotAtAll() {
    var tfidf = new WordTfIdf(List.of("tractors shipped to Kenya", "heavy rain on Thursday"));
    assertEquals(
        1.0, tfidf.cosine("tractors shipped to Kenya", "Kenya: tractors shipped to"), 1e-12);
    assertEquals(0.0, tfidf.cosine("tractors shipped to Kenya", "heavy rain on Thursday"));
    assertEquals(0.0, tfidf.cosine("", "heavy rain"));
  }

  @Test
  void aWordThatFewTextsHaveWeighsMoreThanOneThatAllHave() {
    var tfidf =
        new WordTfIdf(
            List.of(
                "the plant said tractors", "the plant said rain", "the plant said wind", "kenya"));
    // both pairs share one word of two; "tractors" is in one text, "plant" in three
    double rare = tfidf.cosine("tractors minsk", "tractors kenya");
    double common = tfidf.cosine("plant minsk", "plant kenya");
    assertTrue(rare > common, rare + " against " + common);
  }
}
