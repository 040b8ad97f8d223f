package org.echowatch.streams.similarity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Splits folded text into words (letters or digits) and Chinese character bigrams, and reduces
 * words to a crude prefix stem. Works for any script; Han runs have no spaces, so they become
 * bigrams. Latin letters lose their accents before stemming ("Städte"/"Stadte", "łódź"/"lodz"),
 * Arabic words lose vowel marks, the article and the commonest clitics and endings, Polish words
 * one case ending, and long German words also give a term for the end of their stem (the last part
 * of a compound).
 */
public final class Tokens {

  /**
   * Words longer than this are cut: a cheap stand-in for stemming in inflected languages. Five, not
   * six: on the SemEval-2022 Task 8 training pairs, Pearson with the human rating goes from 0.652
   * (6) to 0.661 (5) overall, with de, es, pl and tr all better and en unchanged; 4 helps es, pl
   * and tr further but costs en and fr.
   */
  static final int STEM_LENGTH = 5;

  /**
   * German stems at least this long also give a {@link #compoundTail} term. On the SemEval-2022
   * Task 8 training pairs (with {@link TextProfile#REST_WEIGHT} and the Polish endings), de Pearson
   * goes from 0.665 to 0.689, overall 0.717 to 0.720 (on the earlier weights: de 0.652 to 0.667).
   * Neighbours, measured with the reported score of {@link PairScorer} as well: 0.706 for 4 letters
   * from 8, 0.705 from 9, 0.693 from 10, 0.694 from 7; 0.698 for 3 letters, 0.696 for 5, 0.699 for
   * 6. What did not help German: cutting its light stems at 6, 7, 8 letters or not at all instead
   * of 5 (de 0.654, 0.651, 0.645, 0.637 against 0.652, and de-en falls from 0.675 to 0.486, as
   * stems no longer meet English ones), stripping endings before the 5-letter cut (de 0.663 but
   * de-en 0.640: names such as "Biden" lose their end; 100 stop words more on top: de 0.661),
   * character 4- to 6-grams of long words as extra terms (de 0.57 to 0.63), the whole light stem as
   * an extra term (de 0.645); and, with everything else in place, 100 German stop words (de 0.706
   * to 0.708, overall unchanged at 0.726: not worth the list).
   */
  static final int COMPOUND_LENGTH = 8;

  /** Letters in a {@link #compoundTail} term. */
  static final int COMPOUND_TAIL = 4;

  /**
   * Longest first. Polish words lose one ending before the 5-letter cut, so that short case forms
   * ("sejm", "sejmu", "sejmie") meet: on the SemEval-2022 Task 8 training pairs, pl Pearson 0.650
   * to 0.659 (0.658 keeping 3 letters instead of 4; cutting light stems at 6 or 7 letters instead
   * of 5: 0.652, 0.644), and 0.701 to 0.709 with {@link TextProfile#REST_WEIGHT}. A list of about
   * 90 Polish stop words on top of everything else cost pl 0.726 to 0.716.
   */
  private static final String[] POLISH_ENDINGS = {
    "ami", "ach", "owi", "ego", "emu", "ych", "ymi", "ich", "imi", "ow", "om", "ej", "ym", "im",
    "ie", "a", "e", "i", "y", "u", "o"
  };

  /** Longest first: -ern before -en and -er, two letters before one. */
  private static final String[] GERMAN_ENDINGS = {"ern", "em", "en", "er", "es", "e", "s", "n"};

  /** Accent-free base letter of each Latin-1 and Latin Extended-A/B letter, by code point. */
  private static final char[] LATIN_BASE = latinBase();

  /** Arabic article and conjunction/preposition + article prefixes, longest first. */
  private static final String[] ARABIC_PREFIXES = {"وال", "بال", "كال", "فال", "لل", "ال"};

  /** Arabic plural, dual and pronoun endings, longest first. */
  private static final String[] ARABIC_SUFFIXES = {"ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي"};

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
          // be: function words and reporting verbs that differ from the Russian ones
          "што",
          "як",
          "гэта",
          "гэтым",
          "таксама",
          "быў",
          "былі",
          "будзе",
          "пры",
          "якія",
          "які",
          "ён",
          "яна",
          "яны",
          "усе",
          "ўсе",
          "ужо",
          "ўжо",
          "ці",
          "аб",
          "тое",
          "іх",
          "яе",
          "яго",
          "ад",
          "са",
          "годзе",
          "адзначыў",
          "сказаў",
          "заявіў",
          "паміж",
          "каб",
          "ёсць",
          "больш",
          "пасля",
          "пра",
          "але",
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

  /** Length of the longest stop word: a longer word is not looked up. */
  private static final int LONGEST_STOP = STOP.stream().mapToInt(String::length).max().orElse(0);

  /**
   * Whether each UTF-16 unit from U+0000 to U+FFFF, as a code point, is a Han ideograph: one bit
   * per unit, from {@link Character.UnicodeScript#of} once at class load instead of a binary search
   * of the script table per character.
   */
  private static final long[] HAN_BMP = hanBmp();

  private Tokens() {}

  /**
   * The stop words in an open-addressing table by their {@link Hashing#fnv}, so that a word of a
   * text is looked up by the hash {@link WordSpans} took anyway, without becoming a String.
   */
  private static final String[] STOP_BY_HASH = stopByHash();

  /** Whether a word is a stop word; words longer than every stop word are not hashed. */
  static boolean isStopWord(String word) {
    return word.length() <= LONGEST_STOP && STOP.contains(word);
  }

  /**
   * Whether the word {@code text[start, end)}, whose {@link Hashing#fnv} is {@code hash}, is a stop
   * word.
   */
  static boolean isStopWord(String text, int start, int end, long hash) {
    int length = end - start;
    if (length > LONGEST_STOP) {
      return false;
    }
    int mask = STOP_BY_HASH.length - 1;
    for (int s = stopSlot(hash, mask); STOP_BY_HASH[s] != null; s = (s + 1) & mask) {
      String stop = STOP_BY_HASH[s];
      if (stop.length() == length && text.regionMatches(start, stop, 0, length)) {
        return true;
      }
    }
    return false;
  }

  private static int stopSlot(long hash, int mask) {
    return (int) ((hash * 0x9E3779B97F4A7C15L) >>> 40) & mask;
  }

  private static String[] stopByHash() {
    String[] table = new String[TermTally.tableSize(STOP.size()) * 2];
    int mask = table.length - 1;
    for (String stop : STOP) {
      int s = stopSlot(Hashing.fnv(stop), mask);
      while (table[s] != null) {
        s = (s + 1) & mask;
      }
      table[s] = stop;
    }
    return table;
  }

  /** Every word and Han bigram of {@code folded} text, in order, stop words included. */
  public static List<String> words(String folded) {
    return WordSpans.of(folded).strings();
  }

  /** Content terms: stems of words that are not stop words or single letters, plus Han bigrams. */
  public static List<String> terms(String folded) {
    return terms(words(folded));
  }

  /** Content terms of words already split by {@link #words}. */
  static List<String> terms(List<String> words) {
    return terms(words, "");
  }

  /**
   * Content terms of words already split by {@link #words}, in the given language (lower-case code;
   * Arabic gets its own light stemming, every other language the accent-free prefix).
   */
  static List<String> terms(List<String> words, String lang) {
    Stemming stemming = Stemming.of(lang);
    List<String> out = new ArrayList<>(words.size());
    for (String w : words) {
      if (isHan(w.codePointAt(0))) {
        out.add(w);
      } else if (w.length() > 1 && !isStopWord(w)) {
        stemming.addTerms(w, out::add);
      }
    }
    return out;
  }

  /**
   * {@link #terms(List, String)} of words split by {@link WordSpans}, as characters and ids: the
   * plain prefix stem (every language but Arabic, German and Polish) is read off the word's
   * characters, and no word becomes a String.
   */
  static TermList terms(WordSpans words, String lang) {
    Stemming stemming = Stemming.of(lang);
    String text = words.text();
    TermList out = new TermList(words.size());
    for (int i = 0; i < words.size(); i++) {
      int start = words.start(i);
      int end = words.end(i);
      if (words.isHan(i)) {
        out.add(text, start, end);
      } else if (end - start > 1 && !isStopWord(text, start, end, words.hash(i))) {
        if (stemming == Stemming.PREFIX && words.hasPlainStem(i)) {
          out.add(text, start, Math.min(end, start + STEM_LENGTH), words.stemHash(i));
        } else if (stemming == Stemming.PREFIX) {
          addStem(text, start, end, out);
        } else {
          stemming.addTerms(words.word(i), out::add);
        }
      }
    }
    return out;
  }

  /** How the words of a language become terms. */
  private enum Stemming {
    /** The accent-free prefix ({@link #stem}). */
    PREFIX,
    /** Light Arabic stemming ({@link #arabic}), then the prefix. */
    ARABIC,
    /** The prefix of the accent-free word, and a {@link #compoundTail} for a long stem. */
    GERMAN,
    /** The accent-free word without one case ending ({@link #polishStemEnd}), then the prefix. */
    POLISH;

    static Stemming of(String lang) {
      if (lang == null) {
        return PREFIX;
      }
      return switch (lang) {
        case "ar" -> ARABIC;
        case "de" -> GERMAN;
        case "pl" -> POLISH;
        default -> PREFIX;
      };
    }

    /** Gives the terms of a word that is neither Han, a single letter nor a stop word. */
    void addTerms(String w, Consumer<String> out) {
      switch (this) {
        case GERMAN -> {
          String plain = withoutAccents(w);
          out.accept(prefix(plain, plain.length()));
          int end = germanStemEnd(plain);
          if (end >= COMPOUND_LENGTH) {
            out.accept(compoundTail(plain, end));
          }
        }
        case POLISH -> {
          String plain = withoutAccents(w);
          out.accept(prefix(plain, polishStemEnd(plain)));
        }
        case ARABIC -> {
          String base = arabic(w);
          if (base.length() > 1) {
            out.accept(stem(base));
          }
        }
        default -> out.accept(stem(w));
      }
    }
  }

  /**
   * Whether a unit is its own in a {@link #stem}: {@link #withoutAccents} changes nothing below
   * U+00C0, so a word whose first {@link #STEM_LENGTH} units are all below it has them as its stem.
   */
  static boolean isPlainStemUnit(char unit) {
    return unit < 0xC0;
  }

  /**
   * Writes {@link #stem} of the word {@code text[start, end)} to {@code out} as one term, reading
   * only the characters the stem is made of: the first {@link #STEM_LENGTH} after accents are taken
   * off and each ß is written ss.
   */
  static void addStem(String text, int start, int end, TermList out) {
    out.open();
    int n = 0;
    for (int k = start; k < end && n < STEM_LENGTH; k++) {
      char c = text.charAt(k);
      if (c == 'ß') {
        out.put('s');
        if (++n < STEM_LENGTH) {
          out.put('s');
          n++;
        }
      } else {
        out.put(c >= 0xC0 && c < LATIN_BASE.length ? LATIN_BASE[c] : c);
        n++;
      }
    }
    out.close();
  }

  /** Prefix stem of a word, without accents. */
  public static String stem(String word) {
    String plain = withoutAccents(word);
    return prefix(plain, plain.length());
  }

  /** The first {@link #STEM_LENGTH} letters of {@code plain}, or its first {@code end}. */
  private static String prefix(String plain, int end) {
    int cut = Math.min(end, STEM_LENGTH);
    return cut == plain.length() ? plain : plain.substring(0, cut);
  }

  /**
   * Where the light German stem of an accent-free word ends: before one inflection ending (-ern,
   * -em, -en, -er, -es, -e, -s or -n), if at least three letters stay.
   */
  static int germanStemEnd(String plain) {
    return stemEnd(plain, GERMAN_ENDINGS, 3);
  }

  /**
   * Where the light Polish stem of an accent-free word ends: before one case or number ending
   * (-ami, -ach, -owi, -ego, -emu, -ych, -ymi, -ich, -imi, -ow, -om, -ej, -ym, -im, -ie or a single
   * vowel), if at least four letters stay.
   */
  static int polishStemEnd(String plain) {
    return stemEnd(plain, POLISH_ENDINGS, 4);
  }

  private static int stemEnd(String plain, String[] endings, int keep) {
    int n = plain.length();
    for (String e : endings) {
      if (n - e.length() >= keep && plain.endsWith(e)) {
        return n - e.length();
      }
    }
    return n;
  }

  /**
   * The extra term of a long German word: its stem's last four letters, marked so that it never
   * equals a prefix stem. German compounds put the thing named last ("Bundesregierung",
   * "Regierungen"; "Libyenkonflikt", "Konflikt"), and the prefix stem alone sees only the first
   * part.
   */
  static String compoundTail(String plain, int end) {
    char[] t = new char[COMPOUND_TAIL + 1];
    t[0] = '~';
    plain.getChars(end - COMPOUND_TAIL, end, t, 1);
    return new String(t);
  }

  /** The word with accented Latin letters replaced by their base letter and ß by ss. */
  static String withoutAccents(String word) {
    char[] cs = null;
    boolean sharpS = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c >= 0xC0 && c < LATIN_BASE.length && LATIN_BASE[c] != c) {
        if (cs == null) {
          cs = word.toCharArray();
        }
        cs[i] = LATIN_BASE[c];
      } else if (c == 'ß') {
        sharpS = true;
      }
    }
    String plain = cs == null ? word : new String(cs);
    return sharpS ? plain.replace("ß", "ss") : plain;
  }

  /**
   * Light Arabic stemming: drops vowel marks and tatweel, writes every alef with hamza or madda as
   * a bare alef, alef maqsura as ya and ta marbuta as ha, strips one article prefix (with a joined
   * wa/bi/ka/fa/li) or a lone leading wa, and one common ending, always leaving two letters.
   */
  static String arabic(String word) {
    var sb = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if ((c >= '\u064B' && c <= '\u0652') || c == '\u0640') {
        continue;
      }
      if (c == 'أ' || c == 'إ' || c == 'آ') {
        c = 'ا';
      } else if (c == 'ى') {
        c = 'ي';
      } else if (c == 'ة') {
        c = 'ه';
      }
      sb.append(c);
    }
    String s = sb.toString();
    boolean article = false;
    for (String p : ARABIC_PREFIXES) {
      if (s.startsWith(p) && s.length() - p.length() >= 2) {
        s = s.substring(p.length());
        article = true;
        break;
      }
    }
    if (!article && s.length() > 3 && s.charAt(0) == 'و') {
      s = s.substring(1);
    }
    for (String p : ARABIC_SUFFIXES) {
      if (s.endsWith(p) && s.length() - p.length() >= 2) {
        return s.substring(0, s.length() - p.length());
      }
    }
    return s;
  }

  private static char[] latinBase() {
    char[] base = new char[0x250];
    for (char c = 0; c < base.length; c++) {
      // the canonical decomposition starts with the base letter: é = e + acute
      base[c] = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0);
    }
    // letters with a stroke or without a dot have no decomposition
    base['ł'] = 'l';
    base['ı'] = 'i';
    base['ø'] = 'o';
    base['đ'] = 'd';
    base['ħ'] = 'h';
    return base;
  }

  /** Whether an ASCII character is a letter or a digit, as {@link Character#isLetterOrDigit}. */
  static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /** Every Han block starts at this code point or later, as does every Han surrogate pair. */
  static final char FIRST_HAN = '\u2E80';

  /** Whether the code point is a CJK ideograph. */
  public static boolean isHan(int cp) {
    // most text never pays for the script lookup
    if (cp < FIRST_HAN) {
      return false;
    }
    return cp <= 0xFFFF
        ? (HAN_BMP[cp >>> 6] & (1L << cp)) != 0
        : Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }

  private static long[] hanBmp() {
    long[] bits = new long[0x10000 / 64];
    for (int cp = 0x2E80; cp <= 0xFFFF; cp++) {
      if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
        bits[cp >>> 6] |= 1L << cp;
      }
    }
    return bits;
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
}
