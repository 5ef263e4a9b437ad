package org.communitygov.rules.ledger;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Optional;
import org.communitygov.rules.ledger.VerifyReport.Problem;

/**
 * Verifies a journal: that every line is a canonical {@linkplain JournalLine journal line}, in
 * order, whose stated leaf hash is its entry's, that the file does not end in a torn line, and,
 * given a published head, that the journal's tree of the head's size has the head's root (a
 * truncated journal, or any change before the head, fails). The report names the first line at
 * fault.
 *
 * <p>This class is stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class JournalVerifier {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private JournalVerifier() {}

  /**
   * Verifies the bytes of a journal file.
   *
   * @param content the file's bytes, not null
   * @param head a published head to check against, if any, not null
   * @return the report, not null
   */
  public static VerifyReport verify(byte[] content, Optional<TreeHead> head) {
    return verify(content, head, false);
  }

  /**
   * Verifies the bytes of a journal file, and, if {@code deep}, also reads every entry and checks
   * that its bytes are its canonical form (which a ledger checks when it opens the journal).
   * Without {@code deep}, the check is of the frames, indexes and hashes only: about as fast as
   * hashing.
   *
   * @param content the file's bytes, not null
   * @param head a published head to check against, if any, not null
   * @param deep whether to read and check every entry
   * @return the report, not null
   */
  public static VerifyReport verify(byte[] content, Optional<TreeHead> head, boolean deep) {
    // In one pass over the bytes, in place: no line is copied, one leaf buffer is reused, and
    // only the right edge of the tree is kept (the root of the head's size is taken on the way).
    int soundEnd = soundEnd(content);
    MerkleFrontier tree = new MerkleFrontier();
    Hashes hashes = Hashes.create();
    byte[] leaf = new byte[Hashes.LENGTH];
    long headSize = head.map(TreeHead::size).orElse(-1L);
    byte[] headRoot = headSize == 0 ? tree.root() : null;
    int start = 0;
    while (start < soundEnd) {
      int end = lineFeed(content, start, soundEnd);
      Optional<Problem> problem = checkLine(content, start, end, tree, hashes, leaf, deep);
      if (problem.isPresent()) {
        return new VerifyReport(tree.size(), tree.root(), problem);
      }
      if (tree.size() == headSize) {
        headRoot = tree.root();
      }
      start = end + 1;
    }
    if (soundEnd < content.length) {
      return new VerifyReport(
          tree.size(),
          tree.root(),
          Optional.of(
              new Problem(
                  tree.size() + 1,
                  Optional.empty(),
                  "line.torn",
                  "the line has no line feed, or its linked batch has no last line")));
    }
    byte[] root = headRoot;
    return new VerifyReport(
        tree.size(), tree.root(), head.flatMap(h -> checkHead(tree.size(), root, h)));
  }

  /**
   * The index of the first line feed in {@code bytes[from, to)}, which holds one: eight bytes at a
   * time (a line feed is a zero byte of the word XOR 0x0a…; the lowest flagged byte is the first).
   */
  static int lineFeed(byte[] bytes, int from, int to) {
    int i = from;
    for (; i + Long.BYTES <= to; i += Long.BYTES) {
      long word = (long) LONGS.get(bytes, i) ^ 0x0a0a0a0a0a0a0a0aL;
      long zero = (word - 0x0101010101010101L) & ~word & 0x8080808080808080L;
      if (zero != 0) {
        return i + (Long.numberOfTrailingZeros(zero) >>> 3);
      }
    }
    while (bytes[i] != '\n') {
      i++;
    }
    return i;
  }

  /**
   * Where the sound part of a journal ends: after the last line feed, less the lines of a linked
   * batch whose last line is missing (as {@link JournalText#split}).
   */
  private static int soundEnd(byte[] content) {
    int end = content.length;
    while (end > 0 && content[end - 1] != '\n') {
      end--;
    }
    while (end > 0) {
      int start = end - 1;
      while (start > 0 && content[start - 1] != '\n') {
        start--;
      }
      if (!JournalLine.endsLinked(content, start, end - 1)) {
        break;
      }
      end = start;
    }
    return end;
  }

  private static Optional<Problem> checkLine(
      byte[] content,
      int start,
      int end,
      MerkleFrontier tree,
      Hashes hashes,
      byte[] leaf,
      boolean deep) {
    long index = tree.size();
    long number = index + 1;
    Optional<LineFrame> framed = LineFrame.of(content, start, end);
    if (framed.isEmpty()) {
      return Optional.of(
          new Problem(
              number,
              Optional.empty(),
              "line.format",
              "the line is not {\"entry\":…,\"index\":n,\"leaf\":\"<64 hex>\"}"));
    }
    LineFrame frame = framed.get();
    Optional<String> key = Optional.empty();
    if (deep) {
      try {
        key = Optional.of(JournalLine.parse(Arrays.copyOfRange(content, start, end)).entry().key());
      } catch (LedgerFormatException e) {
        return Optional.of(new Problem(number, Optional.empty(), "line.format", e.getMessage()));
      }
    }
    if (frame.index != index) {
      return Optional.of(
          new Problem(
              number,
              key,
              "line.index",
              "the line states index " + frame.index + ", expected " + index));
    }
    hashes.leaf(content, start + LineFrame.entryOffset(), frame.entryLength, leaf, 0);
    if (!MessageDigest.isEqual(leaf, frame.leaf)) {
      return Optional.of(
          new Problem(
              number, key, "line.leaf", "the entry's bytes do not have the stated leaf hash"));
    }
    tree.append(leaf, 0);
    return Optional.empty();
  }

  private static Optional<Problem> checkHead(long size, byte[] root, TreeHead head) {
    if (size < head.size()) {
      return Optional.of(
          new Problem(
              size + 1,
              Optional.empty(),
              "head.size",
              "the journal has "
                  + size
                  + " entries, the head "
                  + head.size()
                  + ": it is truncated"));
    }
    if (!MessageDigest.isEqual(root, head.rootHash())) {
      return Optional.of(
          new Problem(
              head.size(),
              Optional.empty(),
              "head.root",
              "the tree of the first "
                  + head.size()
                  + " entries does not have the head's root hash"));
    }
    return Optional.empty();
  }
}
