package org.echowatch.app.demo;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.echowatch.ingest.SourceCatalog;
import org.echowatch.ingest.SourceConfig;

/** The real source catalogue pointed at the local demo site, polled fast. */
public final class DemoSources {

  private DemoSources() {}

  /**
   * @param sources the catalogue as configured for the live agencies
   * @param site base URI of the running {@code DemoAgencySite}
   * @param interval poll interval of every feed; the site is local, so seconds are fine
   * @param delay pause between two requests to the site
   */
  public static List<SourceConfig> pointAt(
      List<SourceConfig> sources, URI site, Duration interval, Duration delay) {
    return SourceCatalog.withPollInterval(SourceCatalog.rebase(sources, site), interval).stream()
        .map(s -> s.withDelay(delay))
        .toList();
  }
}
