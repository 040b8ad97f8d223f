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
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (!Tokens.isHan(w.codePointAt(0))) {
        matchWords(words, i, out);
      }
    }
    matchHan(folded, out);
    return out;
  }

  private void matchWords(List<String> words, int at, Set<String> out) {
    List<Form> forms = wordForms.get(prefixKey(words.get(at)));
    if (forms == null) {
      return;
    }
    for (Form f : forms) {
      // matching first: most forms fail on their first word, and the set ignores a repeat
      if (matchesAt(f.tokens(), words, at)) {
        out.add(f.concept());
      }
    }
  }

  /**
   * The first three characters of a word (all of a shorter one) packed into one number: the length
   * in the top bits, then 16 bits per character, so that two prefixes get the same key only when
   * they are the same.
   */
  static long prefixKey(String word) {
    int length = Math.min(3, word.length());
    long key = length;
    for (int k = 0; k < length; k++) {
      key = (key << 16) | word.charAt(k);
    }
    return key;
  }

  private static boolean matchesAt(String[] form, List<String> words, int at) {
    if (at + form.length > words.size()) {
      return false;
    }
    for (int k = 0; k < form.length; k++) {
      String t = words.get(at + k);
      String f = form[k];
      if (f.length() <= 3 ? !t.equals(f) : !t.startsWith(f)) {
        return false;
      }
    }
    return true;
  }

  private void matchHan(String text, Set<String> out) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
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
