package org.echowatch.indexer.watch;

import java.time.Instant;

/**
 * A query an admin asked to be told about: every new flagged story it matches is a watch hit.
 *
 * @param id stable id
 * @param name label shown with hits
 * @param query Lucene classic syntax, as for search
 * @param createdBy user who saved it
 * @param createdAt when it was saved
 */
public record SavedSearch(
    String id, String name, String query, String createdBy, Instant createdAt) {}
