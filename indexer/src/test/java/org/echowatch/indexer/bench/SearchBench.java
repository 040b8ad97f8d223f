package org.echowatch.indexer.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.lucene.store.FSDirectory;
import org.echowatch.indexer.consume.BatchIndexer;
import org.echowatch.indexer.consume.CommitSchedule;
import org.echowatch.indexer.index.SearchRequest;
import org.echowatch.indexer.index.StoryIndex;

/**
 * Builds an on-disk index of N generated stories, fed as polled match records (two stories each)
 * through {@link BatchIndexer}, the steps the consumer takes, and reports indexing throughput, then
 * search latency p50/p99 over a mix of queries with facets and snippets.
 *
 * <p>Arguments: {@code [stories (1000000)] [index dir (target/bench-index)] [searches (2000)]
 * [search threads (1)] [index threads (1)]}. An existing index in the folder is reused when it
 * already holds the stories.
 */
public final class SearchBench {

  private static final List<String> QUERIES =
      List.of(
          "Lukashenko",
          "卢卡申科",
          "Лукашэнка AND Минск",
          "\"industrial park\"",
          "title:cooperation AND source:belta",
          "trade AND publishedAt:[2025-03-01 TO 2025-03-31]",
          "переговоры",
          "合作 AND 投资",
          "harvest OR урожай",
          "type:translation AND Beijing",
          "tourism NOT airline",
          "");

  /** As the consumer: at most this many records per poll, a commit at most once a second. */
  private static final int POLL_RECORDS = 2000;

  private static final long COMMIT_EVERY_NANOS = 1_000_000_000L;
  private static final int REPORT_EVERY = 100_000;

  private SearchBench() {}

  public static void main(String[] args) throws Exception {
    int stories = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    Path dir = Path.of(args.length > 1 ? args[1] : "target/bench-index");
    int searches = args.length > 2 ? Integer.parseInt(args[2]) : 2_000;
    int searchThreads = args.length > 3 ? Integer.parseInt(args[3]) : 1;
    boolean twoIndexThreads = args.length > 4 && Integer.parseInt(args[4]) > 1;
    Files.createDirectories(dir);
    try (var index = new StoryIndex(FSDirectory.open(dir), searchThreads)) {
      int existing = index.storyCount();
      if (existing < stories) {
        build(index, existing, stories, twoIndexThreads);
      } else {
        System.out.printf(Locale.ROOT, "reusing index of %d stories in %s%n", existing, dir);
      }
      search(index, searches, searchThreads);
    }
  }

  private static void build(StoryIndex index, int from, int to, boolean twoThreads)
      throws Exception {
    var batches =
        new BatchIndexer(
            index,
            failure -> {
              throw new IllegalStateException("a generated record did not parse: " + failure);
            },
            twoThreads);
    var threads = ManagementFactory.getThreadMXBean();
    var process =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    var schedule = new CommitSchedule(COMMIT_EVERY_NANOS, System.nanoTime());
    long wall = 0;
    long cpu = 0;
    long processCpu = 0;
    long started = System.nanoTime();
    int reported = from / REPORT_EVERY;
    for (long m = from / 2; m < to / 2; m += POLL_RECORDS) {
      ConsumerRecords<byte[], byte[]> poll =
          GeneratedMatches.poll(m, (int) Math.min(POLL_RECORDS, to / 2 - m));
      long t0 = System.nanoTime();
      long c0 = threads.getCurrentThreadCpuTime();
      long p0 = process.getProcessCpuTime();
      batches.apply(poll, false);
      if (schedule.due(true, false, System.nanoTime())) {
        batches.commit();
        schedule.committed(System.nanoTime());
      }
      wall += System.nanoTime() - t0;
      cpu += threads.getCurrentThreadCpuTime() - c0;
      processCpu += process.getProcessCpuTime() - p0;
      long done = 2 * (m + poll.count());
      if (done / REPORT_EVERY > reported) {
        reported = (int) (done / REPORT_EVERY);
        System.out.printf(
            Locale.ROOT,
            "indexed %d stories, %.0f stories/s while indexing, %.0f s elapsed%n",
            done,
            (done - from) / (wall / 1e9),
            (System.nanoTime() - started) / 1e9);
      }
    }
    long t0 = System.nanoTime();
    batches.commit();
    wall += System.nanoTime() - t0;
    int stories = to / 2 * 2 - from / 2 * 2;
    System.out.printf(
        Locale.ROOT,
        "INDEXING: %d stories (%d match records, %d per poll, through BatchIndexer as the consumer)"
            + " in %.1f s = %.0f stories/s wall clock; indexing thread CPU %.1f s = %.0f stories"
            + " per CPU-second; process CPU %.1f s = %.0f stories per process CPU-second%n",
        stories,
        stories / 2,
        POLL_RECORDS,
        wall / 1e9,
        stories / (wall / 1e9),
        cpu / 1e9,
        stories / (cpu / 1e9),
        processCpu / 1e9,
        stories / (processCpu / 1e9));
  }

  private static void search(StoryIndex index, int searches, int searchThreads) throws Exception {
    int warmup = Math.min(300, searches / 4);
    List<Long> nanos = new ArrayList<>();
    List<Long> cpuNanos = new ArrayList<>();
    List<Long> processNanos = new ArrayList<>();
    var threads = ManagementFactory.getThreadMXBean();
    var process =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long totalHits = 0;
    Map<String, List<long[]>> byQuery = new LinkedHashMap<>();
    for (int i = 0; i < warmup + searches; i++) {
      String q = QUERIES.get(i % QUERIES.size());
      boolean byTime = i % 3 == 0;
      String lang = i % 5 == 0 ? "en" : null;
      var request = new SearchRequest(q, byTime, i % 4, 20, null, lang, null, null);
      long p0 = process.getProcessCpuTime();
      long c0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      var page = index.search(request);
      long t = System.nanoTime() - t0;
      long c = threads.getCurrentThreadCpuTime() - c0;
      long p = process.getProcessCpuTime() - p0;
      if (i >= warmup) {
        nanos.add(t);
        cpuNanos.add(c);
        processNanos.add(p);
        totalHits += page.total();
        byQuery.computeIfAbsent(q, k -> new ArrayList<>()).add(new long[] {t, page.total()});
      }
    }
    long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
    System.out.printf(
        Locale.ROOT,
        "SEARCH: %d searches over %d stories (facets + snippets, 20 hits/page): p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms (mean hits %d)%n",
        sorted.length,
        index.storyCount(),
        pct(sorted, 50),
        pct(sorted, 90),
        pct(sorted, 99),
        sorted[sorted.length - 1] / 1e6,
        totalHits / sorted.length);
    long[] cpu = cpuNanos.stream().mapToLong(Long::longValue).sorted().toArray();
    System.out.printf(
        Locale.ROOT,
        "SEARCH CPU time of the searching thread: p50 %.1f ms, p99 %.1f ms%n",
        pct(cpu, 50),
        pct(cpu, 99));
    long[] all = processNanos.stream().mapToLong(Long::longValue).sorted().toArray();
    System.out.printf(
        Locale.ROOT,
        "SEARCH CPU time of the whole process (%d search threads; includes GC and compilation):"
            + " p50 %.1f ms, p99 %.1f ms, mean %.1f ms%n",
        searchThreads,
        pct(all, 50),
        pct(all, 99),
        processNanos.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6);
    System.out.println("query mix: " + Arrays.toString(QUERIES.toArray()));
    byQuery.forEach(SearchBench::printQuery);
  }

  /** One query's wall-clock median and worst, and its hits, to show which queries are slow. */
  private static void printQuery(String query, List<long[]> runs) {
    long[] sorted = runs.stream().mapToLong(r -> r[0]).sorted().toArray();
    System.out.printf(
        Locale.ROOT,
        "  %-50s p50 %6.1f ms  max %6.1f ms  mean hits %d%n",
        "[" + query + "]",
        pct(sorted, 50),
        sorted[sorted.length - 1] / 1e6,
        (long) runs.stream().mapToLong(r -> r[1]).average().orElse(0));
  }

  private static double pct(long[] sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, i)] / 1e6;
  }
}
