package org.echowatch.app.containers;

import com.github.dockerjava.api.command.InspectContainerResponse;
import java.time.Duration;
import org.testcontainers.containers.ContainerLaunchException;
import org.testcontainers.containers.wait.strategy.AbstractWaitStrategy;

/**
 * Waits until the image's own health check reports the container healthy, and gives up at once when
 * the container stops instead (a bad setting, a crash), where Testcontainers' own health-check wait
 * would sit out its whole timeout.
 */
final class HealthyOrExited extends AbstractWaitStrategy {

  private static final Duration POLL = Duration.ofMillis(500);

  HealthyOrExited(Duration timeout) {
    withStartupTimeout(timeout);
  }

  @Override
  protected void waitUntilReady() {
    long deadline = System.nanoTime() + startupTimeout.toNanos();
    while (System.nanoTime() < deadline) {
      InspectContainerResponse.ContainerState state =
          waitStrategyTarget.getCurrentContainerInfo().getState();
      if (!Boolean.TRUE.equals(state.getRunning())) {
        throw new ContainerLaunchException(
            "container stopped before it was healthy, exit code " + state.getExitCodeLong());
      }
      if (state.getHealth() != null && "healthy".equals(state.getHealth().getStatus())) {
        return;
      }
      try {
        Thread.sleep(POLL.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ContainerLaunchException("interrupted while waiting for a healthy container", e);
      }
    }
    throw new ContainerLaunchException("container not healthy within " + startupTimeout);
  }
}
