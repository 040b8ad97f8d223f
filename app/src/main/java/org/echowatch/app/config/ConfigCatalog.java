package org.echowatch.app.config;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Every {@code ECHOWATCH_*} variable the command and its stages read, with default and meaning,
 * from the bundled {@code echowatch-variables.tsv}: the source of the README's configuration table
 * and of the flags {@code run} accepts.
 */
public final class ConfigCatalog {

  /** Classpath location of the catalogue. */
  public static final String RESOURCE = "echowatch-variables.tsv";

  private static final Map<String, Variable> BY_NAME = load();

  private ConfigCatalog() {}

  /** Every variable, in README order. */
  public static List<Variable> all() {
    return List.copyOf(BY_NAME.values());
  }

  /** The variable of that name, if echowatch reads it. */
  public static Optional<Variable> find(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  /** Names in {@code env} that look like echowatch variables but that nothing reads (typos). */
  public static List<String> unknownIn(Map<String, String> env) {
    var unknown = new TreeSet<String>();
    for (String name : env.keySet()) {
      if (name.startsWith(FlagNames.PREFIX) && !BY_NAME.containsKey(name)) {
        unknown.add(name);
      }
    }
    return List.copyOf(unknown);
  }

  /** The configuration table as Markdown. */
  public static String markdownTable() {
    var sb = new StringBuilder("| variable | flag of `run` | default | read by | meaning |\n");
    sb.append("|---|---|---|---|---|\n");
    for (Variable v : BY_NAME.values()) {
      String flag = v.owner().equals("launcher") ? "-" : "`" + v.flag() + "`";
      sb.append("| `").append(v.name()).append("` | ").append(flag).append(" | ");
      sb.append(v.defaultValue()).append(" | ").append(v.owner()).append(" | ");
      sb.append(v.meaning()).append(" |\n");
    }
    return sb.toString();
  }

  /** Parses the catalogue: {@code name TAB default TAB owner TAB meaning}, {@code #} comments. */
  static Map<String, Variable> parse(BufferedReader in) throws IOException {
    var result = new LinkedHashMap<String, Variable>();
    String line;
    int n = 0;
    while ((line = in.readLine()) != null) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length != 4 || !cols[0].startsWith(FlagNames.PREFIX)) {
        throw new IllegalStateException(
            RESOURCE + " line " + n + " is not name/default/owner/meaning");
      }
      result.put(cols[0], new Variable(cols[0], cols[1], cols[3], cols[2]));
    }
    return result;
  }

  private static Map<String, Variable> load() {
    try (InputStream raw = ConfigCatalog.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (raw == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      var in = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8));
      return parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Prints the table; {@code java -cp echowatch.jar org.echowatch.app.config.ConfigCatalog}. */
  public static void main(String[] args) {
    System.out.print(markdownTable());
  }
}
