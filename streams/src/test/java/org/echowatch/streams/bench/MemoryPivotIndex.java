package org.echowatch.streams.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.echowatch.streams.similarity.PivotIndex;

/** The pivot index in plain maps, for benchmarks of the detection core without Kafka. */
final class MemoryPivotIndex implements PivotIndex {

  private final Map<String, LinkedHashMap<String, Posting>> postings = new HashMap<>();

  @Override
  public List<Posting> postings(String pivot, int limit) {
    var p = postings.get(pivot);
    if (p == null) {
      return List.of();
    }
    List<Posting> out = new ArrayList<>(Math.min(limit, p.size()));
    for (Posting x : p.values()) {
      if (out.size() == limit) {
        break;
      }
      out.add(x);
    }
    return out;
  }

  @Override
  public int count(String pivot) {
    var p = postings.get(pivot);
    return p == null ? 0 : p.size();
  }

  @Override
  public void add(String pivot, Posting posting) {
    postings.computeIfAbsent(pivot, k -> new LinkedHashMap<>()).put(posting.id(), posting);
  }

  @Override
  public void remove(String pivot, String id) {
    var p = postings.get(pivot);
    if (p != null) {
      p.remove(id);
      if (p.isEmpty()) {
        postings.remove(pivot);
      }
    }
  }
}
