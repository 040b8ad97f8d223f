package org.echowatch.app.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Parsers of single settings; every error message names the variable and the bad value. */
public final class Values {

  private Values() {}

  /** The value of {@code name}, trimmed, or empty when unset or blank. */
  public static Optional<String> text(Map<String, String> env, String name) {
    String value = env.get(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }

  /** A TCP port in 0..65535 (0 = any free port). */
  public static int port(Map<String, String> env, String name, int defaultValue) {
    return integer(env, name, defaultValue, 0, 65535);
  }

  /** An integer within [min, max]. */
  public static int integer(
      Map<String, String> env, String name, int defaultValue, int min, int max) {
    Optional<String> raw = text(env, name);
    if (raw.isEmpty()) {
      return defaultValue;
    }
    int value;
    try {
      value = Integer.parseInt(raw.get());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          name + " must be a whole number, was '" + raw.get() + "'", e);
    }
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          name + " must be in " + min + ".." + max + ", was " + value);
    }
    return value;
  }

  /** {@code true/false/yes/no/1/0}; unset gives {@code defaultValue}. */
  public static boolean bool(Map<String, String> env, String name, boolean defaultValue) {
    Optional<String> raw = text(env, name);
    if (raw.isEmpty()) {
      return defaultValue;
    }
    return switch (raw.get().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "1", "on" -> true;
      case "false", "no", "0", "off" -> false;
      default ->
          throw new IllegalArgumentException(
              name + " must be true or false, was '" + raw.get() + "'");
    };
  }

  /**
   * A positive duration, ISO-8601 ({@code PT30S}) or short ({@code 500ms}, {@code 30s}, {@code 5m},
   * {@code 2h}).
   */
  public static Duration duration(Map<String, String> env, String name, Duration defaultValue) {
    Optional<String> raw = text(env, name);
    if (raw.isEmpty()) {
      return defaultValue;
    }
    Duration value;
    try {
      value = parseDuration(raw.get());
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new IllegalArgumentException(
          name + " must be a duration such as 30s, 5m or PT30S, was '" + raw.get() + "'", e);
    }
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was '" + raw.get() + "'");
    }
    return value;
  }

  private static Duration parseDuration(String text) {
    String s = text.toLowerCase(Locale.ROOT);
    if (s.startsWith("p")) {
      return Duration.parse(text.toUpperCase(Locale.ROOT));
    }
    if (s.endsWith("ms")) {
      return Duration.ofMillis(Long.parseLong(s.substring(0, s.length() - 2)));
    }
    long amount = Long.parseLong(s.substring(0, s.length() - 1));
    return switch (s.charAt(s.length() - 1)) {
      case 's' -> Duration.ofSeconds(amount);
      case 'm' -> Duration.ofMinutes(amount);
      case 'h' -> Duration.ofHours(amount);
      case 'd' -> Duration.ofDays(amount);
      default -> throw new NumberFormatException("unknown unit in " + text);
    };
  }
}
