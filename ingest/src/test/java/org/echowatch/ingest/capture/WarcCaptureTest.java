package org.echowatch.ingest.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.echowatch.ingest.fetch.FetchResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

class WarcCaptureTest {

  @Test
  void shouldWriteReadableResponseRecordWhenPageIsCaptured(@TempDir Path dir) throws Exception {
    Instant at = Instant.parse("2026-10-02T09:00:00Z");
    byte[] body = "<html><h1>Минск</h1></html>".getBytes(StandardCharsets.UTF_8);
    String ref;
    Path file;
    try (WarcCapture capture = new WarcCapture(dir, Clock.fixed(at, ZoneOffset.UTC))) {
      ref =
          capture.write(
              new FetchResponse(
                  "https://eng.belta.by/politics/view/x-1-2026/",
                  200,
                  "text/html; charset=utf-8",
                  body,
                  "\"e1\"",
                  null,
                  null,
                  null,
                  at,
                  12));
      file = capture.file();
    }

    assertThat(file.getFileName().toString()).isEqualTo("echowatch-20261002090000-0.warc");
    assertThat(ref).startsWith("echowatch-20261002090000-0.warc#urn:uuid:");
    try (WarcReader reader = new WarcReader(file)) {
      WarcRecord record = reader.next().orElseThrow();
      assertThat(record).isInstanceOf(WarcResponse.class);
      WarcResponse response = (WarcResponse) record;
      assertThat(ref).isEqualTo(file.getFileName() + "#" + response.id());
      assertThat(response.target()).isEqualTo("https://eng.belta.by/politics/view/x-1-2026/");
      assertThat(response.date()).isEqualTo(at);
      assertThat(response.http().status()).isEqualTo(200);
      assertThat(response.http().body().stream().readAllBytes()).isEqualTo(body);
    }
  }
}
