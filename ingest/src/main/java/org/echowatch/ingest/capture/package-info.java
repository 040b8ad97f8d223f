/**
 * Provenance: every fetched page is kept as a WARC response record (jwarc) under {@code <data
 * dir>/warc/}; an article's {@code captureRef} names the file and the record id.
 */
package org.echowatch.ingest.capture;
