package org.echowatch.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.echowatch.common.Json;
import org.junit.jupiter.api.Test;

/**
 * The Grafana dashboard and provisioning under {@code docker/grafana}: Grafana itself cannot run on
 * this air-gapped machine, so the files are checked here instead.
 */
class DashboardTest {

  private static final Path GRAFANA = ProjectFiles.root().resolve("docker/grafana");

  /** Series Prometheus makes itself for every target. */
  private static final Set<String> PROMETHEUS_OWN = Set.of("up", "scrape_duration_seconds");

  private static JsonNode dashboard() throws IOException {
    return Json.mapper().readTree(Files.readString(GRAFANA.resolve("dashboards/echowatch.json")));
  }

  private static List<JsonNode> panels(JsonNode dashboard) {
    var panels = new ArrayList<JsonNode>();
    dashboard.path("panels").forEach(panels::add);
    return panels;
  }

  private static List<JsonNode> graphPanels(JsonNode dashboard) {
    return panels(dashboard).stream().filter(p -> !"row".equals(p.path("type").asText())).toList();
  }

  private static String datasourceUid() throws IOException {
    String yaml = Files.readString(GRAFANA.resolve("provisioning/datasources/prometheus.yml"));
    return yaml.lines()
        .map(String::strip)
        .filter(l -> l.startsWith("uid:"))
        .map(l -> l.substring(4).strip())
        .findFirst()
        .orElseThrow();
  }

  @Test
  void shouldParseWithTitleUidAndPanelsWhenLoaded() throws IOException {
    JsonNode dashboard = dashboard();

    assertThat(dashboard.path("uid").asText()).isEqualTo("echowatch-overview");
    assertThat(dashboard.path("title").asText()).isNotBlank();
    assertThat(graphPanels(dashboard)).hasSizeGreaterThanOrEqualTo(10);
  }

  @Test
  void shouldGiveEveryPanelAUniqueIdAndAPlaceOnTheGrid() throws IOException {
    Set<Integer> ids = new HashSet<>();
    for (JsonNode panel : panels(dashboard())) {
      assertThat(ids.add(panel.path("id").asInt())).as("unique id %s", panel.path("id")).isTrue();
      JsonNode grid = panel.path("gridPos");
      assertThat(grid.path("w").asInt()).as(panel.path("title").asText()).isBetween(1, 24);
      assertThat(grid.path("x").asInt() + grid.path("w").asInt()).isLessThanOrEqualTo(24);
      assertThat(grid.path("h").asInt()).isPositive();
    }
  }

  @Test
  void shouldQueryTheProvisionedDatasourceWhenAPanelHasTargets() throws IOException {
    String uid = datasourceUid();

    for (JsonNode panel : graphPanels(dashboard())) {
      String title = panel.path("title").asText();
      assertThat(panel.path("targets").size()).as("%s has queries", title).isPositive();
      assertThat(panel.path("description").asText())
          .as("%s says what it shows", title)
          .isNotBlank();
      panel
          .path("targets")
          .forEach(
              t ->
                  assertThat(t.path("datasource").path("uid").asText())
                      .as("%s datasource", title)
                      .isEqualTo(uid));
    }
  }

  @Test
  void shouldUseOnlyWellFormedPromQlOverCatalogueMetrics() throws IOException {
    Set<String> allowed = new HashSet<>(MetricCatalog.known());
    allowed.addAll(PROMETHEUS_OWN);
    Set<String> used = new HashSet<>();

    for (JsonNode panel : graphPanels(dashboard())) {
      for (JsonNode target : panel.path("targets")) {
        String expr = target.path("expr").asText();
        assertThat(PromQl.balanced(expr)).as("balanced: %s", expr).isTrue();
        Set<String> names = PromQl.metricNames(expr);
        assertThat(names).as("metrics of %s", expr).isNotEmpty().isSubsetOf(allowed);
        used.addAll(names);
      }
    }

    // Every stage's own meters are on the dashboard, not only the generic ones.
    assertThat(used)
        .containsAll(MetricCatalog.INGEST)
        .containsAll(MetricCatalog.STREAMS)
        .containsAll(MetricCatalog.INDEXER);
  }

  @Test
  void shouldReadMetricNamesAndSkipFunctionsLabelsAndVariablesWhenParsingPromQl() {
    String expr =
        "sum by (feed, status) (rate(echowatch_ingest_polls_total{status=\"error\"}"
            + "[$__rate_interval])) / on (feed) group_left max(up{job=\"echowatch\"}) * 60";

    assertThat(PromQl.metricNames(expr)).containsExactly("echowatch_ingest_polls_total", "up");
    assertThat(PromQl.balanced(expr)).isTrue();
    assertThat(PromQl.balanced("sum(rate(x[5m])")).isFalse();
  }

  @Test
  void shouldLoadDashboardsFromTheMountedFolderWhenProvisioned() throws IOException {
    String provider = Files.readString(GRAFANA.resolve("provisioning/dashboards/echowatch.yml"));

    assertThat(provider).contains("path: /var/lib/grafana/dashboards");
    assertThat(Files.readString(ProjectFiles.root().resolve("docker-compose.monitoring.yml")))
        .contains("./docker/grafana/dashboards:/var/lib/grafana/dashboards:ro")
        .contains("./docker/grafana/provisioning:/etc/grafana/provisioning:ro");
  }
}
