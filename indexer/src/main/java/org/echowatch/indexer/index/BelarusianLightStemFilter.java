package org.echowatch.indexer.index;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * A light Belarusian stemmer: removes one common noun or adjective ending from lower-cased Cyrillic
 * tokens, keeping at least three letters. Lucene ships no Belarusian stemmer; this one trades
 * recall on verbs for predictability.
 */
final class BelarusianLightStemFilter extends TokenFilter {

  private static final int MIN_STEM = 3;

  // Longest first, so that "амі" wins over "і".
  private static final List<String> ENDINGS =
      List.of(
          "ямі", "амі", "ымі", "імі", "ага", "яга", "аму", "яму", "ога", "ому", "ых", "іх", "ым",
          "ім", "ай", "ой", "ей", "ую", "юю", "ая", "яя", "ае", "ое", "ыя", "ія", "ах", "ях", "ам",
          "ям", "ом", "ем", "аў", "оў", "яў", "еў", "а", "я", "ы", "і", "у", "ю", "о", "е", "ь",
          "й");

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

  BelarusianLightStemFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (!keyword.isKeyword()) {
      term.setLength(stemLength(term.toString()));
      fold(term.buffer(), term.length());
    }
    return true;
  }

  /** Folds the letters with marks (ё, ў, й) to their base letters, in place; pure on the array. */
  static void fold(char[] chars, int length) {
    for (int i = 0; i < length; i++) {
      switch (chars[i]) {
        case 'ё' -> chars[i] = 'е';
        case 'ў' -> chars[i] = 'у';
        case 'й' -> chars[i] = 'и';
        default -> {}
      }
    }
  }

  /** Length of {@code word} without its ending, or the whole length when none applies; pure. */
  static int stemLength(String word) {
    for (String ending : ENDINGS) {
      if (word.endsWith(ending) && word.length() - ending.length() >= MIN_STEM) {
        return word.length() - ending.length();
      }
    }
    return word.length();
  }
}
