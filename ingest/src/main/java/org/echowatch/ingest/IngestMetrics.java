package org.echowatch.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** The ingest stage's meters, all named {@code echowatch.ingest.*}. */
final class IngestMetrics {

  private final MeterRegistry registry;

  IngestMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  void polled(String feedId, String status, int items) {
    Counter.builder("echowatch.ingest.polls")
        .description("feed polls by outcome")
        .tag("feed", feedId)
        .tag("status", status)
        .register(registry)
        .increment();
    Counter.builder("echowatch.ingest.feed.items")
        .description("items listed by a feed")
        .tag("feed", feedId)
        .register(registry)
        .increment(items);
  }

  void newArticle(String edition) {
    Counter.builder("echowatch.ingest.articles.new")
        .description("articles produced to articles.v1")
        .tag("edition", edition)
        .register(registry)
        .increment();
  }

  void fallback(String edition) {
    Counter.builder("echowatch.ingest.extraction.fallbacks")
        .description("pages the generic extractor had to read")
        .tag("edition", edition)
        .register(registry)
        .increment();
  }

  void error(String stage, Throwable error) {
    Counter.builder("echowatch.ingest.errors")
        .description("failures by stage and exception class")
        .tag("stage", stage)
        .tag("class", error.getClass().getSimpleName())
        .register(registry)
        .increment();
  }
}
