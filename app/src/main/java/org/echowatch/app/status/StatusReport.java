package org.echowatch.app.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.echowatch.common.FeedHealth;

/**
 * Judges a {@link StatusSnapshot}: the lines to print and the problems that make {@code status}
 * exit non-zero (broker unreachable, a feed whose latest poll failed or carries a warning, a
 * consumer group lagging more than the limit).
 *
 * @param lines the human-readable report, one line each
 * @param problems what is wrong; empty when healthy
 */
public record StatusReport(List<String> lines, List<String> problems) {

  private static final Duration RATE_WINDOW = Duration.ofHours(24);

  /** Whether nothing is wrong. */
  public boolean healthy() {
    return problems.isEmpty();
  }

  /**
   * @param snapshot what was read
   * @param maxLag the lag above which a group counts as a problem
   */
  public static StatusReport of(StatusSnapshot snapshot, long maxLag) {
    var lines = new ArrayList<String>();
    var problems = new ArrayList<String>();
    if (snapshot.brokers() > 0) {
      lines.add(
          "broker   " + snapshot.bootstrap() + ": reachable, " + snapshot.brokers() + " node(s)");
    } else {
      lines.add(
          "broker   " + snapshot.bootstrap() + ": UNREACHABLE (" + snapshot.brokerError() + ")");
      problems.add("broker " + snapshot.bootstrap() + " unreachable");
      return new StatusReport(List.copyOf(lines), List.copyOf(problems));
    }
    feeds(snapshot, lines, problems);
    lags(snapshot, maxLag, lines, problems);
    if (snapshot.lastAlert() == null) {
      lines.add("alert    none yet");
    } else {
      var a = snapshot.lastAlert();
      lines.add(
          "alert    last: "
              + a.narrativeId()
              + " \""
              + a.headline()
              + "\" "
              + a.sources()
              + " "
              + a.languages()
              + " latest echo "
              + a.latestEcho()
              + " severity "
              + a.severity());
    }
    return new StatusReport(List.copyOf(lines), List.copyOf(problems));
  }

  private static void feeds(StatusSnapshot s, List<String> lines, List<String> problems) {
    Map<String, List<FeedHealth>> byFeed =
        s.feedPolls().stream()
            .collect(Collectors.groupingBy(FeedHealth::feedId, TreeMap::new, Collectors.toList()));
    if (byFeed.isEmpty()) {
      lines.add("feeds    no polls recorded on feed.health.v1");
      return;
    }
    Instant since = s.now().minus(RATE_WINDOW);
    for (var entry : byFeed.entrySet()) {
      List<FeedHealth> polls = entry.getValue();
      polls.sort(
          Comparator.comparing(
              FeedHealth::polledAt, Comparator.nullsFirst(Comparator.naturalOrder())));
      FeedHealth latest = polls.get(polls.size() - 1);
      Instant lastSuccess =
          polls.stream()
              .filter(p -> "ok".equals(p.status()) || "not_modified".equals(p.status()))
              .map(FeedHealth::polledAt)
              .reduce((a, b) -> b)
              .orElse(null);
      long newItems =
          polls.stream()
              .filter(p -> p.polledAt() != null && p.polledAt().isAfter(since))
              .mapToLong(FeedHealth::newItems)
              .sum();
      double perHour = newItems / (double) RATE_WINDOW.toHours();
      lines.add(
          String.format(
              java.util.Locale.ROOT,
              "feed     %-28s last %-12s last success %s, %.1f new items/h (24 h)%s",
              entry.getKey(),
              latest.status(),
              lastSuccess == null ? "never" : lastSuccess,
              perHour,
              latest.warning() == null ? "" : ", WARNING: " + latest.warning()));
      if ("error".equals(latest.status())) {
        problems.add("feed " + entry.getKey() + " failed its latest poll: " + latest.error());
      }
      if (latest.warning() != null) {
        problems.add("feed " + entry.getKey() + ": " + latest.warning());
      }
    }
  }

  private static void lags(
      StatusSnapshot s, long maxLag, List<String> lines, List<String> problems) {
    if (s.lags().isEmpty()) {
      lines.add("lag      no echowatch consumer groups yet");
    }
    for (var lag : s.lags()) {
      lines.add(
          String.format(
              java.util.Locale.ROOT,
              "lag      %-28s %-24s %d",
              lag.group(),
              lag.topic(),
              lag.lag()));
      if (lag.lag() > maxLag) {
        problems.add(
            "group "
                + lag.group()
                + " lags "
                + lag.lag()
                + " records on "
                + lag.topic()
                + " (limit "
                + maxLag
                + ")");
      }
    }
  }
}
