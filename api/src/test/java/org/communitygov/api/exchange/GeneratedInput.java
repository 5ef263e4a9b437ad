package org.communitygov.api.exchange;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.LongFunction;

/**
 * A byte stream produced piece by piece, never held whole: a head, {@code count} pieces made by a
 * function of their index, and a tail.
 */
final class GeneratedInput extends InputStream {
  private final byte[] tail;
  private final LongFunction<byte[]> piece;
  private final long count;
  private byte[] current;
  private int position;
  private long next;
  private boolean tailServed;

  GeneratedInput(String head, long count, LongFunction<String> piece, String tail) {
    this.current = head.getBytes(StandardCharsets.UTF_8);
    this.count = count;
    this.piece = i -> piece.apply(i).getBytes(StandardCharsets.UTF_8);
    this.tail = tail.getBytes(StandardCharsets.UTF_8);
  }

  /** A stream of {@code count} copies of one byte between a head and a tail. */
  static GeneratedInput repeating(String head, long count, byte value, String tail) {
    byte[] chunk = new byte[64 * 1024];
    java.util.Arrays.fill(chunk, value);
    long chunks = count / chunk.length;
    String rest = new String(chunk, 0, (int) (count % chunk.length), StandardCharsets.ISO_8859_1);
    String whole = new String(chunk, StandardCharsets.ISO_8859_1);
    return new GeneratedInput(head, chunks + 1, i -> i < chunks ? whole : rest, tail);
  }

  @Override
  public int read() {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) {
    while (position == current.length) {
      if (next < count) {
        current = piece.apply(next++);
      } else if (!tailServed) {
        tailServed = true;
        current = tail;
      } else {
        return -1;
      }
      position = 0;
    }
    int n = Math.min(length, current.length - position);
    System.arraycopy(current, position, buffer, offset, n);
    position += n;
    return n;
  }
}
