/**
 * The running process: the embedded broker, the ordered start and stop of the stage services, the
 * management server ({@code /health/live}, {@code /health/ready}, {@code /metrics}) and the shared
 * metrics registry. Wiring only: no detection, extraction or indexing logic lives here.
 */
package org.echowatch.app.runtime;
