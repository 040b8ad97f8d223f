/**
 * Tests of what operators rely on: the {@code /metrics} a running pipeline serves ({@code
 * MetricsIT}), the Grafana dashboard and Prometheus configuration shipped under {@code docker/},
 * Prometheus scraping the stage containers ({@code MonitoringContainerIT}, Docker only) and the
 * progress lines of long commands.
 */
package org.echowatch.app.ops;
