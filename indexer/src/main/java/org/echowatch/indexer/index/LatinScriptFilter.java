package org.echowatch.indexer.index;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Brings every token of the key field into lower-case ASCII Latin with an ICU transliterator, and
 * drops tokens of scripts without sound-based spelling (Han, kana, Hangul): Chinese names reach the
 * key through {@link NameAliases} instead. ASCII tokens pass untouched; transliterations are cached
 * per instance because the same words recur in every story and ICU is comparatively slow.
 */
final class LatinScriptFilter extends FilteringTokenFilter {

  private static final int CACHE_SIZE = 20_000;

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final Transliterator toLatin;
  private final Map<String, String> cache =
      new LinkedHashMap<>(1024, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
          return size() > CACHE_SIZE;
        }
      };

  LatinScriptFilter(TokenStream input, Transliterator toLatin) {
    super(input);
    this.toLatin = toLatin;
  }

  @Override
  protected boolean accept() throws IOException {
    char[] buffer = term.buffer();
    int length = term.length();
    boolean ascii = true;
    for (int i = 0; i < length; i++) {
      char c = buffer[i];
      if (c >= 0x80) {
        ascii = false;
        if (isIdeographic(c)) {
          return false;
        }
      }
    }
    if (ascii) {
      return true;
    }
    String latin = cache.computeIfAbsent(term.toString(), toLatin::transliterate);
    term.setEmpty().append(latin);
    return !latin.isEmpty();
  }

  /** Below the first Hangul Jamo no letter is Han, kana or Hangul: Cyrillic skips the lookup. */
  private static final char FIRST_IDEOGRAPHIC_BLOCK = '\u1100';

  static boolean isIdeographic(char c) {
    if (c < FIRST_IDEOGRAPHIC_BLOCK) {
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL;
  }
}
