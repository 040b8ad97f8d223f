/**
 * Discovery parsing, pure: RSS 2.0 and Atom feeds, Xinhua {@code ds_<id>.json} datasource lists,
 * hub pages naming datasources, and HTML list pages, each from text to {@link
 * org.echowatch.ingest.feed.FeedItem}s. Malformed input raises {@link
 * org.echowatch.ingest.feed.FeedFormatException} with the position of the problem.
 */
package org.echowatch.ingest.feed;
