/**
 * Fault tests on a real broker in the test JVM: the broker restarts mid-stream, the streams stage
 * is killed (a child JVM, {@code destroyForcibly}) mid-batch, and the indexer's folder is deleted
 * and rebuilt from the topics. After each, every planted match exists exactly once on the topics
 * (read with {@code read_committed}) and in the index behind the HTTP API.
 */
package org.echowatch.app.faults;
