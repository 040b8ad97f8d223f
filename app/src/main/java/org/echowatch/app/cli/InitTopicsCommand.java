package org.echowatch.app.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.echowatch.app.Echowatch;
import org.echowatch.app.config.AppSettings;
import org.echowatch.broker.TopicInitializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code echowatch init-topics}: creates the missing topics on the configured cluster and exits.
 */
@Command(
    name = "init-topics",
    mixinStandardHelpOptions = true,
    description =
        "Creates echowatch's topics that do not exist yet on ECHOWATCH_KAFKA_BOOTSTRAP"
            + " (ECHOWATCH_TOPIC_PARTITIONS, ECHOWATCH_TOPIC_REPLICATION).")
public final class InitTopicsCommand implements Callable<Integer> {

  @ParentCommand private Echowatch parent;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    AppSettings settings = AppSettings.fromEnv(parent.env());
    String bootstrap =
        settings
            .kafkaBootstrap()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        AppSettings.KAFKA_BOOTSTRAP + " is required for init-topics"));
    List<String> created =
        TopicInitializer.ensureTopics(
            bootstrap, settings.topicPartitions(), settings.topicReplication());
    spec.commandLine().getOut().println("topics ready on " + bootstrap + "; created " + created);
    return ExitCodes.OK;
  }
}
