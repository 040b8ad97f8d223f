/**
 * The load and soak command: a generated backfill with planted echoes pushed through the whole
 * pipeline on a real broker while the watch floor serves, with throughput, latency, heap, RSS and
 * consumer-lag lines. Not part of any test run; the generator is shared with the fault tests.
 */
package org.echowatch.app.load;
