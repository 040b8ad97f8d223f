/**
 * What the watch floor keeps beside the index: saved searches matched against each new flagged
 * story with lucene-monitor, their hits, analysts' triage of narratives, and the live event stream
 * that pushes alerts and hits to signed-in pages. State files live under the data dir. No HTTP and
 * no Kafka here.
 */
package org.echowatch.indexer.watch;
