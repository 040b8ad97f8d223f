package org.echowatch.app.runtime;

/**
 * One readiness condition of a running process, e.g. "broker reachable" or "streams RUNNING".
 *
 * @param name shown in the {@code /health/ready} answer
 * @param probe answers whether the condition holds now; must return within a second or two
 */
public record HealthCheck(String name, Probe probe) {

  /** The test behind a check; an exception counts as "not ready" and its message is reported. */
  @FunctionalInterface
  public interface Probe {
    boolean ready() throws Exception;
  }

  /** The outcome of running this check now. */
  public Result run() {
    try {
      return probe.ready() ? new Result(name, true, null) : new Result(name, false, "not ready");
    } catch (Exception e) {
      return new Result(name, false, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  /**
   * @param name the check's name
   * @param ready whether it holds
   * @param detail why not, when it does not
   */
  public record Result(String name, boolean ready, String detail) {}
}
