package org.echowatch.app.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns {@code --x-y value}, {@code --x-y=value} and a bare {@code --x-y} (meaning {@code true})
 * into {@code ECHOWATCH_X_Y} entries, and lays them over the environment: a flag wins over the
 * variable of the same name.
 */
public final class FlagOverrides {

  private FlagOverrides() {}

  /**
   * Parses flags into variable assignments.
   *
   * @param args the flags left over after the command's own options
   * @return variable name to value, in the order given
   * @throws IllegalArgumentException naming the flag when it is not an option or names no echowatch
   *     variable
   */
  public static Map<String, String> parse(List<String> args) {
    var result = new LinkedHashMap<String, String>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (!arg.startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument '" + arg + "'");
      }
      int eq = arg.indexOf('=');
      String flag = eq < 0 ? arg : arg.substring(0, eq);
      String value;
      if (eq >= 0) {
        value = arg.substring(eq + 1);
      } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
        value = args.get(++i);
      } else {
        value = "true";
      }
      String variable = FlagNames.variableOf(flag);
      if (ConfigCatalog.find(variable).isEmpty()) {
        throw new IllegalArgumentException(
            "unknown option " + flag + " (echowatch reads no variable " + variable + ")");
      }
      result.put(variable, value);
    }
    return result;
  }

  /** The environment with {@code overrides} laid over it. */
  public static Map<String, String> merge(Map<String, String> env, Map<String, String> overrides) {
    var merged = new LinkedHashMap<String, String>(env);
    merged.putAll(overrides);
    return Map.copyOf(merged);
  }
}
