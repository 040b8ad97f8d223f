package org.echowatch.streams.similarity;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The inverted index from pivot keys to the stories of the window that have them, held in memory.
 * It is derived state: the stored stories are the record, and the index is filed again from them
 * when a task starts, so it costs no store write and no changelog record per key.
 *
 * <p>Each story filed gets a small integer slot, reused once the story leaves; a key's postings are
 * the slots of its stories in filing order. Keys are looked up by a 64-bit hash ({@link #keyId}) in
 * a {@link LongLongTable} whose value is the key's posting count beside its postings: the slot
 * itself while the key has one story (most keys of a window have one or two), else the number of a
 * list of slots. So a lookup reads no string, and a key that is too common, or has one story, costs
 * one cache line and no object.
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

  /**
   * Key id to its postings, as {@code count << 32 | ref}: {@code ref} is the story's slot when
   * {@code count} is 1, else a list number.
   */
  private final LongLongTable byKey = new LongLongTable();

  // the posting lists of keys with two stories or more: list n holds its slots in
  // lists[n][listHead[n] .. listHead[n] + count)
  private int[][] lists = new int[64][];
  private int[] listHead = new int[64];
  private final FreeNumbers freeLists = new FreeNumbers();
  private int nextList;

  private final Map<String, Integer> slotById = new HashMap<>();
  private Posting[] stories = new Posting[1024];
  private long[][] keysOf = new long[1024][];
  // each slot's time and agency again, as primitives: the candidate finder reads them for every
  // story a key brings up, and a Posting is a pointer chase away
  private long[] timeOf = new long[1024];
  private int[] sourceOf = new int[1024];
  private final Map<String, Integer> sourceCodes = new HashMap<>();
  private final FreeNumbers freeSlots = new FreeNumbers();
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
    for (long key : keyIds) {
      int at = byKey.find(key);
      if (at < 0) {
        byKey.insertAt(at, key, entry(1, slot));
      } else {
        long e = byKey.valueAt(at);
        int count = countOf(e);
        int list = count == 1 ? newList(refOf(e)) : refOf(e);
        append(list, count, slot);
        byKey.setValueAt(at, entry(count + 1, list));
      }
      postings++;
    }
  }

  /** Removes a story from the keys it was filed under. */
  public void remove(String storyId) {
    Integer slot = slotById.remove(storyId);
    if (slot == null) {
      return;
    }
    for (long key : keysOf[slot]) {
      int at = byKey.find(key);
      if (at < 0) {
        continue;
      }
      long e = byKey.valueAt(at);
      int count = countOf(e);
      if (count == 1) {
        if (refOf(e) == slot) {
          // the key belongs to no other story: it goes
          byKey.removeAt(at);
          postings--;
        }
      } else if (removeFromList(refOf(e), count, slot)) {
        postings--;
        int list = refOf(e);
        if (count == 2) {
          // one story left: its slot goes back into the table
          byKey.setValueAt(at, entry(1, lists[list][listHead[list]]));
          freeLists.push(list);
        } else {
          byKey.setValueAt(at, entry(count - 1, list));
        }
      }
    }
    stories[slot] = null;
    keysOf[slot] = null;
    freeSlots.push(slot);
  }

  /** How many stories are filed under a key. */
  public int count(long keyId) {
    return countOf(byKey.get(keyId));
  }

  /**
   * Copies the slots of the stories filed under a key into {@code into} (which must hold {@code
   * limit}), in filing order, unless more than {@code limit} stories have it.
   *
   * @return how many were copied; 0 when the key has no story or more than {@code limit}
   */
  public int slotsOfRareKey(long keyId, int limit, int[] into) {
    long e = byKey.get(keyId);
    int count = countOf(e);
    if (count == 0 || count > limit) {
      return 0;
    }
    if (count == 1) {
      into[0] = refOf(e);
    } else {
      System.arraycopy(lists[refOf(e)], listHead[refOf(e)], into, 0, count);
    }
    return count;
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
    if (!freeSlots.isEmpty()) {
      return freeSlots.pop();
    }
    if (nextSlot == stories.length) {
      stories = Arrays.copyOf(stories, stories.length * 2);
      keysOf = Arrays.copyOf(keysOf, keysOf.length * 2);
      timeOf = Arrays.copyOf(timeOf, timeOf.length * 2);
      sourceOf = Arrays.copyOf(sourceOf, sourceOf.length * 2);
    }
    return nextSlot++;
  }

  private static long entry(int count, int ref) {
    return (long) count << 32 | (ref & 0xFFFF_FFFFL);
  }

  private static int countOf(long entry) {
    return (int) (entry >>> 32);
  }

  private static int refOf(long entry) {
    return (int) entry;
  }

  /** A new posting list holding one slot. */
  private int newList(int firstSlot) {
    int list;
    if (!freeLists.isEmpty()) {
      list = freeLists.pop();
    } else {
      list = nextList++;
      if (list == lists.length) {
        lists = Arrays.copyOf(lists, lists.length * 2);
        listHead = Arrays.copyOf(listHead, listHead.length * 2);
      }
      lists[list] = new int[4];
    }
    listHead[list] = 0;
    lists[list][0] = firstSlot;
    return list;
  }

  /** Appends a slot to a list of {@code size} slots, moving or growing its array when full. */
  private void append(int list, int size, int slot) {
    int[] items = lists[list];
    int head = listHead[list];
    if (head + size == items.length) {
      if (head > 0 && size <= items.length / 2) {
        System.arraycopy(items, head, items, 0, size);
        head = 0;
        listHead[list] = 0;
      } else {
        items = Arrays.copyOf(items, items.length * 2);
        lists[list] = items;
      }
    }
    items[head + size] = slot;
  }

  /**
   * Removes a slot from a list of {@code size} slots, keeping the others in order; stories leave
   * roughly in the order they came, so the slot is usually first.
   */
  private boolean removeFromList(int list, int size, int slot) {
    int[] items = lists[list];
    int head = listHead[list];
    int end = head + size;
    for (int i = head; i < end; i++) {
      if (items[i] == slot) {
        if (i == head) {
          listHead[list] = head + 1;
        } else {
          System.arraycopy(items, i + 1, items, i, end - i - 1);
        }
        return true;
      }
    }
    return false;
  }

  /**
   * Numbers given back (slots of stories gone, lists of keys down to one story), taken last first.
   */
  private static final class FreeNumbers {
    private int[] items = new int[16];
    private int size;

    void push(int n) {
      if (size == items.length) {
        items = Arrays.copyOf(items, size * 2);
      }
      items[size++] = n;
    }

    boolean isEmpty() {
      return size == 0;
    }

    int pop() {
      return items[--size];
    }
  }
}
