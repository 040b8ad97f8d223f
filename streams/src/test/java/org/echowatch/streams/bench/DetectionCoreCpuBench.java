package org.echowatch.streams.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.echowatch.common.Article;
import org.echowatch.streams.DetectionSettings;
import org.echowatch.streams.similarity.ConceptDictionary;
import org.echowatch.streams.similarity.PairScorer;
import org.echowatch.streams.similarity.StoryProfile;
import org.echowatch.streams.similarity.WindowPivotIndex;

/**
 * The same work as {@link DetectionCoreBenchmark} (detect, index, evict the story that leaves a
 * window of {@link DetectionCoreBenchmark#WINDOW} stories), timed by the CPU time of the thread
 * that does it as well as by the clock. On a machine shared with other work the wall-clock score of
 * JMH says more about the neighbours than about the code; the CPU-time figure is the per-core one.
 *
 * <p>With a third argument {@code ahead}, every story is profiled before the clock starts, as the
 * topology's parse step does on its own thread, and only the detection task's work is timed.
 *
 * <p>Run: {@code java -cp <test classpath> org.echowatch.streams.bench.DetectionCoreCpuBench
 * [stories (60000)] [report every (10000)] [ahead]}
 */
public final class DetectionCoreCpuBench {

  private DetectionCoreCpuBench() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 60_000;
    int every = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    List<Article> stories = SyntheticStories.generate(n, 350, 17L);
    boolean ahead = args.length > 2 && args[2].equals("ahead");
    out.println(ahead ? "profiled ahead: detection alone is timed" : "profiling included");
    timeSteps(stories, ahead, every, out);
    // the timed core is out of reach here: were it still held, the heap figure would count its
    // release (a negative figure under the parallel collector)
    out.println(indexHeap(stories.subList(Math.max(0, n - DetectionCoreBenchmark.WINDOW), n)));
  }

  /** Runs every story through the windowed core, printing the CPU and wall time of each stretch. */
  private static void timeSteps(List<Article> stories, boolean ahead, int every, PrintStream out) {
    int n = stories.size();
    WindowedCore core = new WindowedCore(stories, ahead ? profiles(stories) : null);
    var threads = ManagementFactory.getThreadMXBean();
    long cpu = threads.getCurrentThreadCpuTime();
    long wall = System.nanoTime();
    long matches = 0;
    for (int i = 0; i < n; i++) {
      matches += core.step(i).size();
      if ((i + 1) % every == 0) {
        long cpuNow = threads.getCurrentThreadCpuTime();
        long wallNow = System.nanoTime();
        out.printf(
            Locale.ROOT,
            "stories %d-%d: %.0f stories per CPU-second (%.0f us each), %.0f stories/s wall;"
                + " %d matches so far%n",
            i + 2 - every,
            i + 1,
            every / ((cpuNow - cpu) / 1e9),
            (cpuNow - cpu) / 1e3 / every,
            every / ((wallNow - wall) / 1e9),
            matches);
        cpu = cpuNow;
        wall = wallNow;
      }
    }
  }

  static List<StoryProfile> profiles(List<Article> stories) {
    var scorer =
        new PairScorer(DetectionSettings.defaults().thresholds(), ConceptDictionary.builtIn());
    List<StoryProfile> out = new ArrayList<>(stories.size());
    for (Article a : stories) {
      out.add(StoryProfile.of(scorer, a));
    }
    return out;
  }

  /**
   * The heap a window's pivot index takes: used heap after a full collection, with the stories'
   * pivot keys held, before and after filing them.
   */
  static String indexHeap(List<Article> window) {
    var scorer =
        new PairScorer(DetectionSettings.defaults().thresholds(), ConceptDictionary.builtIn());
    List<StoryProfile> profiles = new ArrayList<>();
    for (Article a : window) {
      profiles.add(StoryProfile.of(scorer, a));
    }
    long before = usedHeapAfterGc();
    var index = new WindowPivotIndex();
    for (int i = 0; i < window.size(); i++) {
      Article a = window.get(i);
      index.add(
          new WindowPivotIndex.Posting(a.id(), a.publishedAt().toEpochMilli(), a.source()),
          profiles.get(i).keys().ids());
    }
    long bytes = usedHeapAfterGc() - before;
    return String.format(
        Locale.ROOT,
        "pivot index of %d stories: %d keys, %d postings, %d bytes of heap = %.0f bytes per story",
        index.size(),
        index.pivots(),
        index.postings(),
        bytes,
        (double) bytes / index.size());
  }

  /**
   * Used heap once full collections stop freeing more. One or three are not enough under the
   * parallel collector: its full collection may leave dead objects in place at the bottom of the
   * old generation, and a reading taken then counted them (the figure came out negative).
   */
  static long usedHeapAfterGc() {
    Runtime r = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 20; i++) {
      System.gc();
      long now = r.totalMemory() - r.freeMemory();
      if (used - now < 64 * 1024) {
        return Math.min(used, now);
      }
      used = now;
    }
    return used;
  }
}
