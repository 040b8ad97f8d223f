package org.echowatch.streams.processor;

import java.time.Instant;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.echowatch.common.Article;
import org.echowatch.common.Json;
import org.echowatch.common.ProcessingFailure;
import org.echowatch.common.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses the raw {@code articles.v1} value. A value that is not a valid Article becomes a {@link
 * ProcessingFailure} (stage {@code streams.deserialize}) instead of stopping the stage.
 */
public final class ArticleParser
    implements FixedKeyProcessor<String, byte[], ArticleParser.Parsed> {

  private static final Logger LOG = LoggerFactory.getLogger(ArticleParser.class);

  /**
   * The parse result: exactly one of the two is set.
   *
   * @param article the story
   * @param failure why the value could not be read
   */
  public record Parsed(Article article, ProcessingFailure failure) {}

  private final DetectionMetrics metrics;
  private FixedKeyProcessorContext<String, Parsed> context;

  public ArticleParser(DetectionMetrics metrics) {
    this.metrics = metrics;
  }

  @Override
  public void init(FixedKeyProcessorContext<String, Parsed> context) {
    this.context = context;
  }

  @Override
  public void process(FixedKeyRecord<String, byte[]> record) {
    try {
      if (record.value() == null) {
        throw new IllegalArgumentException("record has no value");
      }
      Article article = Json.read(record.value(), Article.class);
      context.forward(record.withValue(new Parsed(article, null)));
    } catch (IllegalArgumentException e) {
      RecordMetadata meta = context.recordMetadata().orElse(null);
      LOG.debug("unreadable article {}: {}", record.key(), e.getMessage());
      metrics.error("streams.deserialize");
      var failure =
          ProcessingFailure.ofRecord(
              "streams.deserialize",
              meta == null ? Topics.ARTICLES.name() : meta.topic(),
              meta == null ? -1 : meta.partition(),
              meta == null ? -1 : meta.offset(),
              record.key() == null
                  ? null
                  : record.key().getBytes(java.nio.charset.StandardCharsets.UTF_8),
              record.value(),
              e,
              Instant.ofEpochMilli(Math.max(0, record.timestamp())));
      context.forward(record.withValue(new Parsed(null, failure)));
    }
  }
}
