package org.echowatch.streams.similarity;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A compact binary form of a {@link StoryProfile}, so a profile computed ahead of detection travels
 * with its story instead of being computed again. Decoding gives back equal values component by
 * component (sets as sorted sets, as profiling makes them). The first byte is a format version; a
 * decoder meeting another version, or bytes that end early, throws {@link
 * IllegalArgumentException}, and the caller profiles the story itself.
 */
public final class StoryProfileCodec {

  /**
   * The format written. Version 2 carries the strongest terms instead of the whole term map, and
   * the pivot keys as ids and weights ({@link FiledKeys}) instead of strings. Version 3 adds the
   * headline's term ids and whether there is a title.
   */
  public static final byte VERSION = 3;

  private StoryProfileCodec() {}

  // one scratch buffer per thread, grown as needed and reused: a profile is about 10 KB
  private static final ThreadLocal<Writer> SCRATCH = ThreadLocal.withInitial(Writer::new);

  /** The bytes of a profile. */
  public static byte[] encode(StoryProfile story) {
    return encode(new byte[0], story);
  }

  /**
   * {@code head} followed by the bytes of a profile, in one array: a caller that frames the profile
   * with its own bytes needs no second copy.
   */
  public static byte[] encode(byte[] head, StoryProfile story) {
    TextProfile p = story.profile();
    Writer w = SCRATCH.get();
    w.buffer.clear();
    w.buffer.put(VERSION);
    w.string(p.lang());
    w.string(p.exactHash());
    w.ensure(4);
    w.buffer.putInt(p.foldedLength());
    w.longs(p.shingles());
    w.ensure(4 + p.signature().length * 4);
    w.buffer.putInt(p.signature().length);
    for (int s : p.signature()) {
      w.buffer.putInt(s);
    }
    w.strings(p.strongTerms());
    TermVector v = p.vector();
    w.ensure(4 + v.size() * 16);
    w.buffer.putInt(v.size());
    for (int i = 0; i < v.size(); i++) {
      w.buffer.putLong(v.id(i));
      w.buffer.putDouble(v.weight(i));
    }
    w.longs(p.lead());
    w.ensure(1);
    w.buffer.put(p.titled() ? (byte) 1 : (byte) 0);
    w.strings(p.concepts());
    w.strings(p.numbers());
    w.strings(p.dates());
    w.strings(p.names());
    FiledKeys keys = story.keys();
    w.ensure(4 + keys.size() * 16);
    w.buffer.putInt(keys.size());
    for (int i = 0; i < keys.size(); i++) {
      w.buffer.putLong(keys.ids()[i]);
      w.buffer.putDouble(keys.weights()[i]);
    }
    byte[] out = new byte[head.length + w.buffer.position()];
    System.arraycopy(head, 0, out, 0, head.length);
    w.buffer.flip().get(out, head.length, w.buffer.remaining());
    return out;
  }

  /**
   * The profile in {@code bytes[offset..]}.
   *
   * @throws IllegalArgumentException on another format version or bytes that end early
   */
  public static StoryProfile decode(byte[] bytes, int offset) {
    ByteBuffer b = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    try {
      byte version = b.get();
      if (version != VERSION) {
        throw new IllegalArgumentException("profile format " + version + ", expected " + VERSION);
      }
      String lang = string(b);
      String exactHash = string(b);
      int foldedLength = b.getInt();
      long[] shingles = longs(b);
      int[] signature = new int[length(b, 4)];
      for (int i = 0; i < signature.length; i++) {
        signature[i] = b.getInt();
      }
      List<String> strongTerms = list(b);
      int vectorSize = length(b, 16);
      long[] ids = new long[vectorSize];
      double[] weights = new double[vectorSize];
      for (int i = 0; i < vectorSize; i++) {
        ids[i] = b.getLong();
        weights[i] = b.getDouble();
      }
      long[] lead = longs(b);
      boolean titled = b.get() != 0;
      var profile =
          new TextProfile(
              lang,
              exactHash,
              foldedLength,
              shingles,
              signature,
              strongTerms,
              TermVector.ofSorted(ids, weights),
              lead,
              titled,
              sortedSet(b),
              sortedSet(b),
              sortedSet(b),
              sortedSet(b));
      int keyCount = length(b, 16);
      long[] keyIds = new long[keyCount];
      double[] keyWeights = new double[keyCount];
      for (int i = 0; i < keyCount; i++) {
        keyIds[i] = b.getLong();
        keyWeights[i] = b.getDouble();
      }
      return new StoryProfile(profile, new FiledKeys(keyIds, keyWeights));
    } catch (BufferUnderflowException e) {
      throw new IllegalArgumentException("profile bytes end early", e);
    }
  }

  // a count that cannot fit in what is left is a corrupt record, not a reason to allocate
  private static int length(ByteBuffer b, int leastBytesEach) {
    int n = b.getInt();
    if (n < 0 || (long) n * leastBytesEach > b.remaining()) {
      throw new IllegalArgumentException("profile count " + n + " exceeds the bytes left");
    }
    return n;
  }

  private static String string(ByteBuffer b) {
    int n = length(b, 1);
    String s = new String(b.array(), b.arrayOffset() + b.position(), n, StandardCharsets.UTF_8);
    b.position(b.position() + n);
    return s;
  }

  private static long[] longs(ByteBuffer b) {
    long[] out = new long[length(b, 8)];
    for (int i = 0; i < out.length; i++) {
      out[i] = b.getLong();
    }
    return out;
  }

  private static List<String> list(ByteBuffer b) {
    int n = length(b, 4);
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(string(b));
    }
    return out;
  }

  private static Set<String> sortedSet(ByteBuffer b) {
    Set<String> out = new TreeSet<>();
    int n = length(b, 4);
    for (int i = 0; i < n; i++) {
      out.add(string(b));
    }
    return out;
  }

  /** A growing buffer. */
  private static final class Writer {
    private ByteBuffer buffer = ByteBuffer.allocate(16_384);

    void ensure(int bytes) {
      if (buffer.remaining() < bytes) {
        ByteBuffer bigger =
            ByteBuffer.allocate(Math.max(buffer.capacity() * 2, buffer.position() + bytes));
        buffer.flip();
        bigger.put(buffer);
        buffer = bigger;
      }
    }

    void string(String s) {
      byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
      ensure(4 + bytes.length);
      buffer.putInt(bytes.length);
      buffer.put(bytes);
    }

    void longs(long[] values) {
      ensure(4 + values.length * 8);
      buffer.putInt(values.length);
      for (long v : values) {
        buffer.putLong(v);
      }
    }

    void strings(Collection<String> values) {
      ensure(4);
      buffer.putInt(values.size());
      for (String s : values) {
        string(s);
      }
    }
  }
}
