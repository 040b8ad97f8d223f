/**
 * A single-node KRaft Kafka broker run from Kafka's own server code inside this JVM: the default of
 * {@code echowatch run} when no bootstrap address is configured, and the real broker of the
 * integration tests. Nothing here knows about articles or detection.
 */
package org.echowatch.broker;
