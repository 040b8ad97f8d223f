package org.echowatch.ingest.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.echowatch.common.Article;
import org.echowatch.ingest.ArticleExtraction;
import org.echowatch.ingest.SourceCatalog;
import org.echowatch.ingest.SourceConfig;
import org.echowatch.ingest.demo.DemoAgencySite;
import org.echowatch.ingest.demo.DemoStory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Extraction throughput in pages per second on one thread (one core): Jsoup parse, selectors,
 * dates, credit and SHA-256 of 50-150 KB pages of all six editions, rendered by the demo site. Not
 * run by the test build; the command is in ingest/README.md.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(1)
@Threads(1)
public class ExtractionBenchmark {

  private record Page(SourceConfig source, String url, String html) {}

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final List<Page> pages = new ArrayList<>();
  private int next;
  private long ops;
  private long cpuStart;

  // On a shared, oversubscribed machine wall-clock ops/s mostly measures the wait for a core;
  // CPU time of the benchmark thread gives pages per CPU-second, i.e. per core.
  @Setup(Level.Iteration)
  public void startCpuClock() {
    ops = 0;
    cpuStart = THREADS.getCurrentThreadCpuTime();
  }

  @TearDown(Level.Iteration)
  public void reportCpuThroughput() {
    double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    System.out.printf(
        "  [%d pages in %.2f CPU-s = %.0f pages per CPU-second]%n",
        ops, cpuSeconds, ops / cpuSeconds);
  }

  @Setup(Level.Trial)
  public void renderPages() throws IOException {
    List<DemoStory> stories = new ArrayList<>();
    String[] editions = {"belta-ru", "belta-en", "belta-zh", "xinhua-en", "xinhua-zh", "xinhua-ru"};
    for (int i = 0; i < 60; i++) {
      String edition = editions[i % editions.length];
      List<String> paragraphs = new ArrayList<>();
      for (int p = 0; p < 4 + i % 5; p++) {
        paragraphs.add(
            (p == 0 ? "MINSK, 2 October (BelTA) – " : "")
                + "Paragraph "
                + p
                + " of story "
                + i
                + " reports on trade, freight corridors and the talks of the two delegations,"
                + " with figures such as 12.5 million tonnes and 2,300 containers a month.");
      }
      String id = edition.startsWith("belta") ? String.valueOf(186_000 + i) : "bench-story-" + i;
      stories.add(
          new DemoStory(
              edition,
              id,
              "economics",
              LocalDateTime.parse("2026-10-02T10:00:00").plusMinutes(i),
              "Story " + i + " on cooperation between Belarus and China",
              paragraphs,
              List.of("China", "Belarus")));
    }
    Clock late = Clock.fixed(Instant.parse("2026-10-03T00:00:00Z"), ZoneOffset.UTC);
    try (DemoAgencySite site = DemoAgencySite.start(stories, late)) {
      List<SourceConfig> sources = SourceCatalog.rebase(SourceCatalog.load(), site.baseUri());
      for (DemoStory s : stories) {
        String url = site.urlOf(s);
        String html =
            new String(URI.create(url).toURL().openStream().readAllBytes(), StandardCharsets.UTF_8);
        pages.add(new Page(SourceCatalog.edition(sources, s.edition()), url, html));
      }
    }
    long bytes = pages.stream().mapToLong(p -> p.html().length()).sum();
    System.out.printf("%n%d pages, average %d KB%n", pages.size(), bytes / pages.size() / 1024);
  }

  /** One page extracted per operation: ops/s = pages/s on one core. */
  @Benchmark
  public Article extractOnePage() {
    Page p = pages.get(next);
    next = (next + 1) % pages.size();
    ops++;
    return ArticleExtraction.extract(p.source(), p.url(), p.html());
  }
}
