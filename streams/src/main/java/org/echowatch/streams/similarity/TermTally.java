package org.echowatch.streams.similarity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The distinct terms of one text, in the order they first come, each with its {@link TermVector#id}
 * and the sum of the counts added for it (in the order they were added, as {@link Map#merge} with
 * {@link Double#sum} adds them). Terms are found again by their id in an open-addressing table of
 * positions, and told apart by their characters, as in a map of strings; the characters are kept in
 * one array, and a term becomes a String only when asked for. Replaces a boxed {@code
 * HashMap<String, Double>}, its log pass and a second hashing of every term for the vector.
 */
final class TermTally {

  private final long[] ids;
  private final double[] counts;

  /** The characters of each term: its own ones start at {@code starts[i]}. */
  private char[] chars;

  private final int[] starts;
  private final int[] lengths;
  private int used;

  /** Positions plus one by {@link #slot}; 0 is an empty slot. At most half full. */
  private final int[] table;

  private final int occurrences;
  private int size;

  /**
   * @param occurrences how many times {@link #add} will be called at most
   */
  TermTally(int occurrences) {
    this.occurrences = occurrences;
    ids = new long[occurrences];
    counts = new double[occurrences];
    starts = new int[occurrences];
    lengths = new int[occurrences];
    // terms are stems of at most a few letters: room for all without growing
    chars = new char[Math.max(8, occurrences * Tokens.STEM_LENGTH)];
    table = new int[tableSize(occurrences)];
  }

  /** A power of two at least twice the number of entries, so that probes stay short. */
  static int tableSize(int entries) {
    return Integer.highestOneBit(Math.max(1, entries) * 2 - 1) << 1;
  }

  /** Adds {@code count} to the term's sum, entering the term when it is new. */
  void add(String term, double count) {
    char[] cs = term.toCharArray();
    add(cs, 0, cs.length, TermVector.id(term), count);
  }

  /**
   * Adds {@code count} to the sum of the {@code i}-th term of a list, as {@link
   * #add(String,double)}.
   */
  void add(TermList terms, int i, double count) {
    add(terms.chars(), terms.start(i), terms.length(i), terms.id(i), count);
  }

  /**
   * Adds {@code count} to the sum of the term {@code src[from, from + length)} with the given id.
   * Only a term with the same id is compared character by character.
   */
  private void add(char[] src, int from, int length, long id, double count) {
    int mask = table.length - 1;
    for (int s = slot(id, mask); ; s = (s + 1) & mask) {
      int at = table[s] - 1;
      if (at < 0) {
        enter(src, from, length, id, count);
        table[s] = size;
        return;
      }
      if (ids[at] == id && sameChars(at, src, from, length)) {
        counts[at] += count;
        return;
      }
    }
  }

  /**
   * Whether the {@code at}-th term is {@code src[from, from + length)}: a plain loop, as terms are
   * a few characters long.
   */
  private boolean sameChars(int at, char[] src, int from, int length) {
    if (lengths[at] != length) {
      return false;
    }
    int start = starts[at];
    for (int k = 0; k < length; k++) {
      if (chars[start + k] != src[from + k]) {
        return false;
      }
    }
    return true;
  }

  private void enter(char[] src, int from, int length, long id, double count) {
    if (size == ids.length) {
      throw new IllegalStateException("more than " + occurrences + " terms added");
    }
    if (used + length > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + length));
    }
    System.arraycopy(src, from, chars, used, length);
    starts[size] = used;
    lengths[size] = length;
    used += length;
    ids[size] = id;
    counts[size] = count;
    size++;
  }

  /** Where the probe for an id starts: ids are mixed hashes, so their low bits will do. */
  private static int slot(long id, int mask) {
    return (int) id & mask;
  }

  /** Number of distinct terms. */
  int size() {
    return size;
  }

  /** The {@code i}-th distinct term, in the order terms first came. */
  String term(int i) {
    // not kept: a text's profile asks for a few terms only (its strongest)
    return new String(chars, starts[i], lengths[i]);
  }

  /** Length of the {@code i}-th term in UTF-16 units. */
  int length(int i) {
    return lengths[i];
  }

  /**
   * The {@code i}-th term against the {@code j}-th in {@link String#compareTo} order (by sign),
   * without making either a String.
   */
  int compareTerms(int i, int j) {
    return Arrays.compare(
        chars, starts[i], starts[i] + lengths[i], chars, starts[j], starts[j] + lengths[j]);
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
      out.merge(term(i), weights[i], Double::sum);
    }
    return out;
  }

  /** The distinct terms, in the order they first came. */
  List<String> terms() {
    List<String> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      out.add(term(i));
    }
    return out;
  }
}
