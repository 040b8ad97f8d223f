package org.echowatch.app.progress;

import java.time.Duration;
import java.util.Locale;

/** Pure text of a {@link Progress}: counts, percentages, rates and durations, locale-neutral. */
public final class ProgressFormat {

  private ProgressFormat() {}

  /**
   * One line such as {@code replay 1,250/5,000 articles (25.0%) 312.5/s elapsed 0:04 ETA 0:12};
   * without a known total: {@code replay 1,250 articles 312.5/s elapsed 0:04}.
   */
  public static String line(Progress p) {
    var out = new StringBuilder(p.label()).append(' ').append(count(p.done()));
    if (p.hasTotal()) {
      out.append('/').append(count(p.total()));
    }
    out.append(' ').append(p.unit());
    if (p.hasTotal()) {
      out.append(" (").append(percent(p.done(), p.total())).append(')');
    }
    out.append(' ').append(rate(p.ratePerSecond()));
    out.append(" elapsed ").append(duration(p.elapsed()));
    if (p.hasTotal()) {
      Duration left = p.remaining();
      out.append(" ETA ").append(left == null ? "--:--" : duration(left));
    }
    return out.toString();
  }

  /** The closing line: {@code replay done: 5,000 articles in 0:16 (312.5/s)}. */
  public static String summary(Progress p) {
    return p.label()
        + " done: "
        + count(p.done())
        + ' '
        + p.unit()
        + " in "
        + duration(p.elapsed())
        + " ("
        + rate(p.ratePerSecond())
        + ')';
  }

  /** A count with thousands separators: {@code 1234567} gives {@code 1,234,567}. */
  public static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** Share of {@code total} with one decimal; an empty total counts as complete. */
  public static String percent(long done, long total) {
    double share = total == 0 ? 100 : Math.min(100, done * 100.0 / total);
    return String.format(Locale.ROOT, "%.1f%%", share);
  }

  /**
   * Items per second: two decimals below 10/s so slow tasks do not read as stalled, one decimal
   * below 1,000/s, whole numbers above.
   */
  public static String rate(double perSecond) {
    if (perSecond < 10) {
      return String.format(Locale.ROOT, "%.2f/s", perSecond);
    }
    if (perSecond < 1000) {
      return String.format(Locale.ROOT, "%.1f/s", perSecond);
    }
    return String.format(Locale.ROOT, "%,d/s", Math.round(perSecond));
  }

  /** {@code m:ss} below an hour, {@code h:mm:ss} above; rounded down to the second. */
  public static String duration(Duration d) {
    long seconds = d.toSeconds();
    long h = seconds / 3600;
    long m = seconds % 3600 / 60;
    long s = seconds % 60;
    return h > 0
        ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s)
        : String.format(Locale.ROOT, "%d:%02d", m, s);
  }
}
