package org.echowatch.streams.processor;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.echowatch.common.Article;
import org.echowatch.common.Json;
import org.echowatch.common.Topics;
import org.echowatch.streams.similarity.StoryProfile;
import org.echowatch.streams.similarity.StoryProfileCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The detection repartition topic's values: {@code 'P'}, the story's JSON length (4 bytes) and
 * JSON, then its profile ({@link StoryProfileCodec}) or nothing. A value that is plain article JSON
 * (as an older version wrote) reads as a story without a profile, and so does one whose profile
 * part cannot be read: the profile is only a head start, never needed.
 */
public final class ProfiledArticleSerde implements Serde<ProfiledArticle> {

  static final byte MAGIC = 'P';
  private static final Logger LOG = LoggerFactory.getLogger(ProfiledArticleSerde.class);
  private static final Serde<Article> ARTICLE = Topics.ARTICLES.valueSerde();

  @Override
  public Serializer<ProfiledArticle> serializer() {
    return (topic, value) -> value == null ? null : write(value);
  }

  @Override
  public Deserializer<ProfiledArticle> deserializer() {
    return (topic, bytes) -> bytes == null ? null : read(topic, bytes);
  }

  static byte[] write(ProfiledArticle value) {
    byte[] json = value.jsonBytes();
    byte[] head =
        ByteBuffer.allocate(1 + 4 + json.length).put(MAGIC).putInt(json.length).put(json).array();
    return value.profile() == null ? head : StoryProfileCodec.encode(head, value.profile());
  }

  static ProfiledArticle read(String topic, byte[] bytes) {
    if (bytes.length == 0 || bytes[0] != MAGIC) {
      return new ProfiledArticle(ARTICLE.deserializer().deserialize(topic, bytes), null, bytes);
    }
    if (bytes.length < 5) {
      throw new IllegalArgumentException("profiled article of " + bytes.length + " bytes");
    }
    int jsonLength = ByteBuffer.wrap(bytes, 1, 4).getInt();
    if (jsonLength < 0 || jsonLength > bytes.length - 5) {
      throw new IllegalArgumentException(
          "profiled article declares " + jsonLength + " JSON bytes in " + bytes.length);
    }
    Article article = Json.read(bytes, 5, jsonLength, Article.class);
    int profileAt = 5 + jsonLength;
    byte[] json = Arrays.copyOfRange(bytes, 5, profileAt);
    if (profileAt == bytes.length) {
      return new ProfiledArticle(article, null, json);
    }
    try {
      StoryProfile profile = StoryProfileCodec.decode(bytes, profileAt);
      return new ProfiledArticle(article, profile, json);
    } catch (IllegalArgumentException e) {
      LOG.warn(
          "story {}: profile unreadable, detection profiles it again: {}",
          article.id(),
          e.getMessage());
      return new ProfiledArticle(article, null, json);
    }
  }
}
