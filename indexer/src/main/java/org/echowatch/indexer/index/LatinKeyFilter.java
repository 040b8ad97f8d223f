package org.echowatch.indexer.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Last step of the cross-script name key: drops trailing vowels of longer Latin tokens, so that the
 * spellings of one name across languages and grammatical endings (Lukashenko, Lukashenka, Putina)
 * meet on one key (lukashenk, putin).
 */
final class LatinKeyFilter extends TokenFilter {

  private static final int MIN_STEM = 3;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  LatinKeyFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    term.setLength(keyLength(term.buffer(), term.length()));
    return true;
  }

  /** Length of {@code chars[0..length)} once trailing vowels are dropped; pure. */
  static int keyLength(char[] chars, int length) {
    int end = length;
    while (end > MIN_STEM && isVowel(chars[end - 1])) {
      end--;
    }
    return end;
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
  }
}
