package org.echowatch.streams.similarity;

import com.carrotsearch.hppc.LongObjectHashMap;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The inverted index from pivot keys to the stories of the window that have them, held in memory.
 * It is derived state: the stored stories are the record, and the index is filed again from them
 * when a task starts, so it costs no store write and no changelog record per key.
 *
 * <p>Each story filed gets a small integer slot, reused once the story leaves; a key's postings are
 * the slots of its stories in filing order. Keys are looked up by a 64-bit hash ({@link #keyId}),
 * so a lookup reads no string. Stories leave the window roughly in the order they came, so a
 * removal usually finds its slot first in line.
 */
public final class WindowPivotIndex {

  /**
   * One story of the index.
   *
   * @param id story id
   * @param publishedAtMs publication time, epoch milliseconds
   * @param source the story's agency
   */
  public record Posting(String id, long publishedAtMs, String source) {}

  private final LongObjectHashMap<Slots> byKey = new LongObjectHashMap<>();
  private final Map<String, Integer> slotById = new HashMap<>();
  private Posting[] stories = new Posting[1024];
  private long[][] keysOf = new long[1024][];
  // each slot's posting lists, in the order of its keys: a story leaves them without looking a key
  // up (a hash lookup per key, and most miss the cache)
  private Slots[][] listsOf = new Slots[1024][];
  // each slot's time and agency again, as primitives: the candidate finder reads them for every
  // story a key brings up, and a Posting is a pointer chase away
  private long[] timeOf = new long[1024];
  private int[] sourceOf = new int[1024];
  private final Map<String, Integer> sourceCodes = new HashMap<>();
  private int[] free = new int[16];
  private int freeCount;
  private int nextSlot;
  private long postings;

  /** The id a key is filed under. */
  public static long keyId(String key) {
    return Hashing.mix(Hashing.fnv(key));
  }

  /**
   * Files a story under its keys (each key once; no repeats); a story already filed is left as it
   * is. The index keeps the array (the caller must not change it), so that the story leaves exactly
   * what it was filed under.
   *
   * @param story the story
   * @param keyIds its keys' ids ({@link #keyId})
   */
  public void add(Posting story, long[] keyIds) {
    if (slotById.containsKey(story.id())) {
      return;
    }
    int slot = takeSlot();
    stories[slot] = story;
    timeOf[slot] = story.publishedAtMs();
    sourceOf[slot] = sourceCodes.computeIfAbsent(story.source(), k -> sourceCodes.size());
    slotById.put(story.id(), slot);
    keysOf[slot] = keyIds;
    Slots[] lists = new Slots[keyIds.length];
    for (int k = 0; k < keyIds.length; k++) {
      Slots s = byKey.get(keyIds[k]);
      if (s == null) {
        s = new Slots();
        byKey.put(keyIds[k], s);
      }
      s.add(slot);
      lists[k] = s;
      postings++;
    }
    listsOf[slot] = lists;
  }

  /** Removes a story from the keys it was filed under. */
  public void remove(String storyId) {
    Integer slot = slotById.remove(storyId);
    if (slot == null) {
      return;
    }
    long[] keyIds = keysOf[slot];
    Slots[] lists = listsOf[slot];
    for (int k = 0; k < keyIds.length; k++) {
      if (lists[k].remove(slot)) {
        postings--;
        // an emptied list belongs to no other story: the key goes with it
        if (lists[k].size == 0) {
          byKey.remove(keyIds[k]);
        }
      }
    }
    stories[slot] = null;
    keysOf[slot] = null;
    listsOf[slot] = null;
    if (freeCount == free.length) {
      free = Arrays.copyOf(free, free.length * 2);
    }
    free[freeCount++] = slot;
  }

  /** How many stories are filed under a key. */
  public int count(long keyId) {
    Slots s = byKey.get(keyId);
    return s == null ? 0 : s.size;
  }

  /**
   * Copies the slots of the stories filed under a key into {@code into} (which must hold {@code
   * limit}), in filing order, unless more than {@code limit} stories have it.
   *
   * @return how many were copied; 0 when the key has no story or more than {@code limit}
   */
  public int slotsOfRareKey(long keyId, int limit, int[] into) {
    Slots s = byKey.get(keyId);
    if (s == null || s.size > limit) {
      return 0;
    }
    System.arraycopy(s.items, s.head, into, 0, s.size);
    return s.size;
  }

  /** The publication time of the story in a slot (epoch ms; meaningless when free). */
  public long publishedAtMs(int slot) {
    return timeOf[slot];
  }

  /**
   * A small number that stands for an agency in this index, the same for every story of it, or -1
   * when no story of the agency was ever filed.
   */
  public int sourceCode(String source) {
    Integer code = sourceCodes.get(source);
    return code == null ? -1 : code;
  }

  /** The {@link #sourceCode} of the story in a slot (meaningless when free). */
  public int sourceCodeOf(int slot) {
    return sourceOf[slot];
  }

  /** The slot of a filed story, or -1. */
  public int slotOf(String storyId) {
    Integer slot = slotById.get(storyId);
    return slot == null ? -1 : slot;
  }

  /** The story in a slot (null when free). */
  public Posting story(int slot) {
    return stories[slot];
  }

  /** One more than the highest slot ever given: every slot is below it. */
  public int slotBound() {
    return nextSlot;
  }

  /** Whether a story is filed. */
  public boolean contains(String storyId) {
    return slotById.containsKey(storyId);
  }

  /** Stories filed. */
  public int size() {
    return slotById.size();
  }

  /** Keys with at least one story. */
  public int pivots() {
    return byKey.size();
  }

  /** Postings over all keys. */
  public long postings() {
    return postings;
  }

  private int takeSlot() {
    if (freeCount > 0) {
      return free[--freeCount];
    }
    if (nextSlot == stories.length) {
      stories = Arrays.copyOf(stories, stories.length * 2);
      keysOf = Arrays.copyOf(keysOf, keysOf.length * 2);
      listsOf = Arrays.copyOf(listsOf, listsOf.length * 2);
      timeOf = Arrays.copyOf(timeOf, timeOf.length * 2);
      sourceOf = Arrays.copyOf(sourceOf, sourceOf.length * 2);
    }
    return nextSlot++;
  }

  /** One key's postings: the slice {@code [head, head + size)} of an array of slots. */
  private static final class Slots {
    private int[] items = new int[2];
    private int head;
    private int size;

    void add(int slot) {
      if (head + size == items.length) {
        if (head > 0 && size <= items.length / 2) {
          System.arraycopy(items, head, items, 0, size);
          head = 0;
        } else {
          items = Arrays.copyOf(items, items.length * 2);
        }
      }
      items[head + size++] = slot;
    }

    boolean remove(int slot) {
      int end = head + size;
      for (int i = head; i < end; i++) {
        if (items[i] == slot) {
          if (i == head) {
            head++;
          } else {
            System.arraycopy(items, i + 1, items, i, end - i - 1);
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
  }
}
