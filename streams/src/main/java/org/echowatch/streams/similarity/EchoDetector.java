package org.echowatch.streams.similarity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.echowatch.common.Article;
import org.echowatch.common.Evidence;
import org.echowatch.common.Match;

/**
 * The detection core, free of Kafka: for a new story it finds candidates through the pivot index,
 * scores them, and builds a {@link Match} for every pair a tier flags (origin = the earlier story;
 * on equal times the smaller id). Then it files the story under its pivots. Profiles of stored
 * stories are kept in a bounded cache; a cache miss only costs time, never changes a result.
 */
public final class EchoDetector {

  private static final int PROFILE_CACHE = 16_384;

  private final PairScorer scorer;
  private final DocumentFrequencies frequencies = new DocumentFrequencies();
  private final CandidateFinder finder;
  private final EvidenceAligner aligner;
  private final long windowMs;
  private final boolean sameSourcePairs;
  private final int evidenceLimit;
  private final String detectorVersion;
  private final Map<String, StoryProfile> profiles =
      new LinkedHashMap<>(PROFILE_CACHE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, StoryProfile> eldest) {
          return size() > PROFILE_CACHE;
        }
      };

  /**
   * @param scorer pair scorer
   * @param finder candidate finder
   * @param aligner evidence aligner
   * @param windowMs stories further apart are never paired
   * @param sameSourcePairs whether stories of one agency may be paired
   * @param evidenceLimit passages per match
   * @param detectorVersion written on every match
   */
  public EchoDetector(
      PairScorer scorer,
      CandidateFinder finder,
      EvidenceAligner aligner,
      long windowMs,
      boolean sameSourcePairs,
      int evidenceLimit,
      String detectorVersion) {
    this.scorer = scorer.with(frequencies);
    this.finder = finder;
    this.aligner = aligner;
    this.windowMs = windowMs;
    this.sameSourcePairs = sameSourcePairs;
    this.evidenceLimit = evidenceLimit;
    this.detectorVersion = detectorVersion;
  }

  /**
   * Flags the pairs a new story makes with stored ones, without storing it.
   *
   * @param story the new story
   * @param index pivot index of the stored stories
   * @param stored looks a stored story up by id (null when gone)
   * @return matches, strongest first (ties by pair key)
   */
  public List<Match> detect(
      Article story, WindowPivotIndex index, Function<String, Article> stored) {
    return detect(story, null, index, stored);
  }

  /**
   * Flags the pairs a new story makes with stored ones, without storing it.
   *
   * @param story the new story
   * @param given its profile when computed ahead (see {@link StoryProfile}), else null
   * @param index pivot index of the stored stories
   * @param stored looks a stored story up by id (null when gone)
   * @return matches, strongest first (ties by pair key)
   */
  public List<Match> detect(
      Article story, StoryProfile given, WindowPivotIndex index, Function<String, Article> stored) {
    StoryProfile self = profiled(story, given);
    TextProfile profile = self.profile();
    long t = story.publishedAt().toEpochMilli();
    var candidates =
        finder.find(
            story.id(), t, self.keys(), windowMs, sameSourcePairs ? null : story.source(), index);
    List<Match> matches = new ArrayList<>();
    // the statistics stay still while this story is scored: each vector length is summed once
    PairScorer round = scorer.forOneRound();
    for (var c : candidates) {
      // a cached profile spares reading the stored story; it is read only to build a match
      StoryProfile cached = profiles.get(c.id());
      Article other = cached == null ? stored.apply(c.id()) : null;
      if (cached == null && other == null) {
        continue;
      }
      TextProfile otherProfile = cached == null ? profile(other) : cached.profile();
      PairScore score = round.scoreIfFlagged(otherProfile, profile);
      if (score != null) {
        Article origin = other == null ? stored.apply(c.id()) : other;
        if (origin != null) {
          matches.add(toMatch(origin, story, score));
        }
      }
    }
    matches.sort(
        (a, b) ->
            a.score() != b.score()
                ? Double.compare(b.score(), a.score())
                : a.pairKey().compareTo(b.pairKey()));
    return matches;
  }

  /**
   * Files a story under its pivot keys and counts it in the term statistics; also how a restarted
   * task files the stories it holds again.
   */
  public void index(Article story, WindowPivotIndex index) {
    index(story, null, index);
  }

  /** As {@link #index(Article, WindowPivotIndex)}, with the story's profile when computed ahead. */
  public void index(Article story, StoryProfile given, WindowPivotIndex index) {
    var posting =
        new WindowPivotIndex.Posting(
            story.id(), story.publishedAt().toEpochMilli(), story.source());
    StoryProfile p = profiled(story, given);
    index.add(posting, p.keys().ids());
    frequencies.add(p.profile().vector());
  }

  /** Removes a story from the index (window expiry). */
  public void evict(Article story, WindowPivotIndex index) {
    evict(story.id(), () -> story, index);
  }

  /**
   * Removes a story from the index (window expiry), reading it only when its profile is no longer
   * cached.
   *
   * @param id the story's id
   * @param stored the stored story (null when gone)
   * @return whether the story was known (cached or stored)
   */
  public boolean evict(String id, Supplier<Article> stored, WindowPivotIndex index) {
    StoryProfile p = profiles.remove(id);
    if (p == null) {
      Article story = stored.get();
      p = story == null ? null : StoryProfile.of(scorer, story);
    }
    index.remove(id);
    if (p == null) {
      return false;
    }
    frequencies.remove(p.profile().vector());
    return true;
  }

  /** The profile of a story, from the cache when it is there. */
  public TextProfile profile(Article story) {
    return profiled(story, null).profile();
  }

  private StoryProfile profiled(Article story, StoryProfile given) {
    StoryProfile p = profiles.get(story.id());
    if (p == null) {
      p = given != null ? given : StoryProfile.of(scorer, story);
      profiles.put(story.id(), p);
    }
    return p;
  }

  private Match toMatch(Article a, Article b, PairScore score) {
    int order = a.publishedAt().compareTo(b.publishedAt());
    boolean aFirst = order < 0 || (order == 0 && a.id().compareTo(b.id()) < 0);
    Article origin = aFirst ? a : b;
    Article echo = aFirst ? b : a;
    long lag = (echo.publishedAt().toEpochMilli() - origin.publishedAt().toEpochMilli()) / 1000;
    List<Evidence> evidence = new ArrayList<>();
    if (evidenceLimit > 0) {
      for (var p :
          aligner.align(
              origin.title() + "\n" + origin.body(),
              echo.title() + "\n" + echo.body(),
              evidenceLimit)) {
        evidence.add(new Evidence(p.originSpan(), p.echoSpan(), p.score()));
      }
    }
    return new Match(
        origin.id(),
        echo.id(),
        score.type(),
        score.score(),
        score.features(),
        lag,
        null,
        Credit.names(origin.source(), echo.credit(), echo.title(), echo.body()),
        evidence,
        detectorVersion,
        origin,
        echo);
  }
}
