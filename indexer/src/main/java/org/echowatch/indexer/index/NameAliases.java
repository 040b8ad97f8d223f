package org.echowatch.indexer.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;

/**
 * Surface forms of names that transliteration alone cannot bring to one Latin key: Chinese names
 * (characters carry no sound a rule can recover reliably) and exonyms such as Китай / China. Read
 * from the classpath resource {@code name-aliases.tsv}: {@code surface<TAB>latin key} per line.
 */
public final class NameAliases {

  private static final String RESOURCE = "name-aliases.tsv";
  private static final Map<String, String> ALIASES = load();

  private NameAliases() {}

  /** Every surface form and the Latin words it stands for. */
  public static Map<String, String> all() {
    return ALIASES;
  }

  /** A char-filter map that replaces each surface form by its Latin key, padded with spaces. */
  static NormalizeCharMap charMap() {
    var builder = new NormalizeCharMap.Builder();
    // Spaces keep an alias from gluing onto neighbouring CJK characters, which have no spaces.
    ALIASES.forEach((surface, key) -> builder.add(surface, " " + key + " "));
    return builder.build();
  }

  private static Map<String, String> load() {
    Map<String, String> aliases = new LinkedHashMap<>();
    try (InputStream in = NameAliases.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + RESOURCE);
      }
      var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t");
        if (parts.length != 2) {
          throw new IllegalStateException(RESOURCE + ": expected 'surface<TAB>key' in: " + line);
        }
        aliases.put(parts[0].strip(), parts[1].strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return Map.copyOf(aliases);
  }
}
