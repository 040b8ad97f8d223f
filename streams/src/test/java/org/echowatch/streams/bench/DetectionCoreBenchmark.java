package org.echowatch.streams.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.echowatch.common.Article;
import org.echowatch.streams.DetectionSettings;
import org.echowatch.streams.similarity.CandidateFinder;
import org.echowatch.streams.similarity.ConceptDictionary;
import org.echowatch.streams.similarity.EchoDetector;
import org.echowatch.streams.similarity.EvidenceAligner;
import org.echowatch.streams.similarity.PairScorer;
import org.echowatch.streams.similarity.StoryProfile;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The detection core in memory, one thread: per generated 3 KB story, candidate generation through
 * the pivot index, scoring, match building, indexing, and eviction of the story that leaves a
 * window of {@link #WINDOW} stories. With {@code profiling=included} each story is also profiled in
 * the timed step; with {@code profiling=ahead} the profiles are made before, as the topology's
 * parse step makes them on its own thread, and only the detection task's work is timed.
 *
 * <p>Run: {@code java -cp <test classpath> org.openjdk.jmh.Main DetectionCoreBenchmark}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// six warm-up iterations: with two, the first measured ones still ran while the compiler was at
// work (iterations of one fork rising from 12,000 to 19,000 ops/s under the profiling=ahead
// setting)
@Warmup(iterations = 6, time = 5)
@Measurement(iterations = 4, time = 5)
// three forks: on this machine one JVM's compiled code can run the same work up to 40 % slower
// than another's, so a single fork's figure depends on the run; the parallel collector is the one
// ./echowatch runs (G1's write barriers and concurrent marking cost the timed thread too), on a
// heap of fixed size, so that its growing does not fall into the measured iterations
@Fork(
    value = 3,
    jvmArgs = {"-Xms3g", "-Xmx3g", "-XX:+UseParallelGC"})
public class DetectionCoreBenchmark {

  static final int WINDOW = 5_000;
  private static final int STORIES = 60_000;

  @Param({"included", "ahead"})
  public String profiling;

  private List<Article> stories;
  private List<StoryProfile> profiles;
  private WindowedCore core;
  private int next;

  @Setup(Level.Trial)
  public void generate() {
    stories = SyntheticStories.generate(STORIES, 350, 17L);
    profiles = profiling.equals("ahead") ? DetectionCoreCpuBench.profiles(stories) : null;
  }

  @Setup(Level.Iteration)
  public void reset() {
    core = new WindowedCore(stories, profiles);
    next = 0;
  }

  static EchoDetector newDetector() {
    var s = DetectionSettings.defaults();
    var dict = ConceptDictionary.builtIn();
    return new EchoDetector(
        new PairScorer(s.thresholds(), dict),
        new CandidateFinder(s.postingLimit(), s.maxCandidates(), 1.0),
        new EvidenceAligner(dict),
        s.window().toMillis(),
        false,
        s.evidenceLimit(),
        DetectionSettings.DETECTOR_VERSION);
  }

  @Benchmark
  public void detectOneStory(Blackhole bh) {
    if (next == stories.size()) {
      reset();
    }
    bh.consume(core.step(next));
    next++;
  }
}
