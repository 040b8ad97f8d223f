package org.echowatch.streams.similarity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The distinct terms of one text, in the order they first come, each with its {@link TermVector#id}
 * and the sum of the counts added for it (in the order they were added, as {@link Map#merge} with
 * {@link Double#sum} adds them). Terms are found again by their string hash in an open-addressing
 * table of positions, and told apart by equality, as in a map of strings. Replaces a boxed {@code
 * HashMap<String, Double>}, its log pass and a second hashing of every term for the vector.
 */
final class TermTally {

  private final String[] terms;
  private final int[] hashes;
  private final long[] ids;
  private final double[] counts;

  /** Positions plus one by {@link #slot}; 0 is an empty slot. At most half full. */
  private final int[] table;

  private final int occurrences;
  private int size;

  /**
   * @param occurrences how many times {@link #add} will be called at most
   */
  TermTally(int occurrences) {
    this.occurrences = occurrences;
    terms = new String[occurrences];
    hashes = new int[occurrences];
    ids = new long[occurrences];
    counts = new double[occurrences];
    table = new int[tableSize(occurrences)];
  }

  /** A power of two at least twice the number of entries, so that probes stay short. */
  static int tableSize(int entries) {
    return Integer.highestOneBit(Math.max(1, entries) * 2 - 1) << 1;
  }

  /**
   * Adds {@code count} to the term's sum, entering the term when it is new. The term is found by
   * its string hash (which a word keeps from the stop-word test); only a new term's id is computed.
   */
  void add(String term, double count) {
    int hash = term.hashCode();
    int mask = table.length - 1;
    for (int s = slot(hash, mask); ; s = (s + 1) & mask) {
      int at = table[s] - 1;
      if (at < 0) {
        if (size == terms.length) {
          throw new IllegalStateException("more than " + occurrences + " terms added");
        }
        terms[size] = term;
        hashes[size] = hash;
        ids[size] = TermVector.id(term);
        counts[size] = count;
        table[s] = ++size;
        return;
      }
      if (hashes[at] == hash && terms[at].equals(term)) {
        counts[at] += count;
        return;
      }
    }
  }

  /**
   * Where the probe for a string hash starts: its bits spread as {@link java.util.HashMap} does.
   */
  private static int slot(int hash, int mask) {
    return (hash ^ (hash >>> 16)) & mask;
  }

  /** Number of distinct terms. */
  int size() {
    return size;
  }

  /** The {@code i}-th distinct term, in the order terms first came. */
  String term(int i) {
    return terms[i];
  }

  /** The id of the {@code i}-th term. */
  long id(int i) {
    return ids[i];
  }

  /** The sum of the counts of the {@code i}-th term. */
  double count(int i) {
    return counts[i];
  }

  /** The ids of the terms, in the order terms first came. */
  long[] ids() {
    return Arrays.copyOf(ids, size);
  }

  /** The log weight {@code 1 + ln(sum)} of each term, in the order terms first came. */
  double[] logWeights() {
    double[] out = new double[size];
    for (int i = 0; i < size; i++) {
      out[i] = 1 + Math.log(counts[i]);
    }
    return out;
  }

  /**
   * The terms with the given weights, as the map that {@link Map#merge} builds for the same
   * additions: a {@link HashMap} sized for every occurrence, each term entered by {@code merge} in
   * the order it first came, so that it iterates in the same order too ({@code merge} puts a new
   * key at the head of its bin, {@code put} at the tail).
   */
  Map<String, Double> asMap(double[] weights) {
    Map<String, Double> out = new HashMap<>(4 * occurrences / 3 + 1);
    for (int i = 0; i < size; i++) {
      out.merge(terms[i], weights[i], Double::sum);
    }
    return out;
  }

  /** The distinct terms, in the order they first came. */
  List<String> terms() {
    return new ArrayList<>(Arrays.asList(terms).subList(0, size));
  }
}
