package org.echowatch.streams.similarity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The words of a folded text as {@link Tokens#words} splits it (runs of letters or digits, and Han
 * bigrams), kept as ranges of the text with the {@link Hashing#fnv} of each, instead of a String
 * per word. A story has hundreds of words, and what profiling does with them (shingle hashes, stems
 * of at most five letters, dictionary look-ups) reads a few characters of each: a String per word
 * cost more than all of that.
 */
final class WordSpans {

  private String text;
  private int[] starts;
  private int[] ends;
  private long[] hashes;
  private long[] stemHashes;
  private byte[] kinds;
  private int size;

  /** Whether a Han word has been added. */
  private boolean han;

  /**
   * Spans to be added while their text is made; {@link #setText} gives the text once it is made.
   */
  WordSpans(int capacity) {
    starts = new int[Math.max(1, capacity)];
    ends = new int[capacity];
    hashes = new long[capacity];
    stemHashes = new long[capacity];
    kinds = new byte[capacity];
  }

  /** The words of {@code folded} text, in order, stop words included. */
  static WordSpans of(String folded) {
    // a word and the space after it take five characters or more in most languages
    return new WordSpans(folded.length() / 5 + 4).split(folded);
  }

  /**
   * These spans, emptied, then filled with the words of {@code folded} text as {@link #of} gives
   * them: the arrays of spans that were not kept are used again.
   */
  WordSpans split(String folded) {
    text = folded;
    size = 0;
    han = false;
    int n = folded.length();
    int i = 0;
    while (i < n) {
      char unit = folded.charAt(i);
      if (unit < 0x80) {
        i = Tokens.isAsciiLetterOrDigit(unit) ? scanWord(i) : i + 1;
        continue;
      }
      int cp = folded.codePointAt(i);
      if (Tokens.isHan(cp)) {
        i = hanRun(i);
      } else if (Character.isLetterOrDigit(cp)) {
        i = scanWord(i);
      } else {
        i += Character.charCount(cp);
      }
    }
    return this;
  }

  /**
   * Adds the word that starts at {@code start} (a letter or digit that is not Han) and runs to the
   * first character that is neither a letter nor a digit, or is Han; where it ends.
   */
  private int scanWord(int start) {
    int n = text.length();
    long h = Hashing.FNV_OFFSET;
    long stemHash = h;
    boolean plainStem = true;
    int i = start;
    while (i < n) {
      char unit = text.charAt(i);
      int next;
      if (unit < 0x80) {
        // ASCII: letters and digits are the only word characters, none of them Han
        if (!Tokens.isAsciiLetterOrDigit(unit)) {
          break;
        }
        next = i + 1;
      } else {
        int c = text.codePointAt(i);
        if (!Character.isLetterOrDigit(c) || Tokens.isHan(c)) {
          break;
        }
        next = i + Character.charCount(c);
      }
      for (; i < next; i++) {
        char u = text.charAt(i);
        h = Hashing.fnvStep(h, u);
        if (i - start < Tokens.STEM_LENGTH) {
          stemHash = h;
          plainStem &= Tokens.isPlainStemUnit(u);
        }
      }
    }
    addWord(start, i, h, stemHash, plainStem);
    return i;
  }

  /**
   * Adds the bigrams of the run of Han characters that starts at {@code start} (its one character
   * when it has only one); where the run ends.
   */
  private int hanRun(int start) {
    int n = text.length();
    int first = start;
    int second = first + Character.charCount(text.codePointAt(first));
    if (second >= n || !Tokens.isHan(text.codePointAt(second))) {
      addHan(first, second, hash(first, second));
      return second;
    }
    while (second < n && Tokens.isHan(text.codePointAt(second))) {
      int end = second + Character.charCount(text.codePointAt(second));
      addHan(first, end, hash(first, end));
      first = second;
      second = end;
    }
    return second;
  }

  private long hash(int start, int end) {
    long h = Hashing.FNV_OFFSET;
    for (int k = start; k < end; k++) {
      h = Hashing.fnvStep(h, text.charAt(k));
    }
    return h;
  }

  /** Gives the text of spans that were added while it was made. */
  void setText(String text) {
    this.text = text;
  }

  /** A word whose stem must be made from its characters. */
  private static final byte WORD = 0;

  /** A word whose stem is its first characters, with {@link #stemHash}. */
  private static final byte PLAIN_STEM = 1;

  /** A Han bigram (or lone Han character). */
  private static final byte HAN = 2;

  /**
   * Adds the word {@code text[start, end)} (not Han) of hash {@code hash} ({@link Hashing#fnv});
   * {@code stemHash} is the hash of its first {@link Tokens#STEM_LENGTH} units, which are its stem
   * when {@code plainStem} (see {@link Tokens#isPlainStemUnit}). Words are added in order.
   */
  void addWord(int start, int end, long hash, long stemHash, boolean plainStem) {
    add(start, end, hash, stemHash, plainStem ? PLAIN_STEM : WORD);
  }

  private void addHan(int start, int end, long hash) {
    add(start, end, hash, hash, HAN);
    han = true;
  }

  private void add(int start, int end, long hash, long stemHash, byte kind) {
    if (size == starts.length) {
      int capacity = size * 2;
      starts = Arrays.copyOf(starts, capacity);
      ends = Arrays.copyOf(ends, capacity);
      hashes = Arrays.copyOf(hashes, capacity);
      stemHashes = Arrays.copyOf(stemHashes, capacity);
      kinds = Arrays.copyOf(kinds, capacity);
    }
    starts[size] = start;
    ends[size] = end;
    hashes[size] = hash;
    stemHashes[size] = stemHash;
    kinds[size] = kind;
    size++;
  }

  /** The text the words are ranges of. */
  String text() {
    return text;
  }

  /** Number of words. */
  int size() {
    return size;
  }

  /** Where the {@code i}-th word starts in {@link #text}. */
  int start(int i) {
    return starts[i];
  }

  /** Where the {@code i}-th word ends in {@link #text} (exclusive). */
  int end(int i) {
    return ends[i];
  }

  /** Length of the {@code i}-th word in UTF-16 units. */
  int length(int i) {
    return ends[i] - starts[i];
  }

  /** {@link Hashing#fnv} of the {@code i}-th word. */
  long hash(int i) {
    return hashes[i];
  }

  /**
   * The {@link #hash} of every word, in order, in an array of {@link #size} values or more (shared,
   * not copied; the values past {@link #size} mean nothing).
   */
  long[] hashes() {
    return hashes;
  }

  /**
   * Whether a word is a Han bigram or character: every Han character of the text is in one, so a
   * text without such a word has no Han character at all.
   */
  boolean hasHan() {
    return han;
  }

  /** Whether the {@code i}-th word is a Han bigram (or a lone Han character). */
  boolean isHan(int i) {
    return kinds[i] == HAN;
  }

  /**
   * Whether the stem of the {@code i}-th word is its first {@link Tokens#STEM_LENGTH} units as they
   * are, whose hash {@link #stemHash} took as the word was split.
   */
  boolean hasPlainStem(int i) {
    return kinds[i] == PLAIN_STEM;
  }

  /** {@link Hashing#fnv} of the first {@link Tokens#STEM_LENGTH} units of the {@code i}-th word. */
  long stemHash(int i) {
    return stemHashes[i];
  }

  /** The {@code i}-th word as a String. */
  String word(int i) {
    return text.substring(starts[i], ends[i]);
  }

  /** Every word as a String, in order. */
  List<String> strings() {
    List<String> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      out.add(word(i));
    }
    return out;
  }
}
