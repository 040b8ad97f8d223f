package org.echowatch.app.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.echowatch.ingest.demo.DemoStory;

/** The bundled demo corpus, {@code demo/stories.json} on the classpath. */
public final class DemoCorpus {

  /** Classpath location of the corpus. */
  public static final String RESOURCE = "demo/stories.json";

  private DemoCorpus() {}

  /** Reads the bundled stories, as written (times not shifted, {@code {date}} not filled). */
  public static List<DemoStory> load() {
    try (InputStream in = DemoCorpus.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      return DemoStory.readJson(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
