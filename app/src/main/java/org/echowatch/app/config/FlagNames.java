package org.echowatch.app.config;

import java.util.Locale;

/** The one naming rule between flags and variables: {@code --x-y} is {@code ECHOWATCH_X_Y}. */
public final class FlagNames {

  /** Prefix of every echowatch environment variable. */
  public static final String PREFIX = "ECHOWATCH_";

  private FlagNames() {}

  /** {@code --kafka-bootstrap} -> {@code ECHOWATCH_KAFKA_BOOTSTRAP}. */
  public static String variableOf(String flag) {
    String bare = flag.startsWith("--") ? flag.substring(2) : flag;
    if (bare.isEmpty() || !bare.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException(
          "option " + flag + " is not of the form --word-word (lower case, digits, dashes)");
    }
    return PREFIX + bare.replace('-', '_').toUpperCase(Locale.ROOT);
  }

  /** {@code ECHOWATCH_KAFKA_BOOTSTRAP} -> {@code --kafka-bootstrap}. */
  public static String flagOf(String variable) {
    if (!variable.startsWith(PREFIX)) {
      throw new IllegalArgumentException(variable + " does not start with " + PREFIX);
    }
    return "--" + variable.substring(PREFIX.length()).replace('_', '-').toLowerCase(Locale.ROOT);
  }
}
