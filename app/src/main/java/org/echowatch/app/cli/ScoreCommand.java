package org.echowatch.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.echowatch.streams.similarity.PairScorer;
import org.echowatch.streams.similarity.ScoreFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code echowatch score --input pairs.jsonl --output scores.jsonl}: the topology's own similarity
 * over given pairs.
 */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description =
        "Scores pairs ({\"id\",\"a\":{\"lang\",\"title\",\"body\"},\"b\":{...}} per line) and"
            + " writes {\"id\",\"score\",\"type\"} per line.")
public final class ScoreCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(names = "--input", required = true, description = "pairs, one JSON object per line")
  private Path input;

  @Option(names = "--output", required = true, description = "where the scores are written")
  private Path output;

  @Override
  public Integer call() throws IOException {
    InputFiles.requireReadable(input, "--input");
    int pairs = ScoreFile.score(input, output, PairScorer.standard());
    spec.commandLine().getErr().println("score: " + pairs + " pairs scored into " + output);
    return ExitCodes.OK;
  }
}
