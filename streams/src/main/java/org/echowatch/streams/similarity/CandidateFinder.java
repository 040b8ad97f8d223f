package org.echowatch.streams.similarity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Votes for earlier stories through the pivot index: each shared key adds its weight, damped by how
 * many stories share it, and keys shared by more than {@code postingLimit} stories are skipped as
 * too common. The best {@code maxCandidates} go on to full scoring.
 */
public final class CandidateFinder {

  /**
   * A story worth scoring.
   *
   * @param id story id
   * @param publishedAtMs its publication time
   * @param votes weighted evidence from shared keys
   */
  public record Candidate(String id, long publishedAtMs, double votes) {}

  private final int postingLimit;
  private final int maxCandidates;
  private final double minVotes;
  private final ConceptDictionary dictionary;

  /**
   * @param postingLimit keys with more postings than this are not used for voting
   * @param maxCandidates most candidates returned
   * @param minVotes least votes a candidate needs
   * @param dictionary for the weight of concept keys
   */
  public CandidateFinder(
      int postingLimit, int maxCandidates, double minVotes, ConceptDictionary dictionary) {
    this.postingLimit = postingLimit;
    this.maxCandidates = maxCandidates;
    this.minVotes = minVotes;
    this.dictionary = dictionary;
  }

  /**
   * Candidates for a story, best first (ties by id).
   *
   * @param selfId the story's id, never its own candidate
   * @param publishedAtMs the story's time
   * @param keys its pivot keys
   * @param windowMs candidates further away in time than this are ignored
   * @param eligible which postings may become candidates (e.g. other agencies only)
   * @param index the pivot index
   */
  public List<Candidate> find(
      String selfId,
      long publishedAtMs,
      List<String> keys,
      long windowMs,
      Predicate<PivotIndex.Posting> eligible,
      PivotIndex index) {
    Map<String, Tally> votes = new HashMap<>();
    for (String key : keys) {
      int count = index.count(key);
      if (count == 0 || count > postingLimit) {
        continue;
      }
      List<PivotIndex.Posting> postings = index.postings(key, postingLimit);
      if (postings.isEmpty()) {
        continue;
      }
      double w = PivotKeys.weight(key, dictionary) / log2(1 + postings.size());
      for (PivotIndex.Posting p : postings) {
        if (!p.id().equals(selfId)
            && Math.abs(p.publishedAtMs() - publishedAtMs) <= windowMs
            && eligible.test(p)) {
          votes.computeIfAbsent(p.id(), k -> new Tally(p.publishedAtMs())).votes += w;
        }
      }
    }
    List<Candidate> out = new ArrayList<>();
    votes.forEach(
        (id, v) -> {
          if (v.votes >= minVotes) {
            out.add(new Candidate(id, v.publishedAtMs, v.votes));
          }
        });
    out.sort(
        (a, b) ->
            a.votes() != b.votes()
                ? Double.compare(b.votes(), a.votes())
                : a.id().compareTo(b.id()));
    return out.size() <= maxCandidates ? out : new ArrayList<>(out.subList(0, maxCandidates));
  }

  /** Votes gathered so far for one story. */
  private static final class Tally {
    private final long publishedAtMs;
    private double votes;

    Tally(long publishedAtMs) {
      this.publishedAtMs = publishedAtMs;
    }
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2) + 1e-9;
  }
}
