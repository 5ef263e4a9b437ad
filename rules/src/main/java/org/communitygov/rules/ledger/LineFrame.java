package org.communitygov.rules.ledger;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The frame of a journal line read from its bytes alone, without parsing the entry: where the
 * entry's bytes are, the index and the leaf hash stated, and the linked marker. A line whose frame
 * is not exactly {@code {"entry":…,"index":n,"leaf":"<64 hex>"}} (with {@code ,"linked":true}
 * before the last brace, or not) has no frame.
 */
final class LineFrame {
  private static final byte[] PREFIX = bytes("{\"entry\":");
  private static final byte[] LINKED = bytes(",\"linked\":true}");
  private static final byte[] LEAF = bytes(",\"leaf\":\"");
  private static final byte[] INDEX = bytes(",\"index\":");

  /** The value of each lower-case hexadecimal digit by its byte, -1 for any other byte. */
  private static final byte[] HEX = new byte[256];

  static {
    Arrays.fill(HEX, (byte) -1);
    for (int i = 0; i < 16; i++) {
      HEX["0123456789abcdef".charAt(i)] = (byte) i;
    }
  }

  final int entryLength;
  final long index;
  final byte[] leaf;
  final boolean linked;

  private LineFrame(int entryLength, long index, byte[] leaf, boolean linked) {
    this.entryLength = entryLength;
    this.index = index;
    this.leaf = leaf;
    this.linked = linked;
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  static int entryOffset() {
    return PREFIX.length;
  }

  private static boolean at(byte[] bytes, int from, int to, int offset, byte[] part) {
    return offset >= from
        && offset + part.length <= to
        && Arrays.equals(bytes, offset, offset + part.length, part, 0, part.length);
  }

  static Optional<LineFrame> of(byte[] line) {
    return of(line, 0, line.length);
  }

  /**
   * The frame of the line {@code bytes[from, to)}, read in place; the entry starts at {@code from +
   * entryOffset()}.
   */
  static Optional<LineFrame> of(byte[] line, int from, int to) {
    if (!at(line, from, to, from, PREFIX)) {
      return Optional.empty();
    }
    int end = to;
    boolean linked = at(line, from, to, end - LINKED.length, LINKED);
    end = linked ? end - LINKED.length : end - 1;
    if (end < from || line[linked ? end + LINKED.length - 1 : end] != '}') {
      return Optional.empty();
    }
    int quote = end - 1;
    int hexStart = quote - 2 * Hashes.LENGTH;
    if (quote < from || line[quote] != '"' || !at(line, from, to, hexStart - LEAF.length, LEAF)) {
      return Optional.empty();
    }
    byte[] leaf = new byte[Hashes.LENGTH];
    int invalid = 0;
    for (int i = 0; i < Hashes.LENGTH; i++) {
      int hi = HEX[line[hexStart + 2 * i] & 0xff];
      int lo = HEX[line[hexStart + 2 * i + 1] & 0xff];
      invalid |= hi | lo;
      leaf[i] = (byte) (hi << 4 | lo);
    }
    if (invalid < 0) {
      return Optional.empty();
    }
    int digitsEnd = hexStart - LEAF.length;
    int digitsStart = digitsEnd;
    while (digitsStart > from && line[digitsStart - 1] >= '0' && line[digitsStart - 1] <= '9') {
      digitsStart--;
    }
    int digits = digitsEnd - digitsStart;
    if (digits == 0 || digits > 18 || (digits > 1 && line[digitsStart] == '0')) {
      return Optional.empty();
    }
    int indexAt = digitsStart - INDEX.length;
    if (!at(line, from, to, indexAt, INDEX) || indexAt <= from + PREFIX.length) {
      return Optional.empty();
    }
    long index = 0;
    for (int i = digitsStart; i < digitsEnd; i++) {
      index = index * 10 + (line[i] - '0');
    }
    return Optional.of(new LineFrame(indexAt - from - PREFIX.length, index, leaf, linked));
  }
}
