package org.echowatch.ingest.state;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The stories ingest has produced, by article id and revision, and the base title of each story so
 * an "UPDATE n -" re-issue finds the story it revises. Backed by an append-only tab-separated file
 * ({@code <id>\t<revision>\t<title key>}); a torn last line after a crash is skipped. Thread-safe.
 */
public final class SeenStore implements AutoCloseable {

  private final Set<String> seen = new HashSet<>();
  private final Map<String, String> idByTitle = new HashMap<>();
  private final BufferedWriter out;

  /** Loads {@code file} (when it exists) and opens it for appending. */
  public SeenStore(Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      if (Files.exists(file)) {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          String[] f = line.split("\t", 3);
          if (f.length == 3 && f[1].matches("\\d+")) {
            remember(f[0], Integer.parseInt(f[1]), f[2]);
          }
        }
      }
      out =
          Files.newBufferedWriter(
              file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open seen-set " + file, e);
    }
  }

  /** Whether revision {@code revision} of story {@code id} was produced. */
  public synchronized boolean contains(String id, int revision) {
    return seen.contains(id + "#" + revision);
  }

  /** The story first published under this title key, if any. */
  public synchronized Optional<String> storyWithTitle(String titleKey) {
    return Optional.ofNullable(idByTitle.get(titleKey));
  }

  /** Records a produced revision, durably (flushed before returning). */
  public synchronized void add(String id, int revision, String titleKey) {
    if (!remember(id, revision, titleKey)) {
      return;
    }
    try {
      out.write(id + "\t" + revision + "\t" + titleKey.replace('\t', ' ').replace('\n', ' '));
      out.newLine();
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to seen-set", e);
    }
  }

  /** Number of story revisions recorded. */
  public synchronized int size() {
    return seen.size();
  }

  private boolean remember(String id, int revision, String titleKey) {
    if (!titleKey.isBlank()) {
      idByTitle.putIfAbsent(titleKey, id);
    }
    return seen.add(id + "#" + revision);
  }

  @Override
  public synchronized void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close seen-set", e);
    }
  }
}
