package org.echowatch.streams;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.echowatch.common.Alert;
import org.echowatch.common.Topics;
import org.echowatch.streams.processor.ArticleParser;
import org.echowatch.streams.processor.DetectProcessor;
import org.echowatch.streams.processor.DetectionMetrics;
import org.echowatch.streams.processor.DetectionTimeStamp;
import org.echowatch.streams.processor.NarrativeProcessor;
import org.echowatch.streams.processor.Outcome;
import org.echowatch.streams.processor.ProfiledArticle;
import org.echowatch.streams.processor.ProfiledArticleSerde;
import org.echowatch.streams.processor.PublishedAtExtractor;
import org.echowatch.streams.similarity.ConceptDictionary;
import org.echowatch.streams.similarity.PairScorer;

/**
 * The detection topology: {@code articles.v1} (read as bytes, parsed in the topology so a bad
 * record becomes a failure, not a crash) and profiled → one detection task (all stories must meet,
 * so they are re-keyed to a single partition) → {@code narrative.matches.v1}, {@code
 * narrative.alerts.v1} and {@code streams.errors.v1}.
 */
public final class NarrativeTopology {

  /** The key every story is routed under so that all of them meet in one detection task. */
  static final String DETECTION_KEY = "detect";

  private NarrativeTopology() {}

  /** The topology with no metrics. */
  public static Topology build(DetectionSettings settings) {
    return build(settings, DetectionMetrics.NONE);
  }

  /**
   * The topology.
   *
   * @param settings detection settings
   * @param metrics counters the processors increment
   */
  public static Topology build(DetectionSettings settings, DetectionMetrics metrics) {
    ConceptDictionary dictionary =
        settings.cedict() == null
            ? ConceptDictionary.builtIn()
            : ConceptDictionary.withCedict(settings.cedict());
    var profiler = new PairScorer(settings.thresholds(), dictionary);
    var builder = new StreamsBuilder();
    DetectProcessor.storeBuilders(settings.inMemoryState()).forEach(builder::addStateStore);
    NarrativeProcessor.storeBuilders(settings.inMemoryState()).forEach(builder::addStateStore);

    var parsed =
        builder.stream(
                Topics.ARTICLES.name(),
                Consumed.with(Serdes.String(), Serdes.ByteArray())
                    .withTimestampExtractor(
                        new PublishedAtExtractor(DetectionSettings.MAX_AHEAD.toMillis()))
                    .withName("articles-source"))
            .processValues(() -> new ArticleParser(metrics), Named.as("parse-article"));

    var branches =
        parsed
            .split(Named.as("parsed-"))
            .branch((k, v) -> v.failure() != null, Branched.as("failed"))
            .defaultBranch(Branched.as("ok"));
    branches
        .get("parsed-failed")
        .mapValues(p -> p.failure(), Named.as("parse-failure"))
        .processValues(DetectionTimeStamp::new, Named.as("parse-failure-time"))
        .to(Topics.STREAMS_ERRORS.name(), Topics.STREAMS_ERRORS.produced());

    KStream<String, Outcome> outcomes =
        branches
            .get("parsed-ok")
            // profiling needs no state: done here, it scales with the partitions of articles.v1
            // and leaves the single detection task the work only it can do
            .map(
                (k, v) -> KeyValue.pair(DETECTION_KEY, ProfiledArticle.of(v.article(), profiler)),
                Named.as("profile-and-route-to-detection"))
            .repartition(
                Repartitioned.with(Serdes.String(), new ProfiledArticleSerde())
                    .withName("detection")
                    .withNumberOfPartitions(1))
            .process(
                () -> new DetectProcessor(settings, dictionary, metrics),
                Named.as("detect"),
                DetectProcessor.ARTICLES,
                DetectProcessor.EXPIRY)
            .process(
                () -> new NarrativeProcessor(settings.window().plus(settings.grace()), metrics),
                Named.as("narratives"),
                NarrativeProcessor.MEMBERSHIP,
                NarrativeProcessor.NARRATIVES,
                NarrativeProcessor.EXPIRY)
            // event time ends here: the output topics get the time of detection (see F6)
            .processValues(DetectionTimeStamp::new, Named.as("outcome-time"));

    outcomes
        .filter((k, v) -> v.isMatch(), Named.as("matches"))
        .mapValues(Outcome::match, Named.as("match-value"))
        .to(Topics.MATCHES.name(), Topics.MATCHES.produced());
    outcomes
        .filter((k, v) -> v.isAlert(), Named.as("alerts"))
        .mapValues(o -> (Alert) o.alert(), Named.as("alert-value"))
        .to(Topics.ALERTS.name(), Topics.ALERTS.produced());
    outcomes
        .filter((k, v) -> v.isFailure(), Named.as("failures"))
        .mapValues(Outcome::failure, Named.as("failure-value"))
        .to(Topics.STREAMS_ERRORS.name(), Topics.STREAMS_ERRORS.produced());
    return builder.build();
  }
}
