package org.echowatch.streams.similarity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits folded text into words (letters or digits) and Chinese character bigrams, and reduces
 * words to a crude prefix stem. Works for any script; Han runs have no spaces, so they become
 * bigrams.
 */
public final class Tokens {

  /** Words longer than this are cut: a cheap stand-in for stemming in inflected languages. */
  static final int STEM_LENGTH = 6;

  private static final Set<String> STOP =
      Set.of(
          // en
          "the",
          "and",
          "for",
          "that",
          "with",
          "this",
          "from",
          "was",
          "were",
          "are",
          "has",
          "have",
          "had",
          "will",
          "would",
          "said",
          "his",
          "her",
          "its",
          "their",
          "they",
          "which",
          "also",
          "been",
          "not",
          "but",
          "who",
          "all",
          "than",
          "more",
          "other",
          "into",
          "about",
          "over",
          "after",
          "such",
          "these",
          "those",
          "can",
          "our",
          "one",
          "two",
          "new",
          "she",
          "him",
          // ru
          "и",
          "в",
          "на",
          "с",
          "по",
          "что",
          "не",
          "как",
          "это",
          "для",
          "его",
          "от",
          "из",
          "за",
          "также",
          "был",
          "была",
          "были",
          "будет",
          "при",
          "так",
          "которы",
          "он",
          "она",
          "они",
          "все",
          "уже",
          "или",
          "до",
          "об",
          "то",
          "же",
          "их",
          "ее",
          "году",
          "года",
          "отметил",
          "сказал",
          "заявил",
          "этом",
          "между",
          "чтобы",
          "есть",
          "более",
          "после",
          // de, es, fr, it: the most frequent function words only
          "der",
          "die",
          "das",
          "und",
          "den",
          "des",
          "ist",
          "mit",
          "von",
          "ein",
          "eine",
          "sich",
          "auf",
          "für",
          "nicht",
          "dem",
          "auch",
          "los",
          "las",
          "del",
          "que",
          "por",
          "una",
          "con",
          "para",
          "les",
          "est",
          "une",
          "dans",
          "pour",
          "qui",
          "sur",
          "pas",
          "che",
          "per");

  private Tokens() {}

  /** Every word and Han bigram of {@code folded} text, in order, stop words included. */
  public static List<String> words(String folded) {
    List<String> out = new ArrayList<>();
    int n = folded.length();
    int i = 0;
    while (i < n) {
      int cp = folded.codePointAt(i);
      if (isHan(cp)) {
        int start = i;
        while (i < n && isHan(folded.codePointAt(i))) {
          i += Character.charCount(folded.codePointAt(i));
        }
        addBigrams(folded.substring(start, i), out);
      } else if (Character.isLetterOrDigit(cp)) {
        int start = i;
        while (i < n) {
          int c = folded.codePointAt(i);
          if (!Character.isLetterOrDigit(c) || isHan(c)) {
            break;
          }
          i += Character.charCount(c);
        }
        out.add(folded.substring(start, i));
      } else {
        i += Character.charCount(cp);
      }
    }
    return out;
  }

  /** Content terms: stems of words that are not stop words or single letters, plus Han bigrams. */
  public static List<String> terms(String folded) {
    return terms(words(folded));
  }

  /** Content terms of words already split by {@link #words}. */
  static List<String> terms(List<String> words) {
    List<String> out = new ArrayList<>();
    for (String w : words) {
      if (isHan(w.codePointAt(0))) {
        out.add(w);
      } else if (w.length() > 1 && !STOP.contains(w)) {
        out.add(stem(w));
      }
    }
    return out;
  }

  /** Prefix stem of a word. */
  public static String stem(String word) {
    return word.length() <= STEM_LENGTH ? word : word.substring(0, STEM_LENGTH);
  }

  /** Whether the code point is a CJK ideograph. */
  public static boolean isHan(int cp) {
    // every Han block starts at U+2E80 or later; most text never pays for the script lookup
    return cp >= 0x2E80 && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }

  /** Whether the text has more Han characters than Latin or Cyrillic letters (Chinese copy). */
  public static boolean mostlyHan(String text) {
    int han = 0;
    int other = 0;
    for (int i = 0; i < text.length() && han + other < 400; i++) {
      char c = text.charAt(i);
      if (isHan(c)) {
        han++;
      } else if (Character.isLetter(c)) {
        other++;
      }
    }
    return han > other / 3;
  }

  private static void addBigrams(String run, List<String> out) {
    int[] cps = run.codePoints().toArray();
    if (cps.length == 1) {
      out.add(run);
      return;
    }
    for (int k = 0; k + 1 < cps.length; k++) {
      out.add(new String(cps, k, 2));
    }
  }
}
