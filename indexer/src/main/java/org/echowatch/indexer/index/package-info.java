/**
 * The Lucene index of flagged stories and the records around them (matches, narratives, feed
 * health): per-language analysis with a cross-script name key, upserts by id, near-real-time search
 * with facets and text-fragment snippets.
 *
 * <p>This package knows Lucene and the common records; it does no Kafka and no HTTP.
 */
package org.echowatch.indexer.index;
