package org.echowatch.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.echowatch.app.Echowatch;
import org.echowatch.app.config.AppSettings;
import org.echowatch.app.config.FlagOverrides;
import org.echowatch.app.runtime.EchowatchProcess;
import org.echowatch.app.runtime.Stage;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Unmatched;

/**
 * A subcommand that runs stages until the process is stopped. Every {@code --x-y value} flag sets
 * {@code ECHOWATCH_X_Y} for this run, over the environment.
 */
abstract class ProcessCommand implements Callable<Integer> {

  @ParentCommand private Echowatch parent;

  @Option(
      names = "--demo",
      description =
          "poll the bundled demo agency site instead of the live agencies (ECHOWATCH_DEMO)")
  private boolean demo;

  @Unmatched private List<String> flags = new ArrayList<>();

  /** The stages this command runs. */
  abstract Set<Stage> stages();

  /** The environment with this command's flags laid over it. */
  Map<String, String> mergedEnv() {
    var overrides = new java.util.LinkedHashMap<>(FlagOverrides.parse(flags));
    if (demo) {
      overrides.put(AppSettings.DEMO, "true");
    }
    return FlagOverrides.merge(parent.env(), overrides);
  }

  @Override
  public Integer call() throws InterruptedException {
    EchowatchProcess process = EchowatchProcess.start(mergedEnv(), stages());
    process.awaitShutdown();
    return ExitCodes.OK;
  }
}
