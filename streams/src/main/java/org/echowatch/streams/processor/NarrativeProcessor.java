package org.echowatch.streams.processor;

import java.time.Duration;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.echowatch.common.JsonSerde;
import org.echowatch.common.Match;
import org.echowatch.streams.narrative.NarrativeState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Merges flagged pairs into narratives (connected components, each story mapped straight to its
 * narrative; the smaller side is relabelled on a merge). Stamps every match with its narrative id
 * and, when a narrative spans both agencies, emits its alert with the next version each time it
 * grows; a narrative absorbed by another has its alert retracted. Narratives whose latest member
 * left the window are evicted.
 */
public final class NarrativeProcessor implements Processor<String, Outcome, String, Outcome> {

  /** Story id to narrative id. */
  public static final String MEMBERSHIP = "narrative-membership";

  /** Narrative id to state. */
  public static final String NARRATIVES = "narratives";

  /** Narratives by latest member time, for eviction. */
  public static final String EXPIRY = "narrative-expiry";

  private static final Logger LOG = LoggerFactory.getLogger(NarrativeProcessor.class);

  private final Duration retention;
  private final DetectionMetrics metrics;
  private ProcessorContext<String, Outcome> context;
  private KeyValueStore<String, String> membership;
  private KeyValueStore<String, NarrativeState> narratives;
  private ExpiryQueue expiry;

  /**
   * @param retention how long after its latest member a narrative is kept (window + grace)
   * @param metrics counters
   */
  public NarrativeProcessor(Duration retention, DetectionMetrics metrics) {
    this.retention = retention;
    this.metrics = metrics;
  }

  /** The stores this processor needs. */
  public static List<StoreBuilder<?>> storeBuilders(boolean inMemory) {
    return List.of(
        Stores.keyValueStoreBuilder(
            DetectProcessor.supplier(MEMBERSHIP, inMemory), Serdes.String(), Serdes.String()),
        Stores.keyValueStoreBuilder(
            DetectProcessor.supplier(NARRATIVES, inMemory),
            Serdes.String(),
            new JsonSerde<>(NarrativeState.class)),
        Stores.keyValueStoreBuilder(
            DetectProcessor.supplier(EXPIRY, inMemory), Serdes.String(), Serdes.String()));
  }

  @Override
  public void init(ProcessorContext<String, Outcome> context) {
    this.context = context;
    this.membership = context.getStateStore(MEMBERSHIP);
    this.narratives = context.getStateStore(NARRATIVES);
    this.expiry = new ExpiryQueue(context.getStateStore(EXPIRY));
    context.schedule(DetectProcessor.EVICTION_INTERVAL, PunctuationType.STREAM_TIME, this::evict);
  }

  @Override
  public void process(Record<String, Outcome> record) {
    Outcome outcome = record.value();
    if (!outcome.isMatch()) {
      context.forward(record);
      return;
    }
    Match m = outcome.match();
    NarrativeState a = stateOf(m.originId(), m.origin());
    NarrativeState b = stateOf(m.echoId(), m.echo());
    NarrativeState merged = NarrativeState.union(a, b).withMatch(m);
    NarrativeState absorbed = merged.narrativeId().equals(a.narrativeId()) ? b : a;
    if (!absorbed.narrativeId().equals(merged.narrativeId())) {
      for (NarrativeState.Member member : absorbed.members()) {
        membership.put(member.id(), merged.narrativeId());
      }
      narratives.delete(absorbed.narrativeId());
    }
    for (NarrativeState.Member member : merged.members()) {
      if (member.id().equals(m.originId()) || member.id().equals(m.echoId())) {
        membership.put(member.id(), merged.narrativeId());
      }
    }
    if (merged.spansAgencies()) {
      merged = merged.nextVersion();
      var alert = merged.toAlert();
      metrics.alert(alert.severity());
      context.forward(record.withKey(alert.narrativeId()).withValue(Outcome.of(alert)));
      if (absorbed.version() > 0 && !absorbed.narrativeId().equals(merged.narrativeId())) {
        context.forward(
            record
                .withKey(absorbed.narrativeId())
                .withValue(Outcome.retraction(absorbed.narrativeId())));
      }
    }
    narratives.put(merged.narrativeId(), merged);
    expiry.add(merged.latest().toEpochMilli(), merged.narrativeId());
    Match stamped =
        new Match(
            m.originId(),
            m.echoId(),
            m.type(),
            m.score(),
            m.features(),
            m.lagSeconds(),
            merged.narrativeId(),
            m.credited(),
            m.evidence(),
            m.detectorVersion(),
            m.origin(),
            m.echo());
    context.forward(record.withValue(Outcome.of(stamped)));
  }

  private NarrativeState stateOf(String id, org.echowatch.common.Article story) {
    String narrativeId = membership.get(id);
    NarrativeState s = narrativeId == null ? null : narratives.get(narrativeId);
    return s != null ? s : NarrativeState.single(story);
  }

  private void evict(long streamTimeMs) {
    long cutoff = streamTimeMs - retention.toMillis();
    if (cutoff <= 0) {
      return;
    }
    int evicted = 0;
    for (String id : expiry.takeBefore(cutoff)) {
      NarrativeState s = narratives.get(id);
      // a narrative that grew since this entry was queued has a later one
      if (s != null && s.latest().toEpochMilli() < cutoff) {
        s.members().forEach(member -> membership.delete(member.id()));
        narratives.delete(id);
        evicted++;
      }
    }
    if (evicted > 0) {
      LOG.debug(
          "evicted {} narratives quiet since before {}",
          evicted,
          java.time.Instant.ofEpochMilli(cutoff));
    }
  }
}
