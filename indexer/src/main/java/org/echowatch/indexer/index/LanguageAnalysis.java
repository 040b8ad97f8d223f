package org.echowatch.indexer.index;

import com.ibm.icu.text.Transliterator;
import java.io.Reader;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analysers of the story index: one per language for the {@code title_<lang>} and {@code
 * body_<lang>} fields, a cross-script Latin key for {@code title_key} and {@code body_key}, and
 * lower-cased keywords for the filter fields.
 */
public final class LanguageAnalysis {

  /** Languages with their own analysis; any other language is analysed as {@link #OTHER}. */
  public static final List<String> LANGUAGES = List.of("en", "ru", "be", "zh");

  /** Field suffix of text in a language without its own analysis. */
  public static final String OTHER = "xx";

  /** Suffix of the cross-script Latin key fields. */
  public static final String KEY = "key";

  // Belarusian letters included; ICU's own Cyrillic-Latin would give diacritics (š, č) that do not
  // meet the plain spellings the English editions use.
  private static final String CYRILLIC_RULES =
      "а > a; б > b; в > v; г > g; ґ > g; д > d; е > e; ё > yo; є > ye; ж > zh; з > z; и > i;"
          + " і > i; ї > yi; й > y; к > k; л > l; м > m; н > n; о > o; п > p; р > r; с > s;"
          + " т > t; у > u; ў > u; ф > f; х > kh; ц > ts; ч > ch; ш > sh; щ > shch; ъ > ;"
          + " ы > y; ь > ; э > e; ю > yu; я > ya; \\u2019 > ; \\u0027 > ;";

  private LanguageAnalysis() {}

  /** The suffix of the text fields for {@code lang}: the language itself or {@link #OTHER}. */
  public static String fieldLanguage(String lang) {
    String normal = lang == null ? "" : lang.toLowerCase(Locale.ROOT);
    int dash = normal.indexOf('-');
    if (dash > 0) {
      normal = normal.substring(0, dash);
    }
    return LANGUAGES.contains(normal) ? normal : OTHER;
  }

  /** The analyser of every field of the story index, chosen by field name. */
  public static Analyzer perField() {
    Map<String, Analyzer> byField = new HashMap<>();
    for (String lang : LANGUAGES) {
      Analyzer analyzer = forLanguage(lang);
      byField.put("title_" + lang, analyzer);
      byField.put("body_" + lang, analyzer);
    }
    Analyzer other = new StandardAnalyzer();
    byField.put("title_" + OTHER, other);
    byField.put("body_" + OTHER, other);
    Analyzer key = latinKey();
    byField.put("title_" + KEY, key);
    byField.put("body_" + KEY, key);
    byField.put(StoryFields.NARRATIVE, new KeywordAnalyzerKeepingCase());
    byField.put(StoryFields.ID, new KeywordAnalyzerKeepingCase());
    // source, lang, edition, type, day: lower-cased keywords.
    return new PerFieldAnalyzerWrapper(lowerCaseKeyword(), byField);
  }

  /** The analyser of text in {@code lang} (one of {@link #LANGUAGES} or {@link #OTHER}). */
  public static Analyzer forLanguage(String lang) {
    return switch (lang) {
      case "en" -> new EnglishAnalyzer();
      case "ru" -> new RussianAnalyzer();
      case "zh" -> new CJKAnalyzer();
      case "be" -> belarusian();
      default -> new StandardAnalyzer();
    };
  }

  /**
   * Text to a Latin key: known aliases first, then Cyrillic and other scripts transliterated to
   * ASCII, lower-cased, trailing vowels dropped.
   */
  public static Analyzer latinKey() {
    NormalizeCharMap aliases = NameAliases.charMap();
    Transliterator toLatin = toLatin();
    return new Analyzer() {
      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        return new MappingCharFilter(aliases, reader);
      }

      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        stream = new LatinScriptFilter(stream, toLatin);
        return new TokenStreamComponents(source, new LatinKeyFilter(stream));
      }
    };
  }

  /** Cyrillic by echowatch's rules, any other script by ICU's, then ASCII, lower case. */
  static Transliterator toLatin() {
    return Transliterator.createFromRules(
        "echowatch-Latin-key",
        CYRILLIC_RULES + " :: Any-Latin; :: Latin-ASCII; :: Lower;",
        Transliterator.FORWARD);
  }

  private static Analyzer belarusian() {
    // Lucene's ICUFoldingFilter ships normalisation data tied to one ICU release and fails with
    // the ICU on the class path; NFKC case folding comes from ICU's own data, and the stemmer folds
    // the few Belarusian letters with marks.
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new BelarusianLightStemFilter(new LowerCaseFilter(source));
        return new TokenStreamComponents(source, new ICUNormalizer2Filter(stream));
      }
    };
  }

  private static Analyzer lowerCaseKeyword() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new KeywordTokenizer();
        return new TokenStreamComponents(source, new LowerCaseFilter(source));
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
      }
    };
  }

  /** Ids are case-sensitive. */
  private static final class KeywordAnalyzerKeepingCase extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      return new TokenStreamComponents(new KeywordTokenizer());
    }
  }
}
