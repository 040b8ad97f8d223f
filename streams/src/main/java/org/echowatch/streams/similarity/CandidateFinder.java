package org.echowatch.streams.similarity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

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

  // per-slot tallies, all zero between calls; seenIn holds the last call that met each slot, and
  // touched lists the slots a call has met
  private double[] votes = new double[0];
  private int[] seenIn = new int[0];
  private int calls;
  private int[] touched = new int[0];
  private int[] keptSlots = new int[0];
  private double[] keptVotes = new double[0];
  private final int[] slots;

  /**
   * @param postingLimit keys with more postings than this are not used for voting
   * @param maxCandidates most candidates returned
   * @param minVotes least votes a candidate needs
   */
  public CandidateFinder(int postingLimit, int maxCandidates, double minVotes) {
    this.postingLimit = postingLimit;
    this.maxCandidates = maxCandidates;
    this.minVotes = minVotes;
    this.slots = new int[postingLimit];
  }

  /**
   * Candidates for a story, best first (ties by id). Not thread-safe: the finder keeps its vote
   * tallies between calls to spare allocating them.
   *
   * @param selfId the story's id, never its own candidate
   * @param publishedAtMs the story's time
   * @param keys its pivot keys, with their weights
   * @param windowMs candidates further away in time than this are ignored
   * @param otherThan stories of this agency are not candidates (null: every agency's are)
   * @param index the pivot index
   */
  public List<Candidate> find(
      String selfId,
      long publishedAtMs,
      FiledKeys keys,
      long windowMs,
      String otherThan,
      WindowPivotIndex index) {
    ensureCapacity(index.slotBound());
    int selfSlot = index.slotOf(selfId);
    int refusedSource = otherThan == null ? -1 : index.sourceCode(otherThan);
    int call = nextCall();
    int touchedCount = 0;
    for (int k = 0; k < keys.size(); k++) {
      int n = index.slotsOfRareKey(keys.ids()[k], postingLimit, slots);
      if (n == 0) {
        continue;
      }
      double w = keys.weights()[k] / log2(1 + n);
      for (int i = 0; i < n; i++) {
        int slot = slots[i];
        // a slot joins the touched list the first time this call meets it; written every time and
        // counted only then, so that no branch depends on which postings come first
        touched[touchedCount] = slot;
        touchedCount += seenIn[slot] != call ? 1 : 0;
        seenIn[slot] = call;
        votes[slot] += w;
      }
    }
    // read and clear the tallies; a story is eligible (not itself, within the window, of another
    // agency) and kept when its votes reach the least; only the stories at or above the
    // maxCandidates-th best vote become Candidates, and only those are sorted
    int kept = 0;
    for (int t = 0; t < touchedCount; t++) {
      int slot = touched[t];
      double v = votes[slot];
      votes[slot] = 0;
      boolean eligible =
          slot != selfSlot
              & Math.abs(index.publishedAtMs(slot) - publishedAtMs) <= windowMs
              & (refusedSource < 0 | index.sourceCodeOf(slot) != refusedSource)
              & v >= minVotes;
      keptSlots[kept] = slot;
      keptVotes[kept] = v;
      kept += eligible ? 1 : 0;
    }
    double cut = kept > maxCandidates ? kthLargest(keptVotes, kept, maxCandidates) : minVotes;
    List<Candidate> best = new ArrayList<>(Math.min(kept, maxCandidates) + 1);
    for (int i = 0; i < kept; i++) {
      if (keptVotes[i] >= cut) {
        WindowPivotIndex.Posting p = index.story(keptSlots[i]);
        best.add(new Candidate(p.id(), p.publishedAtMs(), keptVotes[i]));
      }
    }
    best.sort(BEST_FIRST);
    if (best.size() > maxCandidates) {
      best.subList(maxCandidates, best.size()).clear();
    }
    return best;
  }

  /** More votes first, then the smaller id. */
  private static final Comparator<Candidate> BEST_FIRST =
      (a, b) ->
          a.votes() != b.votes() ? Double.compare(b.votes(), a.votes()) : a.id().compareTo(b.id());

  /**
   * The {@code k}-th largest of {@code values[0..n)}, 1 <= k <= n (no NaN): found by partitioning a
   * copy around a middle value and going on only in the part that holds it (Hoare's selection), a
   * few passes over the votes instead of sorting them all.
   */
  static double kthLargest(double[] values, int n, int k) {
    double[] a = Arrays.copyOf(values, n);
    int target = n - k;
    int lo = 0;
    int hi = n - 1;
    while (lo < hi) {
      double pivot = a[(lo + hi) >>> 1];
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (a[i] < pivot) {
          i++;
        }
        while (a[j] > pivot) {
          j--;
        }
        if (i <= j) {
          double swap = a[i];
          a[i++] = a[j];
          a[j--] = swap;
        }
      }
      // now a[lo..j] <= pivot <= a[i..hi], and anything between i and j equals the pivot
      if (target <= j) {
        hi = j;
      } else if (target >= i) {
        lo = i;
      } else {
        return a[target];
      }
    }
    return a[target];
  }

  private void ensureCapacity(int slotBound) {
    if (votes.length < slotBound) {
      int n = Math.max(slotBound, votes.length * 2);
      votes = new double[n];
      seenIn = new int[n];
      calls = 0;
      // one more than the slots: each posting is written at the end before it is counted
      touched = new int[n + 1];
      keptSlots = new int[n];
      keptVotes = new double[n];
    }
  }

  /**
   * A number no slot's {@code seenIn} holds yet: the marks of earlier calls never need clearing.
   */
  private int nextCall() {
    if (++calls == 0) {
      // after 2^32 calls the numbers come round: start again from clean marks
      Arrays.fill(seenIn, 0);
      calls = 1;
    }
    return calls;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2) + 1e-9;
  }
}
