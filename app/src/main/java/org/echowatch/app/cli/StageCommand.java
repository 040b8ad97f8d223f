package org.echowatch.app.cli;

import java.util.EnumSet;
import java.util.Set;
import org.echowatch.app.runtime.Stage;
import picocli.CommandLine.Command;

/** The one-stage commands, for docker-compose and distributed deployments. */
public final class StageCommand {

  private StageCommand() {}

  /** {@code echowatch ingest}: polls the feeds and produces {@code articles.v1}. */
  @Command(
      name = "ingest",
      mixinStandardHelpOptions = true,
      description =
          "Runs the ingest stage against ECHOWATCH_KAFKA_BOOTSTRAP (--demo: the demo site).")
  public static final class Ingest extends ProcessCommand {
    @Override
    Set<Stage> stages() {
      return EnumSet.of(Stage.INGEST);
    }
  }

  /** {@code echowatch streams}: the detection topology. */
  @Command(
      name = "streams",
      mixinStandardHelpOptions = true,
      description = "Runs the detection topology against ECHOWATCH_KAFKA_BOOTSTRAP.")
  public static final class Streams extends ProcessCommand {
    @Override
    Set<Stage> stages() {
      return EnumSet.of(Stage.STREAMS);
    }
  }

  /** {@code echowatch indexer}: the index, the API and the web page. */
  @Command(
      name = "indexer",
      mixinStandardHelpOptions = true,
      description =
          "Runs the indexer, the HTTP API and the web page against ECHOWATCH_KAFKA_BOOTSTRAP.")
  public static final class Indexer extends ProcessCommand {
    @Override
    Set<Stage> stages() {
      return EnumSet.of(Stage.INDEXER);
    }
  }
}
