/**
 * Benchmark mains, not run by the test suites: index size, search latency, indexing throughput and
 * alert delivery delay. Run with {@code mvn -pl indexer test-compile exec:java
 * -Dexec.mainClass=...}.
 */
package org.echowatch.indexer.bench;
