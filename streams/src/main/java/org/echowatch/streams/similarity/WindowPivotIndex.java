package org.echowatch.streams.similarity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pivot index of the stories in the window, held in memory. It is derived state: the stored
 * stories are the record, and the index is filed again from them when a task starts, so it costs no
 * store write and no changelog record per pivot. Each pivot's postings are kept in filing order;
 * stories leave the window roughly in the order they came, so a removal usually finds its posting
 * first in line.
 */
public final class WindowPivotIndex implements PivotIndex {

  private final Map<String, Postings> byPivot = new HashMap<>();
  private long postings;

  @Override
  public List<Posting> postings(String pivot, int limit) {
    Postings p = byPivot.get(pivot);
    return p == null ? List.of() : p.first(limit);
  }

  @Override
  public int count(String pivot) {
    Postings p = byPivot.get(pivot);
    return p == null ? 0 : p.size;
  }

  @Override
  public void add(String pivot, Posting posting) {
    byPivot.computeIfAbsent(pivot, k -> new Postings()).add(posting);
    postings++;
  }

  @Override
  public void remove(String pivot, String id) {
    Postings p = byPivot.get(pivot);
    if (p != null && p.remove(id)) {
      postings--;
      if (p.size == 0) {
        byPivot.remove(pivot);
      }
    }
  }

  /** Pivots with at least one posting. */
  public int pivots() {
    return byPivot.size();
  }

  /** Postings over all pivots. */
  public long postings() {
    return postings;
  }

  /** One pivot's postings: a slice {@code [head, head + size)} of an array. */
  private static final class Postings {
    private Posting[] items = new Posting[2];
    private int head;
    private int size;

    void add(Posting posting) {
      if (head + size == items.length) {
        if (head > 0 && size <= items.length / 2) {
          System.arraycopy(items, head, items, 0, size);
          Arrays.fill(items, size, head + size, null);
          head = 0;
        } else {
          items = Arrays.copyOf(items, items.length * 2);
        }
      }
      items[head + size++] = posting;
    }

    boolean remove(String id) {
      int end = head + size;
      for (int i = head; i < end; i++) {
        if (items[i].id().equals(id)) {
          if (i == head) {
            items[head++] = null;
          } else {
            System.arraycopy(items, i + 1, items, i, end - i - 1);
            items[end - 1] = null;
          }
          size--;
          if (size == 0) {
            head = 0;
          }
          return true;
        }
      }
      return false;
    }

    List<Posting> first(int limit) {
      int n = Math.min(limit, size);
      List<Posting> out = new ArrayList<>(n);
      for (int i = head; i < head + n; i++) {
        out.add(items[i]);
      }
      return out;
    }
  }
}
