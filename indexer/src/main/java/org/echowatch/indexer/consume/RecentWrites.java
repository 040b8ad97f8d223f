package org.echowatch.indexer.consume;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.echowatch.indexer.index.FeedStatus;
import org.echowatch.indexer.index.Story;
import org.echowatch.indexer.index.StoryIndex;

/**
 * The stories and feed states the poll thread wrote since readers were last refreshed, which the
 * index cannot answer lookups for yet; anything older comes from the index. Lets the consumer
 * refresh once per second while it catches up instead of after every poll. Not thread-safe.
 */
final class RecentWrites {

  private final StoryIndex index;
  private final Map<String, Story> stories = new HashMap<>();
  private final Map<String, FeedStatus> feeds = new HashMap<>();

  RecentWrites(StoryIndex index) {
    this.index = index;
  }

  /** The story with {@code id} as last written; empty when the index has never held it. */
  Optional<Story> story(String id) throws IOException {
    Story recent = stories.get(id);
    return recent != null ? Optional.of(recent) : index.story(id);
  }

  /** The latest state of feed {@code id}; empty when there is none yet. */
  Optional<FeedStatus> feed(String id) throws IOException {
    FeedStatus recent = feeds.get(id);
    return recent != null ? Optional.of(recent) : index.feed(id);
  }

  void wrote(Story story) {
    stories.put(story.id(), story);
  }

  void wrote(FeedStatus feed) {
    feeds.put(feed.feedId(), feed);
  }

  /** Readers now see every write so far: the index answers again. */
  void refreshed() {
    stories.clear();
    feeds.clear();
  }
}
