package org.echowatch.indexer.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.echowatch.indexer.index.BadQueryException;
import org.echowatch.indexer.index.SearchRequest;
import org.echowatch.indexer.index.StoryIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hostile queries and parameters into the search the API serves. An answer or {@link
 * BadQueryException} / {@link IllegalArgumentException} (both a 400) is fine; any other throwable
 * would be a 500.
 */
class SearchFuzzTest {

  private static final long SEED = 99_001L;
  private static final Duration HANG_GUARD = Duration.ofSeconds(120);

  private StoryIndex index;

  @BeforeEach
  void indexSomeStories() throws IOException {
    index = new StoryIndex(new ByteBuffersDirectory());
    for (int n = 0; n < 60; n++) {
      var match = IndexerRecords.match(n);
      index.upsertMatch(match);
      index.upsertStory(org.echowatch.indexer.index.Story.of(match.origin(), match));
      index.upsertStory(org.echowatch.indexer.index.Story.of(match.echo(), match));
    }
    index.commit(java.util.Map.of());
    index.refresh();
  }

  @AfterEach
  void close() throws IOException {
    index.close();
  }

  @Test
  void shouldFindThePlantedStoriesWhenTheQueryIsPlain() throws Exception {
    assertThat(index.search(SearchRequest.of("minsk")).total()).isPositive();
  }

  @Test
  void shouldAnswerOrRejectWhenQueriesAreHostile() {
    List<String> queries = new ArrayList<>(HostileQueries.FIXED);
    int cases = Integer.getInteger("echowatch.fuzz.cases", 300);
    for (int i = 0; i < cases; i++) {
      queries.add(HostileQueries.generated(SEED, i));
    }
    List<String> escapes = new ArrayList<>();
    int[] outcome = new int[2];
    assertTimeoutPreemptively(
        HANG_GUARD,
        () -> {
          for (int i = 0; i < queries.size(); i++) {
            String q = queries.get(i);
            try {
              index.search(
                  new SearchRequest(q, i % 2 == 0, i % 5, 1 + i % 100, null, null, null, null));
              outcome[0]++;
            } catch (BadQueryException | IllegalArgumentException e) {
              outcome[1]++;
            } catch (Throwable t) {
              if (escapes.size() < 10) {
                escapes.add("query " + i + " [" + abbreviate(q) + "]: " + t);
              }
            }
          }
        });
    assertThat(escapes).as("answered %d, rejected %d", outcome[0], outcome[1]).isEmpty();
    assertThat(outcome[1]).as("queries rejected as 400").isPositive();
  }

  @Test
  void shouldAnswerOrRejectWhenFiltersAndPagingAreOdd() {
    String[] odd = {null, "", " ", "x", "BELTA", "zh", "2026-13-45", "9999-12-31", "\u0000", "*"};
    List<String> escapes = new ArrayList<>();
    for (String f : odd) {
      for (int page : new int[] {0, 1, 99, 9_999, -1, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
        for (int size : new int[] {1, 100, 0, 101, Integer.MIN_VALUE}) {
          try {
            index.search(new SearchRequest("minsk", true, page, size, f, f, f, f));
          } catch (BadQueryException | IllegalArgumentException e) {
            // a 400
          } catch (Throwable t) {
            escapes.add("filter [" + f + "] page " + page + " size " + size + ": " + t);
          }
        }
      }
    }
    assertThat(escapes).isEmpty();
  }

  @Test
  void shouldRejectWhenQueryIsNestedThousandsDeep() {
    assertThatThrownBy(() -> index.search(SearchRequest.of(HostileQueries.deeplyNested(10_000))))
        .isInstanceOf(BadQueryException.class);
  }

  @Test
  void shouldRejectWhenPageIsIntegerMaxValue() {
    assertThatThrownBy(
            () -> new SearchRequest("minsk", true, Integer.MAX_VALUE, 100, null, null, null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static String abbreviate(String q) {
    return q.length() > 80 ? q.substring(0, 80) + "…(" + q.length() + " chars)" : q;
  }
}
