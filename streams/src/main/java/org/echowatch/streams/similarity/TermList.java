package org.echowatch.streams.similarity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The content terms of one text in order, as {@link Tokens#terms} gives them, each kept as its
 * characters in one shared array with its {@link TermVector#id}, instead of a String per term. A
 * term is written one character at a time ({@link #open}, {@link #put}, {@link #close}) and hashed
 * as it is written, so that a stem made from a few characters of a word is never a String.
 */
final class TermList {

  private char[] chars;
  private int[] ends;
  private long[] ids;
  private int size;

  /** Characters written so far, and the hash of the open term's characters. */
  private int length;

  private long open;

  /**
   * @param capacity terms expected (more may be added)
   */
  TermList(int capacity) {
    chars = new char[Math.max(8, capacity * 5)];
    ends = new int[Math.max(1, capacity)];
    ids = new long[ends.length];
  }

  /** Starts a new term. */
  void open() {
    open = Hashing.FNV_OFFSET;
    if (length + 2 * Tokens.STEM_LENGTH > chars.length) {
      chars = Arrays.copyOf(chars, chars.length * 2 + 2 * Tokens.STEM_LENGTH);
    }
  }

  /**
   * Appends a character to the open term: up to twice {@link Tokens#STEM_LENGTH} of them after
   * {@link #open}, more only after {@link #ensure}.
   */
  void put(char c) {
    chars[length++] = c;
    open = Hashing.fnvStep(open, c);
  }

  /** Makes room for {@code more} characters of the open term. */
  void ensure(int more) {
    if (length + more > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + more));
    }
  }

  /** Ends the open term. */
  void close() {
    end(open);
  }

  /** Ends the term written since the last one ended, whose {@link Hashing#fnv} is {@code hash}. */
  private void end(long hash) {
    if (size == ends.length) {
      ends = Arrays.copyOf(ends, size * 2);
      ids = Arrays.copyOf(ids, size * 2);
    }
    ends[size] = length;
    ids[size] = Hashing.mix(hash);
    size++;
  }

  /** Appends {@code text[start, end)} as one term. */
  void add(String text, int start, int end) {
    open();
    ensure(end - start);
    for (int k = start; k < end; k++) {
      put(text.charAt(k));
    }
    close();
  }

  /** Appends {@code text[start, end)} as one term whose {@link Hashing#fnv} is already known. */
  void add(String text, int start, int end, long hash) {
    ensure(end - start);
    text.getChars(start, end, chars, length);
    length += end - start;
    end(hash);
  }

  /** Appends a term. */
  void add(String term) {
    add(term, 0, term.length());
  }

  /** Number of terms. */
  int size() {
    return size;
  }

  /** {@link TermVector#id} of the {@code i}-th term. */
  long id(int i) {
    return ids[i];
  }

  /** Where the {@code i}-th term's characters start in {@link #chars()}. */
  int start(int i) {
    return i == 0 ? 0 : ends[i - 1];
  }

  /** Number of characters of the {@code i}-th term. */
  int length(int i) {
    return ends[i] - start(i);
  }

  /** The characters of every term, one after the other (shared, not copied). */
  char[] chars() {
    return chars;
  }

  /** The {@code i}-th term as a String. */
  String term(int i) {
    return new String(chars, start(i), length(i));
  }

  /** Every term as a String, in order. */
  List<String> strings() {
    List<String> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      out.add(term(i));
    }
    return out;
  }
}
