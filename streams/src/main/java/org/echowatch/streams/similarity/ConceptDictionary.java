package org.echowatch.streams.similarity;

import com.carrotsearch.hppc.LongObjectHashMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A Chinese–English–Russian dictionary of names and policy terms (the project's own {@code
 * concepts.tsv}), optionally extended with a user-supplied CC-CEDICT file. It finds the concepts a
 * text mentions in any of the three languages, so that a Russian and a Chinese story about the same
 * meeting share concept ids.
 */
public final class ConceptDictionary {

  private static final String RESOURCE = "/org/echowatch/streams/similarity/concepts.tsv";
  private static final Pattern CEDICT_LINE =
      Pattern.compile("^\\S+ (\\S+) \\[[^\\]]*\\] /([^/;(]+)[/;(].*$");

  private record Form(String concept, String[] tokens) {}

  /** Word forms by {@link #prefixKey} of their first word. */
  private final LongObjectHashMap<List<Form>> wordForms = new LongObjectHashMap<>();

  /**
   * One bit per {@link #keyBit} of the keys of {@link #wordForms}: most words of a text open no
   * form, and a bit that is not set says so before the map is probed (whose probes of these packed
   * keys are long).
   */
  private final long[] wordFormBits = new long[1 << (KEY_BITS - 6)];

  /**
   * Bits of a key's filter bit: the built-in dictionary's 896 first-word keys set 889 of 65,536, so
   * a word of the generated stories of the benchmarks that opens no form gets to the map 1.4 times
   * in a hundred (5.3 with 14 bits, where they set 869 of 16,384): 5.8 % of their words are looked
   * up instead of 9.3 %, for 4.4 % that open a form.
   */
  private static final int KEY_BITS = 16;

  private final Map<Character, List<String[]>> hanForms = new HashMap<>();

  /** The first UTF-16 unit of every Han form: most characters of a text open none. */
  private final BitSet hanFormStarts = new BitSet(Character.MAX_VALUE + 1);

  private final Map<String, Double> weights = new HashMap<>();

  private ConceptDictionary() {}

  /** The built-in dictionary. */
  public static ConceptDictionary builtIn() {
    return Holder.BUILT_IN;
  }

  /**
   * The built-in dictionary plus the proper-name and two-character-or-longer entries of a CC-CEDICT
   * file (UTF-8, the usual {@code trad simp [pinyin] /gloss/} lines).
   *
   * @param cedict path of the user's CC-CEDICT file
   * @throws UncheckedIOException when the file cannot be read
   */
  public static ConceptDictionary withCedict(Path cedict) {
    var dict = new ConceptDictionary();
    dict.loadBuiltIn();
    try (BufferedReader in = Files.newBufferedReader(cedict, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        var m = CEDICT_LINE.matcher(line);
        if (line.startsWith("#") || !m.matches() || m.group(1).length() < 2) {
          continue;
        }
        String gloss = m.group(2).strip();
        if (gloss.isEmpty() || gloss.split(" ").length > 3) {
          continue;
        }
        String id = "cedict:" + gloss.toLowerCase(Locale.ROOT);
        if (!dict.weights.containsKey(id)) {
          dict.add("T", id, gloss, "", m.group(1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read CC-CEDICT file " + cedict, e);
    }
    return dict;
  }

  /** How much a shared concept says: names more than places, places more than policy terms. */
  public double weight(String concept) {
    return weights.getOrDefault(concept, 1.0);
  }

  /** Number of concepts known. */
  public int size() {
    return weights.size();
  }

  /**
   * Concept ids mentioned in a text; {@code folded} is the same text through {@link
   * TextNormalizer#fold}.
   */
  public Set<String> find(String folded) {
    return find(folded, Tokens.words(folded));
  }

  /** As {@link #find(String)}, with the words of {@code folded} already split. */
  Set<String> find(String folded, List<String> words) {
    Set<String> out = new TreeSet<>();
    matchWords(new StringWords(words), out);
    matchHan(folded, out);
    return out;
  }

  /**
   * As {@link #find(String)} of {@code title + " " + body} (both folded), from their words as
   * {@link WordSpans}: a form of several words may start in the title and end in the body, but no
   * Han form holds the space between them, so the two texts are searched for Han forms apart.
   */
  Set<String> find(WordSpans title, WordSpans body) {
    Set<String> out = new TreeSet<>();
    matchWords(new SpanWords(title, body), out);
    // a Han form starts with a Han character, and a text has one only if it has a Han word: most
    // texts are not read a second time, character by character, for Han forms they cannot hold
    if (title.hasHan()) {
      matchHan(title.text(), out);
    }
    if (body.hasHan()) {
      matchHan(body.text(), out);
    }
    return out;
  }

  /** Adds the concept of every word form that starts at a word that is not Han. */
  private void matchWords(WordSequence words, Set<String> out) {
    for (int at = 0; at < words.size(); at++) {
      long key = words.prefixKey(at);
      List<Form> forms = key == NO_KEY || !mayOpenForm(key) ? null : wordForms.get(key);
      if (forms != null) {
        for (Form f : forms) {
          // matching first: most forms fail on their first word, and the set ignores a repeat
          if (matchesAt(f.tokens(), words, at)) {
            out.add(f.concept());
          }
        }
      }
    }
  }

  /** Whether a form's first word may have this {@link #prefixKey}: its bit is set. */
  private boolean mayOpenForm(long key) {
    int bit = keyBit(key);
    return (wordFormBits[bit >>> 6] & (1L << bit)) != 0;
  }

  private static int keyBit(long key) {
    return (int) (Hashing.mix(key) >>> (Long.SIZE - KEY_BITS));
  }

  /** The key of a Han word in {@link WordSequence#prefixKey}: no form starts at one. */
  private static final long NO_KEY = -1;

  /**
   * The first three characters of a word (all of a shorter one) packed into one number: the length
   * in the top bits, then 16 bits per character, so that two prefixes get the same key only when
   * they are the same.
   */
  static long prefixKey(String word) {
    return prefixKey(word, 0, word.length());
  }

  /** {@link #prefixKey(String)} of the word {@code text[start, end)}. */
  static long prefixKey(String text, int start, int end) {
    int length = Math.min(3, end - start);
    long key = length;
    for (int k = 0; k < length; k++) {
      key = (key << 16) | text.charAt(start + k);
    }
    return key;
  }

  /**
   * Whether the form's words follow from word {@code at} on: a form word of up to three letters as
   * a whole word, a longer one as the start of a word.
   */
  private static boolean matchesAt(String[] form, WordSequence words, int at) {
    if (at + form.length > words.size()) {
      return false;
    }
    for (int k = 0; k < form.length; k++) {
      String f = form[k];
      if (!words.matches(at + k, f, f.length() > 3)) {
        return false;
      }
    }
    return true;
  }

  /** The words a text is matched on, by position. */
  private interface WordSequence {

    int size();

    /**
     * {@link ConceptDictionary#prefixKey(String)} of word {@code k}: {@link #NO_KEY} for a Han
     * bigram. Taken word by word as the words are matched, not into an array for all of them.
     */
    long prefixKey(int k);

    /** Whether word {@code k} is {@code form}, or with {@code prefix} starts with it. */
    boolean matches(int k, String form, boolean prefix);
  }

  /** Words as Strings. */
  private record StringWords(List<String> words) implements WordSequence {

    @Override
    public int size() {
      return words.size();
    }

    @Override
    public long prefixKey(int k) {
      String w = words.get(k);
      return Tokens.isHan(w.codePointAt(0)) ? NO_KEY : ConceptDictionary.prefixKey(w);
    }

    @Override
    public boolean matches(int k, String form, boolean prefix) {
      String w = words.get(k);
      return prefix ? w.startsWith(form) : w.equals(form);
    }
  }

  /** The words of a title followed by those of a body, as spans of the two texts. */
  private record SpanWords(WordSpans title, WordSpans body) implements WordSequence {

    @Override
    public int size() {
      return title.size() + body.size();
    }

    @Override
    public long prefixKey(int k) {
      WordSpans words = k < title.size() ? title : body;
      int i = k < title.size() ? k : k - title.size();
      return words.isHan(i)
          ? NO_KEY
          : ConceptDictionary.prefixKey(words.text(), words.start(i), words.end(i));
    }

    @Override
    public boolean matches(int k, String form, boolean prefix) {
      WordSpans words = k < title.size() ? title : body;
      int i = k < title.size() ? k : k - title.size();
      int length = words.length(i);
      return (prefix ? length >= form.length() : length == form.length())
          && words.text().regionMatches(words.start(i), form, 0, form.length());
    }
  }

  private void matchHan(String text, Set<String> out) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // every Han form starts with a Han unit: the rest of the text (all of most texts) opens none
      if (c < Tokens.FIRST_HAN) {
        continue;
      }
      List<String[]> forms = hanFormStarts.get(c) ? hanForms.get(c) : null;
      if (forms != null) {
        for (String[] f : forms) {
          if (text.startsWith(f[0], i)) {
            out.add(f[1]);
          }
        }
      }
    }
  }

  private void loadBuiltIn() {
    try (InputStream in = ConceptDictionary.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        if (cols.length != 5) {
          throw new IllegalStateException("bad line in " + RESOURCE + ": " + line);
        }
        add(cols[0], cols[1], cols[2], cols[3], cols[4]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  private void add(String kind, String id, String en, String ru, String zh) {
    weights.put(
        id,
        switch (kind) {
          case "P" -> 3.0;
          case "L", "O" -> 2.0;
          default -> 1.0;
        });
    for (String form : (en + ";" + ru).split(";")) {
      List<String> tokens = Tokens.words(TextNormalizer.fold(form));
      if (!tokens.isEmpty() && !Tokens.isHan(tokens.get(0).codePointAt(0))) {
        long key = prefixKey(tokens.get(0));
        List<Form> forms = wordForms.get(key);
        if (forms == null) {
          forms = new ArrayList<>();
          wordForms.put(key, forms);
          wordFormBits[keyBit(key) >>> 6] |= 1L << keyBit(key);
        }
        forms.add(new Form(id, tokens.toArray(String[]::new)));
      }
    }
    for (String form : zh.split(";")) {
      String f = TextNormalizer.fold(form).replace(" ", "");
      if (!f.isEmpty() && Tokens.isHan(f.codePointAt(0))) {
        hanForms.computeIfAbsent(f.charAt(0), k -> new ArrayList<>()).add(new String[] {f, id});
        hanFormStarts.set(f.charAt(0));
      } else if (!f.isEmpty()) {
        add(kind, id, f, "", "");
      }
    }
  }

  private static final class Holder {
    private static final ConceptDictionary BUILT_IN = load();

    private static ConceptDictionary load() {
      var dict = new ConceptDictionary();
      dict.loadBuiltIn();
      return dict;
    }
  }
}
