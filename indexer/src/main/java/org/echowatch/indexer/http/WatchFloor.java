package org.echowatch.indexer.http;

import java.time.Clock;
import org.echowatch.indexer.IndexerMetrics;
import org.echowatch.indexer.auth.Sessions;
import org.echowatch.indexer.auth.UserStore;
import org.echowatch.indexer.consume.ConsumerLag;
import org.echowatch.indexer.index.StoryIndex;
import org.echowatch.indexer.watch.LiveEvents;
import org.echowatch.indexer.watch.SavedSearches;
import org.echowatch.indexer.watch.TriageStore;
import org.echowatch.indexer.watch.WatchHits;

/**
 * Everything the HTTP handlers read or change, wired once by the service.
 *
 * @param index the story index
 * @param triage triage decisions
 * @param savedSearches saved searches
 * @param watchHits recent saved-search hits
 * @param events the live stream
 * @param users users and passwords
 * @param sessions sign-in sessions
 * @param lag consumer lag of the pipeline
 * @param metrics the indexer's meters
 * @param clock time of triage and saved searches
 */
public record WatchFloor(
    StoryIndex index,
    TriageStore triage,
    SavedSearches savedSearches,
    WatchHits watchHits,
    LiveEvents events,
    UserStore users,
    Sessions sessions,
    ConsumerLag lag,
    IndexerMetrics metrics,
    Clock clock) {}
