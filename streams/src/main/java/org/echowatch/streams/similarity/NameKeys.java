package org.echowatch.streams.similarity;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Script-neutral keys for proper names: capitalised words that do not open a sentence, and
 * acronyms, in Latin or Cyrillic script. Cyrillic is transliterated with ICU4J, then both sides are
 * folded to a coarse skeleton (consonants kept, every vowel as one) and cut to a prefix so that
 * "Лукашенко"/"Lukashenko", "Минска"/"Minsk" and "Аляксандр"/"Александр" meet.
 */
public final class NameKeys {

  private static final int KEY_LENGTH = 5;
  private static final int CACHE_LIMIT = 100_000;
  private static final ThreadLocal<Transliterator> TO_LATIN =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower"));

  /** Key of each word seen lately: names repeat from story to story. */
  private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

  /** Capitalised words that are not names, in lower case. */
  static final Set<String> NOT_NAMES =
      Set.of(
          "the", "this", "that", "these", "in", "on", "at", "for", "he", "she", "it", "we", "they",
          "but", "and", "a", "an", "as", "by", "to", "of", "mr", "mrs", "ms", "в", "на", "по", "с",
          "как", "это", "он", "она", "они", "мы", "при", "для", "также", "однако", "и");

  private NameKeys() {}

  /** Name keys of a text in Latin or Cyrillic script; Han characters are ignored. */
  public static Set<String> of(String text) {
    Set<String> out = new TreeSet<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      // a name opens with a capital: the other words are passed over without finding their end
      if (!mayOpenName(text.charAt(i)) || insideWord(text, i)) {
        i++;
        continue;
      }
      int end = wordEnd(text, i);
      // only a name is cut from the text
      if (isName(text, i, end, opensSentence(text, i))) {
        String key = key(text.substring(i, end));
        if (key.length() >= 3) {
          out.add(key);
        }
      }
      i = end;
    }
    return out;
  }

  /** Whether a name may start with the character: an upper-case letter that is not Han. */
  private static boolean mayOpenName(char c) {
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z';
    }
    return Character.isUpperCase(c) && isNameLetter(c);
  }

  /**
   * Whether position {@code i} is inside a word: a word is a run of name letters and hyphens that
   * starts with a letter, so a word goes on at {@code i} when the hyphens just before it (if any)
   * follow a letter.
   */
  private static boolean insideWord(String text, int i) {
    int j = i - 1;
    while (j >= 0 && text.charAt(j) == '-') {
      j--;
    }
    return j >= 0 && isNameLetter(text.charAt(j));
  }

  /** Where the word that starts at {@code start} ends: after its letters and hyphens. */
  private static int wordEnd(String text, int start) {
    int i = start;
    while (i < text.length() && (isNameLetter(text.charAt(i)) || text.charAt(i) == '-')) {
      i++;
    }
    return i;
  }

  /**
   * Every vowel as one: spellings of one name move its vowels (Belarusian writes Аляксандр and
   * Масква where Russian writes Александр and Москва; transliterations differ in them too), while
   * the consonants and where the vowels stand stay.
   */
  private static char vowelClass(char c) {
    return switch (c) {
      case 'e', 'i', 'o', 'u' -> 'a';
      default -> c;
    };
  }

  /**
   * Whether the word at {@code start} opens a sentence: the nearest name letter, digit or sentence
   * mark before it (a full stop, question or exclamation mark, line break, colon or opening
   * quotation mark) is a sentence mark, or there is none. Hyphens, spaces, other marks and Han
   * characters say nothing.
   */
  private static boolean opensSentence(String text, int start) {
    for (int j = start - 1; j >= 0; j--) {
      char c = text.charAt(j);
      if (isNameLetter(c)) {
        return false;
      }
      if (c == '.' || c == '!' || c == '?' || c == '\n' || c == '"' || c == '«' || c == '“'
          || c == ':') {
        return true;
      }
      if (c < 0x80 ? GatedScan.asciiDigit(c) : Character.isDigit(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a name may hold the character: a letter that is not Han. ASCII, most of the text of
   * most stories, is told by its ranges, without the look-ups of {@link Character#isLetter}.
   */
  static boolean isNameLetter(char c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
    return Character.isLetter(c) && !Tokens.isHan(c);
  }

  /** The key of one word: transliterated, lower case, consonant skeleton, cut to a prefix. */
  public static String key(String word) {
    String key = CACHE.get(word);
    if (key == null) {
      key = uncachedKey(word);
      if (CACHE.size() > CACHE_LIMIT) {
        CACHE.clear();
      }
      CACHE.put(word, key);
    }
    return key;
  }

  private static String uncachedKey(String word) {
    String skeleton = skeleton(transliterate(word));
    return skeleton.length() <= KEY_LENGTH ? skeleton : skeleton.substring(0, KEY_LENGTH);
  }

  /** Whether the word {@code text[start, end)} passes the cheap tests of {@link #isName}. */
  private static boolean mayBeName(String text, int start, int end) {
    return end - start >= 2 && Character.isUpperCase(text.charAt(start));
  }

  private static String transliterate(String word) {
    return TextNormalizer.isAscii(word)
        ? word.toLowerCase(Locale.ROOT)
        : TO_LATIN.get().transliterate(word);
  }

  static String skeleton(String latin) {
    String s =
        latin
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z]", "")
            .replace("kh", "h")
            .replace("sch", "s")
            .replace("sh", "s")
            .replace("zh", "z")
            .replace("ch", "c")
            .replace("ts", "c")
            .replace("tz", "c")
            .replace('y', 'i')
            .replace('j', 'i')
            .replace('w', 'v')
            .replace('x', 's')
            .replace('q', 'c')
            .replace('k', 'c')
            .replace("ph", "f");
    var sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = vowelClass(s.charAt(i));
      if (sb.isEmpty() || c != sb.charAt(sb.length() - 1)) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * Whether the word {@code text[start, end)} is a name: a capitalised word of two letters or more
   * that is an acronym, or of three letters or more that neither opens a sentence nor is a common
   * capitalised word.
   */
  private static boolean isName(String text, int start, int end, boolean sentenceStart) {
    if (!mayBeName(text, start, end)) {
      return false;
    }
    int length = end - start;
    boolean acronym = length <= 6 && allUpperCase(text, start, end);
    if (acronym) {
      return true;
    }
    return !sentenceStart
        && length >= 3
        && !NOT_NAMES.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
  }

  private static boolean allUpperCase(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!Character.isUpperCase(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
