package org.echowatch.streams.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.echowatch.common.Article;
import org.echowatch.common.Match;
import org.echowatch.streams.similarity.EchoDetector;
import org.echowatch.streams.similarity.StoryProfile;
import org.echowatch.streams.similarity.WindowPivotIndex;

/**
 * The detection core walking a story stream as the topology does, in memory: each story is detected
 * against the stored ones, then indexed and stored, and the story that leaves a window of {@link
 * DetectionCoreBenchmark#WINDOW} stories is evicted. Shared by the benchmarks so that they time the
 * same work.
 */
final class WindowedCore {

  private final List<Article> stories;
  private final List<StoryProfile> profiles;
  private final EchoDetector detector = DetectionCoreBenchmark.newDetector();
  private final WindowPivotIndex index = new WindowPivotIndex();
  private final Map<String, Article> stored = new HashMap<>();

  WindowedCore(List<Article> stories) {
    this(stories, null);
  }

  /**
   * @param stories the stream
   * @param profiles the stories' profiles computed ahead, as the topology's parse step does (same
   *     order), or null to profile each story as it comes
   */
  WindowedCore(List<Article> stories, List<StoryProfile> profiles) {
    this.stories = stories;
    this.profiles = profiles;
  }

  /**
   * Processes story {@code i} (stories are processed in order, each once) and returns its matches.
   */
  List<Match> step(int i) {
    Article a = stories.get(i);
    StoryProfile ahead = profiles == null ? null : profiles.get(i);
    List<Match> matches = detector.detect(a, ahead, index, stored::get);
    detector.index(a, ahead, index);
    stored.put(a.id(), a);
    if (i >= DetectionCoreBenchmark.WINDOW) {
      Article old = stories.get(i - DetectionCoreBenchmark.WINDOW);
      detector.evict(old, index);
      stored.remove(old.id());
    }
    return matches;
  }
}
