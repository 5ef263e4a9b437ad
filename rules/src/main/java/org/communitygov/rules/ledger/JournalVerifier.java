package org.communitygov.rules.ledger;

import java.security.MessageDigest;
import java.util.List;
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
    JournalText text = JournalText.split(content);
    Hashes hashes = Hashes.create();
    MerkleTree tree = new MerkleTree();
    List<byte[]> lines = text.lines;
    for (int i = 0; i < lines.size(); i++) {
      Optional<Problem> problem = checkLine(lines.get(i), i, hashes, tree, deep);
      if (problem.isPresent()) {
        return new VerifyReport(tree.size(), tree.root(), problem);
      }
    }
    if (text.isTorn()) {
      return new VerifyReport(
          tree.size(),
          tree.root(),
          Optional.of(
              new Problem(
                  text.tornLine,
                  Optional.empty(),
                  "line.torn",
                  "the line has no line feed, or its linked batch has no last line")));
    }
    return new VerifyReport(tree.size(), tree.root(), head.flatMap(h -> checkHead(tree, h)));
  }

  private static Optional<Problem> checkLine(
      byte[] bytes, long index, Hashes hashes, MerkleTree tree, boolean deep) {
    long number = index + 1;
    Optional<LineFrame> framed = LineFrame.of(bytes);
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
        key = Optional.of(JournalLine.parse(bytes).entry().key());
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
    byte[] leaf = hashes.leaf(bytes, LineFrame.entryOffset(), frame.entryLength);
    if (!MessageDigest.isEqual(leaf, frame.leaf)) {
      return Optional.of(
          new Problem(
              number, key, "line.leaf", "the entry's bytes do not have the stated leaf hash"));
    }
    tree.append(leaf);
    return Optional.empty();
  }

  private static Optional<Problem> checkHead(MerkleTree tree, TreeHead head) {
    if (tree.size() < head.size()) {
      return Optional.of(
          new Problem(
              tree.size() + 1,
              Optional.empty(),
              "head.size",
              "the journal has "
                  + tree.size()
                  + " entries, the head "
                  + head.size()
                  + ": it is truncated"));
    }
    if (!MessageDigest.isEqual(tree.root(head.size()), head.rootHash())) {
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
