/**
 * {@code echowatch status}: what a running deployment looks like from Kafka (broker reachability,
 * feed health, consumer lag, the last alert), read by {@link
 * org.echowatch.app.status.ClusterReader} and judged by the pure {@link
 * org.echowatch.app.status.StatusReport}.
 */
package org.echowatch.app.status;
