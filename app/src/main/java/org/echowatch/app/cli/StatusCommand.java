package org.echowatch.app.cli;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.echowatch.app.Echowatch;
import org.echowatch.app.config.AppSettings;
import org.echowatch.app.status.ClusterReader;
import org.echowatch.app.status.StatusReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code echowatch status}: health of a running deployment, read from its Kafka cluster. */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description =
        "Prints broker reachability, each feed's last success and item rate, consumer lag per"
            + " echowatch group and the last alert; exits 1 when something is wrong.")
public final class StatusCommand implements Callable<Integer> {

  @ParentCommand private Echowatch parent;

  @Spec private CommandSpec spec;

  @Option(
      names = "--kafka-bootstrap",
      description = "cluster to ask (default: ECHOWATCH_KAFKA_BOOTSTRAP, else 127.0.0.1:9092)")
  private String bootstrap;

  @Option(
      names = "--max-lag",
      defaultValue = "1000",
      description = "lag above which a group is a problem (default ${DEFAULT-VALUE})")
  private long maxLag;

  @Option(
      names = "--timeout",
      defaultValue = "5",
      description = "seconds allowed per request (default ${DEFAULT-VALUE})")
  private int timeoutSeconds;

  @Override
  public Integer call() throws InterruptedException {
    if (maxLag < 0 || timeoutSeconds < 1) {
      throw new IllegalArgumentException("--max-lag must be >= 0 and --timeout >= 1");
    }
    String target =
        bootstrap != null
            ? bootstrap
            : AppSettings.fromEnv(parent.env()).kafkaBootstrap().orElse("127.0.0.1:9092");
    var snapshot =
        new ClusterReader(target, Duration.ofSeconds(timeoutSeconds), Clock.systemUTC()).read();
    StatusReport report = StatusReport.of(snapshot, maxLag);
    var out = spec.commandLine().getOut();
    report.lines().forEach(out::println);
    if (report.healthy()) {
      out.println("status   OK");
      return ExitCodes.OK;
    }
    report.problems().forEach(p -> out.println("PROBLEM  " + p));
    return ExitCodes.FAILED;
  }
}
