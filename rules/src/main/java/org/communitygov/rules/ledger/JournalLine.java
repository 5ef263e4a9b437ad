package org.communitygov.rules.ledger;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.communitygov.model.ledger.Entry;

/**
 * One line of a journal, without its line feed: {@code {"entry":…,"index":n,"leaf":"…"}}, the entry
 * in its canonical form, its index (0 for the first line) and its leaf hash in hexadecimal, with
 * {@code "linked":true} last when the next line belongs to the same linked batch. Every store keeps
 * these lines, byte for byte.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class JournalLine {
  private static final byte[] LINKED_END = ",\"linked\":true}".getBytes(StandardCharsets.US_ASCII);

  private final long index;
  private final Entry entry;
  private final byte[] entryBytes;
  private final byte[] leafHash;
  private final boolean linked;

  private JournalLine(long index, Entry entry, byte[] entryBytes, byte[] leafHash, boolean linked) {
    this.index = index;
    this.entry = entry;
    this.entryBytes = entryBytes;
    this.leafHash = leafHash;
    this.linked = linked;
  }

  static JournalLine of(
      long index, Entry entry, byte[] entryBytes, byte[] leafHash, boolean linked) {
    return new JournalLine(index, entry, entryBytes, leafHash, linked);
  }

  /**
   * Reads a line and checks that it is canonical: that writing back the entry it holds gives the
   * same bytes. It does not check the index or the leaf hash against anything.
   *
   * @param line the line's bytes, without the line feed, not null
   * @return the line, not null
   * @throws LedgerFormatException if the bytes are not a canonical journal line
   */
  public static JournalLine parse(byte[] line) {
    LineFrame frame =
        LineFrame.of(line)
            .orElseThrow(
                () ->
                    new LedgerFormatException(
                        "the line is not {\"entry\":…,\"index\":n,\"leaf\":\"<64 hex>\"}"));
    int from = LineFrame.entryOffset();
    byte[] entryBytes = Arrays.copyOfRange(line, from, from + frame.entryLength);
    Entry entry = EntryReader.read(entryBytes);
    if (!EntryCodec.isCanonical(entry, entryBytes)) {
      throw new LedgerFormatException("the entry is not in the canonical form");
    }
    return new JournalLine(frame.index, entry, entryBytes, frame.leaf, frame.linked);
  }

  /**
   * Tells whether a line's bytes end with the marker of a linked batch that goes on.
   *
   * @param line the line, not null
   * @return true if the next line belongs to the same linked batch
   */
  static boolean endsLinked(byte[] line) {
    return endsLinked(line, 0, line.length);
  }

  /** Tells whether the line {@code bytes[from, to)} ends with the marker of a linked batch. */
  static boolean endsLinked(byte[] bytes, int from, int to) {
    int m = LINKED_END.length;
    return to - from >= m && Arrays.equals(bytes, to - m, to, LINKED_END, 0, m);
  }

  /**
   * Returns the line's bytes, without the line feed.
   *
   * @return the UTF-8 bytes, not null
   */
  public byte[] bytes() {
    CanonicalWriter w = new CanonicalWriter().begin();
    w.raw("entry", entryBytes, 0, entryBytes.length).field("index", index).hex("leaf", leafHash);
    if (linked) {
      w.raw("linked", "true");
    }
    return w.end().bytes();
  }

  /**
   * Returns a line that is not linked with a linked marker added: {@code ,"linked":true} before its
   * last brace.
   */
  static byte[] linked(byte[] line) {
    byte[] out = Arrays.copyOf(line, line.length - 1 + LINKED_END.length);
    System.arraycopy(LINKED_END, 0, out, line.length - 1, LINKED_END.length);
    return out;
  }

  /**
   * Returns the index (0 for the first line).
   *
   * @return the index
   */
  public long index() {
    return index;
  }

  /**
   * Returns the entry.
   *
   * @return the entry, not null
   */
  public Entry entry() {
    return entry;
  }

  /**
   * Returns the entry's canonical bytes.
   *
   * @return a copy of the bytes, not null
   */
  public byte[] entryBytes() {
    return entryBytes.clone();
  }

  /**
   * Returns the leaf hash the line states.
   *
   * @return a copy of the hash, not null
   */
  public byte[] leafHash() {
    return leafHash.clone();
  }

  /**
   * Tells whether the next line belongs to the same linked batch.
   *
   * @return true if it does
   */
  public boolean isLinked() {
    return linked;
  }
}
