package org.echowatch.indexer.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Whether the browser tests can run here: Debian's {@code chromium} and {@code chromium-driver}
 * must be installed. Without them the tests are skipped, except on CI ({@code CI=true}), where a
 * missing browser must fail the build rather than silently pass it.
 */
record BrowserRequirement(List<Path> missing, boolean onCi) {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  /** What to do about the browser tests. */
  enum Verdict {
    RUN,
    SKIP,
    FAIL
  }

  static BrowserRequirement check(Map<String, String> env, Predicate<Path> executable) {
    List<Path> missing =
        List.of(CHROMIUM, CHROMEDRIVER).stream().filter(executable.negate()).toList();
    return new BrowserRequirement(missing, "true".equalsIgnoreCase(env.getOrDefault("CI", "")));
  }

  static BrowserRequirement here() {
    return check(System.getenv(), Files::isExecutable);
  }

  Verdict verdict() {
    if (missing.isEmpty()) {
      return Verdict.RUN;
    }
    return onCi ? Verdict.FAIL : Verdict.SKIP;
  }

  String message() {
    return "browser tests need Debian's chromium and chromium-driver (apt-get install chromium"
        + " chromium-driver); missing: "
        + missing
        + (onCi ? "; CI=true, so this fails the build" : "; skipped (set CI=true to fail instead)");
  }
}
