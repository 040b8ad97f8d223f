package org.echowatch.app.config;

/**
 * One configuration variable of echowatch.
 *
 * @param name the environment variable, {@code ECHOWATCH_*}
 * @param defaultValue what applies when unset, as shown in the README
 * @param meaning one line for the README's configuration table
 * @param owner what reads it: {@code app}, stage names, or {@code launcher}
 */
public record Variable(String name, String defaultValue, String meaning, String owner) {

  /**
   * The command-line flag of {@code echowatch run} for this variable: {@code --kafka-bootstrap}.
   */
  public String flag() {
    return FlagNames.flagOf(name);
  }
}
