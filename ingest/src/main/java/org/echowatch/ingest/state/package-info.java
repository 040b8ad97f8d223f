/**
 * State that survives restarts: the seen-set of story revisions ingest already produced, kept as an
 * append-only file under the data dir so a restart re-emits nothing.
 */
package org.echowatch.ingest.state;
