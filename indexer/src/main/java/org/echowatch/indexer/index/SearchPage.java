package org.echowatch.indexer.index;

import java.util.List;
import java.util.Map;

/**
 * One page of search results.
 *
 * @param total how many stories match
 * @param page zero-based page number
 * @param size requested page size
 * @param hits the stories of this page
 * @param facets per dimension ({@code source}, {@code lang}, {@code type}, {@code day}), value to
 *     count over all matching stories
 */
public record SearchPage(
    long total, int page, int size, List<SearchHit> hits, Map<String, Map<String, Long>> facets) {}
