package org.echowatch.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.echowatch.app.Echowatch;
import org.echowatch.app.progress.ProgressReporter;
import org.echowatch.common.Article;
import org.echowatch.streams.DetectionSettings;
import org.echowatch.streams.replay.Replayer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code echowatch replay --input articles.jsonl --output matches.jsonl}: the production topology
 * over a file of stories in publishedAt order, one JSON line per flagged pair.
 */
@Command(
    name = "replay",
    mixinStandardHelpOptions = true,
    description =
        "Runs the detection topology over stories ({\"id\",\"source\",\"lang\",\"publishedAt\","
            + "\"title\",\"body\",\"url\"?} per line) and writes one flagged pair per line.")
public final class ReplayCommand implements Callable<Integer> {

  @ParentCommand private Echowatch parent;

  @Spec private CommandSpec spec;

  @Option(names = "--input", required = true, description = "stories, one JSON object per line")
  private Path input;

  @Option(names = "--output", required = true, description = "where the flagged pairs are written")
  private Path output;

  @Override
  public Integer call() throws IOException {
    InputFiles.requireReadable(input, "--input");
    DetectionSettings settings = DetectionSettings.fromEnv(parent.env());
    List<Article> stories = Replayer.readStories(input);
    Replayer.Result result;
    try (var progress = ProgressReporter.onStandardError("replay", "stories", stories.size())) {
      result = Replayer.run(stories, settings, progress::advance);
    }
    int matches = Replayer.writeMatches(result.matches(), output);
    spec.commandLine()
        .getErr()
        .println("replay: " + matches + " flagged pairs written to " + output);
    return ExitCodes.OK;
  }
}
