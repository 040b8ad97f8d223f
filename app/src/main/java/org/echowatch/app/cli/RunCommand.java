package org.echowatch.app.cli;

import java.util.Set;
import org.echowatch.app.runtime.Stage;
import picocli.CommandLine.Command;

/** {@code echowatch run [--demo]}: the whole pipeline in one process. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Runs ingest, streams and the indexer in one process, with an embedded Kafka broker under"
          + " <data dir>/kafka unless ECHOWATCH_KAFKA_BOOTSTRAP is set.",
      "Every variable ECHOWATCH_X_Y is also a flag --x-y (e.g. --kafka-bootstrap, --http-port,"
          + " --data-dir, --management-port, --embedded-kafka-port); a flag wins."
    })
public final class RunCommand extends ProcessCommand {

  @Override
  Set<Stage> stages() {
    return Stage.all();
  }
}
