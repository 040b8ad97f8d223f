package org.echowatch.ingest.capture;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.echowatch.ingest.fetch.FetchResponse;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Appends fetched pages as WARC response records to one file per capture session, {@code
 * <dir>/echowatch-<yyyyMMddHHmmss>-<n>.warc}. Thread-safe.
 */
public final class WarcCapture implements AutoCloseable {

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

  private final Path file;
  private final WarcWriter writer;

  /** Opens a new capture file in {@code dir}. */
  public WarcCapture(Path dir, Clock clock) throws IOException {
    Files.createDirectories(dir);
    String stamp = STAMP.format(clock.instant());
    Path f;
    int n = 0;
    do {
      f = dir.resolve("echowatch-" + stamp + "-" + n++ + ".warc");
    } while (Files.exists(f));
    this.file = f;
    this.writer =
        new WarcWriter(
            FileChannel.open(f, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
  }

  /** The file records go to. */
  public Path file() {
    return file;
  }

  /**
   * Writes {@code response} as one WARC response record.
   *
   * @return the capture reference, {@code <file name>#<record id>}
   */
  public String write(FetchResponse response) throws IOException {
    HttpResponse.Builder http =
        new HttpResponse.Builder(response.status(), reason(response.status()));
    if (response.contentType() != null) {
      http.addHeader("Content-Type", response.contentType());
    }
    if (response.etag() != null) {
      http.addHeader("ETag", response.etag());
    }
    if (response.lastModified() != null) {
      http.addHeader("Last-Modified", response.lastModified());
    }
    http.addHeader("Content-Length", String.valueOf(response.body().length));
    MediaType type =
        response.contentType() == null
            ? MediaType.OCTET_STREAM
            : MediaType.parseLeniently(response.contentType());
    UUID id = UUID.randomUUID();
    WarcResponse record =
        new WarcResponse.Builder(URI.create(response.url()))
            .recordId(id)
            .date(response.fetchedAt())
            .body(http.body(type, response.body()).build())
            .build();
    writer.write(record);
    return file.getFileName() + "#urn:uuid:" + id;
  }

  private static String reason(int status) {
    return status == 200 ? "OK" : status == 304 ? "Not Modified" : "Status " + status;
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }
}
