package org.echowatch.app.progress;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Prints the progress of one long task. On a terminal it redraws a single line in place ({@code
 * \r}) a few times a second; otherwise (output piped to a file, a log collector or CI) it prints a
 * plain line every {@code interval}, so logs stay readable. Call {@link #advance} as items finish
 * and {@link #close} at the end, which prints the summary once.
 *
 * <p>Thread-safe; the cost of {@link #advance} between two prints is one clock read.
 */
public final class ProgressReporter implements AutoCloseable {

  /** How often a terminal line is redrawn. */
  public static final Duration TERMINAL_INTERVAL = Duration.ofMillis(250);

  /** How often a plain line is printed when output is not a terminal. */
  public static final Duration PLAIN_INTERVAL = Duration.ofSeconds(10);

  private final PrintWriter out;
  private final boolean terminal;
  private final String label;
  private final String unit;
  private final long total;
  private final long intervalNanos;
  private final LongSupplier nanoTime;
  private final long startNanos;
  private long done;
  private long lastPrintNanos;
  private int lastWidth;
  private boolean closed;

  /**
   * @param out where the progress goes (stderr for commands whose stdout carries results)
   * @param terminal whether {@code out} is an interactive terminal
   * @param label what is running, e.g. {@code replay}
   * @param unit what is counted, e.g. {@code articles}
   * @param total items expected, or {@link Progress#UNKNOWN}
   * @param interval minimum time between two prints
   * @param nanoTime the clock, {@code System::nanoTime} outside tests
   */
  public ProgressReporter(
      PrintWriter out,
      boolean terminal,
      String label,
      String unit,
      long total,
      Duration interval,
      LongSupplier nanoTime) {
    this.out = out;
    this.terminal = terminal;
    this.label = label;
    this.unit = unit;
    this.total = total;
    this.intervalNanos = interval.toNanos();
    this.nanoTime = nanoTime;
    this.startNanos = nanoTime.getAsLong();
    this.lastPrintNanos = startNanos;
  }

  /**
   * A reporter on standard error: a redrawn line when the process has a console, plain lines every
   * {@link #PLAIN_INTERVAL} otherwise.
   *
   * @param label what is running
   * @param unit what is counted
   * @param total items expected, or {@link Progress#UNKNOWN}
   */
  public static ProgressReporter onStandardError(String label, String unit, long total) {
    boolean terminal = System.console() != null;
    return new ProgressReporter(
        new PrintWriter(System.err, true, StandardCharsets.UTF_8),
        terminal,
        label,
        unit,
        total,
        terminal ? TERMINAL_INTERVAL : PLAIN_INTERVAL,
        System::nanoTime);
  }

  /** Counts one more item done. */
  public void advance() {
    advance(1);
  }

  /** Counts {@code items} more done and prints when the interval has passed. */
  public synchronized void advance(long items) {
    if (items < 0) {
      throw new IllegalArgumentException("items must be >= 0, was " + items);
    }
    done += items;
    long now = nanoTime.getAsLong();
    if (!closed && now - lastPrintNanos >= intervalNanos) {
      lastPrintNanos = now;
      print(ProgressFormat.line(snapshot(now)));
    }
  }

  /** The progress now. */
  public synchronized Progress progress() {
    return snapshot(nanoTime.getAsLong());
  }

  /** Prints the summary line; later calls do nothing. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    print(ProgressFormat.summary(snapshot(nanoTime.getAsLong())));
    if (terminal) {
      out.print('\n');
    }
    out.flush();
  }

  private Progress snapshot(long now) {
    return new Progress(label, unit, done, total, Duration.ofNanos(now - startNanos));
  }

  private void print(String line) {
    if (terminal) {
      // Pad with spaces so a shorter line fully covers the longer one drawn before it.
      int pad = Math.max(0, lastWidth - line.length());
      out.print('\r' + line + " ".repeat(pad));
      lastWidth = line.length();
    } else {
      out.println(line);
    }
    out.flush();
  }
}
