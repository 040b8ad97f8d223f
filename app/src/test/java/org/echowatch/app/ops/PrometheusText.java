package org.echowatch.app.ops;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The samples of a Prometheus text exposition ({@code /metrics}), parsed just enough to assert. */
record PrometheusText(List<Sample> samples) {

  private static final Pattern SAMPLE =
      Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})?\\s+(\\S+)(?:\\s+\\d+)?$");
  private static final Pattern LABEL =
      Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

  /**
   * One sample line.
   *
   * @param name metric name, with its {@code _total}, {@code _count} ... suffix
   * @param labels label names to values
   * @param value the number
   */
  record Sample(String name, Map<String, String> labels, double value) {}

  /** Parses every sample line; comments and blank lines are skipped. */
  static PrometheusText parse(String text) {
    var samples = new ArrayList<Sample>();
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      Matcher m = SAMPLE.matcher(line.strip());
      if (!m.matches()) {
        throw new IllegalArgumentException("not a Prometheus sample line: " + line);
      }
      var labels = new LinkedHashMap<String, String>();
      if (m.group(2) != null) {
        Matcher l = LABEL.matcher(m.group(2));
        while (l.find()) {
          labels.put(l.group(1), l.group(2));
        }
      }
      samples.add(new Sample(m.group(1), Map.copyOf(labels), Double.parseDouble(m.group(3))));
    }
    return new PrometheusText(List.copyOf(samples));
  }

  /** The samples of one metric name. */
  List<Sample> named(String name) {
    return samples.stream().filter(s -> s.name().equals(name)).toList();
  }

  /** Sum of the values of one metric name over all label sets; 0 when absent. */
  double sum(String name) {
    return named(name).stream().mapToDouble(Sample::value).sum();
  }

  /** Every distinct metric name. */
  Set<String> names() {
    var names = new TreeSet<String>();
    samples.forEach(s -> names.add(s.name()));
    return names;
  }
}
