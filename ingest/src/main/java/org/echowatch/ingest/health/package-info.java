/**
 * Feed health: per feed, whether it has gone silent for several of its usual intervals and whether
 * its pages stopped extracting; the warning goes into every {@code FeedHealth} record.
 */
package org.echowatch.ingest.health;
