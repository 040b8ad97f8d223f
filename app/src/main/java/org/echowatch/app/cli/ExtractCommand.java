package org.echowatch.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.echowatch.common.Article;
import org.echowatch.common.Json;
import org.echowatch.ingest.ArticleExtraction;
import org.echowatch.ingest.article.ExtractionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code echowatch extract --edition <id> --url <url> --input page.html}: prints the Article JSON
 * that ingest would produce from a saved page.
 */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = "Prints the Article JSON ingest extracts from a saved page of an edition.")
public final class ExtractCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(
      names = "--edition",
      required = true,
      description = "edition id, e.g. belta-en, xinhua-zh")
  private String edition;

  @Option(names = "--url", required = true, description = "the URL the page was fetched from")
  private String url;

  @Option(names = "--input", required = true, description = "the saved HTML page")
  private Path input;

  @Override
  public Integer call() throws IOException {
    InputFiles.requireReadable(input, "--input");
    // Saved pages are read as UTF-8, the encoding of every edition's pages.
    String html = Files.readString(input, StandardCharsets.UTF_8);
    Article article;
    try {
      article = ArticleExtraction.extract(edition, url, html);
    } catch (ExtractionException e) {
      throw new IllegalArgumentException(
          input + " does not extract as " + edition + ": " + e.getMessage(), e);
    }
    spec.commandLine().getOut().println(Json.write(article));
    return ExitCodes.OK;
  }
}
