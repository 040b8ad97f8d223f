package org.echowatch.app.cli;

import org.echowatch.common.ProcessingFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** The exit codes of {@code echowatch} and the one mapping from failures to them. */
public final class ExitCodes {

  /** Done. */
  public static final int OK = 0;

  /** Failed while running, or {@code status} found something wrong. */
  public static final int FAILED = 1;

  /** A bad flag, variable or input file: the message names it. */
  public static final int BAD_INPUT = 2;

  private static final Logger LOG = LoggerFactory.getLogger(ExitCodes.class);

  private ExitCodes() {}

  /**
   * Maps an exception thrown by a subcommand: {@link IllegalArgumentException} (what settings
   * records and input readers throw, naming the variable or line) is a bad input; anything else is
   * a failure, logged with its stack trace.
   */
  public static int handle(
      Exception error, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    if (error instanceof IllegalArgumentException) {
      commandLine.getErr().println("echowatch: " + ProcessingFailure.reasonOf(error));
      return BAD_INPUT;
    }
    LOG.error("echowatch {} failed", commandLine.getCommandName(), error);
    commandLine.getErr().println("echowatch: failed: " + ProcessingFailure.reasonOf(error));
    return FAILED;
  }
}
