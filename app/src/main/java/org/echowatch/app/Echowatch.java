package org.echowatch.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.echowatch.app.cli.ExitCodes;
import org.echowatch.app.cli.ExtractCommand;
import org.echowatch.app.cli.InitTopicsCommand;
import org.echowatch.app.cli.ReplayCommand;
import org.echowatch.app.cli.RunCommand;
import org.echowatch.app.cli.ScoreCommand;
import org.echowatch.app.cli.StageCommand;
import org.echowatch.app.cli.StatusCommand;
import org.echowatch.app.load.LoadCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code echowatch} command. {@link #main} is the only place that turns an outcome into a
 * process exit code: 0 done, 1 failed or unhealthy, 2 bad flag, variable or input.
 */
@Command(
    name = "echowatch",
    mixinStandardHelpOptions = true,
    versionProvider = Echowatch.Version.class,
    description = "Flags state-agency stories that echo another agency's narrative.",
    subcommands = {
      RunCommand.class,
      StageCommand.Ingest.class,
      StageCommand.Streams.class,
      StageCommand.Indexer.class,
      InitTopicsCommand.class,
      ReplayCommand.class,
      ExtractCommand.class,
      ScoreCommand.class,
      StatusCommand.class,
      LoadCommand.class
    })
public final class Echowatch implements Runnable {

  private final Map<String, String> env;
  private CommandLine.Model.CommandSpec spec;

  /**
   * @param env the process environment (tests pass their own map)
   */
  public Echowatch(Map<String, String> env) {
    this.env = Map.copyOf(env);
  }

  /** The environment the subcommands read their settings from. */
  public Map<String, String> env() {
    return env;
  }

  @CommandLine.Spec
  void setSpec(CommandLine.Model.CommandSpec spec) {
    this.spec = spec;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand");
  }

  /**
   * Runs the command line and answers its exit code; never exits the JVM.
   *
   * @param args the arguments after {@code echowatch}
   * @param env the environment to read {@code ECHOWATCH_*} from
   * @param out where results and help go
   * @param err where error messages go
   */
  public static int execute(
      String[] args, Map<String, String> env, PrintWriter out, PrintWriter err) {
    var cli = new CommandLine(new Echowatch(env));
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(ExitCodes::handle);
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** Entry point of the fat jar. */
  public static void main(String[] args) {
    var out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    var err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code = execute(args, System.getenv(), out, err);
    // Long-running subcommands return only after their shutdown hook has stopped every stage.
    if (code != 0 || !isLongRunning(args)) {
      System.exit(code);
    }
  }

  private static boolean isLongRunning(String[] args) {
    return args.length > 0
        && java.util.Set.of("run", "ingest", "streams", "indexer").contains(args[0]);
  }

  /** The version from the jar manifest, or "dev" when run from classes. */
  public static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Echowatch.class.getPackage().getImplementationVersion();
      return new String[] {"echowatch " + (v == null ? "dev" : v)};
    }
  }
}
