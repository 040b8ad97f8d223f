package org.echowatch.streams.similarity;

import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the matches of a pattern as {@link Matcher#find()} would, but tries the pattern only at
 * positions a cheap test allows. {@code find()} attempts a match at every character, which for
 * patterns that open with a long alternation costs tens of nanoseconds per character; most text has
 * few places where such a match can start (a digit, a word start).
 *
 * <p>The gate must be a necessary condition: it may let through positions where the pattern then
 * fails, but must never refuse one where it would match. Look-behinds see the text before the tried
 * position (transparent bounds), so they behave as under {@code find()}.
 */
final class GatedScan {

  private GatedScan() {}

  /**
   * Calls {@code each} for every match, left to right, without overlaps.
   *
   * @param pattern a pattern that never matches the empty string
   * @param text the text
   * @param starts ascending positions where a match may start; no other position is tried
   * @param each receives each match
   */
  static void forEach(Pattern pattern, String text, int[] starts, Consumer<MatchResult> each) {
    if (starts.length == 0) {
      return; // no matcher for a text with nowhere to try, as most sentences have no digit
    }
    Matcher m = matcher(pattern, text);
    int from = 0;
    for (int i : starts) {
      if (i >= from && matchesAt(m, text, i)) {
        each.accept(m.toMatchResult());
        from = m.end();
      }
    }
  }

  /**
   * The first match at or after {@code from}, or null.
   *
   * @param pattern a pattern that never matches the empty string
   * @param text the text
   * @param from where to start looking
   * @param mayStart whether a match may start at a position (index into {@code text})
   */
  static MatchResult first(Pattern pattern, String text, int from, IntPredicate mayStart) {
    Matcher m = matcher(pattern, text);
    for (int i = from; i < text.length(); i++) {
      if (mayStart.test(i) && matchesAt(m, text, i)) {
        return m.toMatchResult();
      }
    }
    return null;
  }

  /** Positions of ASCII digits in {@code text}, ascending. */
  static int[] asciiDigits(String text) {
    int[] out = new int[16];
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (asciiDigit(text.charAt(i))) {
        if (n == out.length) {
          out = Arrays.copyOf(out, n * 2);
        }
        out[n++] = i;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** The positions that pass a test, in the same order. */
  static int[] filter(int[] positions, IntPredicate keep) {
    int[] out = new int[positions.length];
    int n = 0;
    for (int i : positions) {
      if (keep.test(i)) {
        out[n++] = i;
      }
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }

  /** A matcher that sees the whole text around the region it is given (look-behinds work). */
  static Matcher matcher(Pattern pattern, String text) {
    return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
  }

  /** Whether a match of {@link #matcher} starts at {@code i} (and is not empty). */
  static boolean matchesAt(Matcher m, String text, int i) {
    m.region(i, text.length());
    return m.lookingAt() && m.end() > i;
  }

  /** Whether the character is an ASCII digit. */
  static boolean asciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Whether the character, in any case, is one of {@code lowerCase}: a pattern that matches those
   * letters case-insensitively can match nothing else there.
   */
  static boolean oneOfIgnoringCase(char c, String lowerCase) {
    if (c < 0x80) {
      // an ASCII character's lower case is its only other case
      return lowerCase.indexOf(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c) >= 0;
    }
    return lowerCase.indexOf(Character.toLowerCase(c)) >= 0
        || lowerCase.indexOf(Character.toLowerCase(Character.toUpperCase(c))) >= 0;
  }

  /** Whether the character is an ASCII letter, digit or underscore (a word character anywhere). */
  static boolean asciiWordChar(char c) {
    return asciiDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }
}
