package org.echowatch.streams.similarity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the sentence pairs that carry a match, strongest first: for each echo sentence the origin
 * sentence that shares the most terms (same language) or pivots (across languages).
 */
public final class EvidenceAligner {

  /** Longest passage kept, in characters. */
  public static final int MAX_SPAN = 400;

  private static final int MAX_SENTENCES = 80;
  private static final double MIN_SCORE = 0.15;

  /** Marks that end a sentence when white space follows. */
  private static final String SENTENCE_MARKS = ".!?。！？";

  /** Marks that end a sentence even when the next one follows without a space. */
  private static final String CHINESE_SENTENCE_MARKS = "。！？";

  /**
   * One aligned pair.
   *
   * @param originSpan origin sentence
   * @param echoSpan echo sentence
   * @param score alignment strength in [0,1]
   */
  public record Passage(String originSpan, String echoSpan, double score) {}

  /**
   * Sentences whose pivots are kept from one pair to the next. A story that is echoed more than
   * once, or that was an echo before it becomes an origin, brings its sentences back: in the
   * generated stream of the benchmarks 17 % of the sentences a pair needs were in the last 4,096
   * (counted by a throwaway program over the 4,193 matches of 40,000 stories). What is kept is the
   * sentences' strings and their hash arrays.
   */
  static final int RECENT_SENTENCES = 4_096;

  /** No words: the title a sentence does not have, for the dictionary's search. */
  private static final WordSpans NO_WORDS = WordSpans.of("");

  private final ConceptDictionary dictionary;

  /** Pivots of the sentences met lately, least recently used first. */
  private final Map<String, long[]> recent =
      new LinkedHashMap<>(RECENT_SENTENCES * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, long[]> eldest) {
          return size() > RECENT_SENTENCES;
        }
      };

  /** An aligner; not thread-safe (it keeps the pivots of recent sentences). */
  public EvidenceAligner(ConceptDictionary dictionary) {
    this.dictionary = dictionary;
  }

  /**
   * Aligns the sentences of two texts.
   *
   * @param origin text of the earlier story
   * @param echo text of the later story
   * @param limit most passages returned
   */
  public List<Passage> align(String origin, String echo, int limit) {
    List<String> os = sentences(origin);
    List<String> es = sentences(echo);
    // a copy repeats most of its origin's sentences word for word: each distinct sentence's pivots
    // are made once (they depend on nothing else), and kept for the pairs that follow
    long[][] op = pivots(os);
    long[][] ep = pivots(es);
    List<Passage> best = new ArrayList<>();
    boolean[] usedOrigin = new boolean[os.size()];
    for (int j = 0; j < es.size(); j++) {
      int bestI = -1;
      double bestScore = MIN_SCORE;
      for (int i = 0; i < os.size(); i++) {
        // an origin sentence whose Dice could not beat the best so far, however many pivots it
        // shared, is not compared (the bound is the same division, so no pair is lost to rounding)
        if (usedOrigin[i] || diceBound(op[i], ep[j]) <= bestScore) {
          continue;
        }
        double s = dice(op[i], ep[j]);
        if (s > bestScore) {
          bestScore = s;
          bestI = i;
        }
      }
      if (bestI >= 0) {
        usedOrigin[bestI] = true;
        best.add(new Passage(cut(os.get(bestI)), cut(es.get(j)), PairScorer.round(bestScore)));
      }
    }
    best.sort((x, y) -> Double.compare(y.score(), x.score()));
    return best.size() <= limit ? best : List.copyOf(best.subList(0, limit));
  }

  /**
   * The first {@value #MAX_SENTENCES} sentences of a text without its agency marks, stripped, blank
   * ones left out. A sentence ends at the white space after one of {@code . ! ? 。 ！ ？}, right after
   * one of {@code 。 ！ ？}, and at a run of line breaks: the pieces that splitting at the pattern
   * {@code (?<=[.!?。！？])\s+|(?<=[。！？])|\n+} gives, found in one pass without a matcher, and only as
   * far as the last sentence kept.
   */
  static List<String> sentences(String text) {
    String t = TextNormalizer.stripAgencyMarks(text);
    List<String> out = new ArrayList<>();
    int pieceStart = 0;
    int at = 0;
    while (at <= t.length() && out.size() < MAX_SENTENCES) {
      int end = sentenceBreakEnd(t, at);
      if (end < 0) {
        at++;
      } else {
        addSentence(t.substring(pieceStart, at), out);
        pieceStart = end;
        // as a matcher searches: after an empty break, the next one is looked for a character on
        at = end > at ? end : at + 1;
      }
    }
    if (out.size() < MAX_SENTENCES && pieceStart < t.length()) {
      addSentence(t.substring(pieceStart), out);
    }
    return out;
  }

  private static void addSentence(String piece, List<String> out) {
    if (!piece.isBlank()) {
      out.add(piece.strip());
    }
  }

  /**
   * Where a sentence break that starts at {@code at} ends, or -1 when none starts there. The kinds
   * are tried in the order of the pattern's alternatives: white space after a sentence mark, the
   * empty break after a Chinese one, a run of line breaks.
   */
  static int sentenceBreakEnd(String t, int at) {
    char before = at > 0 ? t.charAt(at - 1) : ' ';
    // most characters are no mark: they are told apart by three comparisons and a range
    boolean mark =
        before == '.'
            || before == '!'
            || before == '?'
            || (before >= '\u3002' && SENTENCE_MARKS.indexOf(before) >= 0);
    if (mark && at < t.length() && TextNormalizer.isPatternSpace(t.charAt(at))) {
      int end = at;
      while (end < t.length() && TextNormalizer.isPatternSpace(t.charAt(end))) {
        end++;
      }
      return end;
    }
    if (mark && CHINESE_SENTENCE_MARKS.indexOf(before) >= 0) {
      return at;
    }
    if (at < t.length() && t.charAt(at) == '\n') {
      int end = at;
      while (end < t.length() && t.charAt(end) == '\n') {
        end++;
      }
      return end;
    }
    return -1;
  }

  /**
   * Each sentence's pivots, see {@link #pivots(String)}; those of a recent sentence are not made
   * again.
   */
  private long[][] pivots(List<String> sentences) {
    long[][] out = new long[sentences.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = recent.computeIfAbsent(sentences.get(i), this::pivots);
    }
    return out;
  }

  /**
   * A sentence's terms, concepts (as {@code c:<id>}), numbers, dates and name keys (as {@code
   * k:<key>}), as sorted distinct 64-bit hashes of those strings. The sentence is folded and split
   * into words in one pass, for the terms and the concepts; a term is hashed as its characters are
   * read (no String per word or term), and the prefixes are hashed on, not joined to each string.
   */
  long[] pivots(String sentence) {
    WordSpans words = TextNormalizer.foldedWords(sentence);
    TermList terms = Tokens.terms(words, "");
    Set<String> concepts = dictionary.find(NO_WORDS, words);
    Set<String> numbers = NumbersAndDates.numbers(sentence);
    Set<String> dates = NumbersAndDates.dates(sentence);
    Set<String> names = NameKeys.of(sentence);
    long[] ids =
        new long[terms.size() + concepts.size() + numbers.size() + dates.size() + names.size()];
    int n = 0;
    for (int i = 0; i < terms.size(); i++) {
      ids[n++] = terms.id(i);
    }
    for (String c : concepts) {
      ids[n++] = Hashing.mix(Hashing.fnv("c:", c));
    }
    for (String x : numbers) {
      ids[n++] = Hashing.mix(Hashing.fnv(x));
    }
    for (String d : dates) {
      ids[n++] = Hashing.mix(Hashing.fnv(d));
    }
    for (String k : names) {
      ids[n++] = Hashing.mix(Hashing.fnv("k:", k));
    }
    return Hashing.distinctSorted(HashSort.sorted(ids));
  }

  /** The largest Dice coefficient two sets of these sizes can have: all of the smaller shared. */
  static double diceBound(long[] a, long[] b) {
    if (a.length == 0 || b.length == 0) {
      return 0;
    }
    return 2.0 * Math.min(a.length, b.length) / (a.length + b.length);
  }

  /** Dice coefficient of two sorted distinct hash sets. */
  static double dice(long[] a, long[] b) {
    if (a.length == 0 || b.length == 0) {
      return 0;
    }
    return 2.0 * Jaccard.intersection(a, b) / (a.length + b.length);
  }

  private static String cut(String s) {
    return s.length() <= MAX_SPAN ? s : s.substring(0, MAX_SPAN) + "…";
  }
}
