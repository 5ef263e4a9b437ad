package org.communitygov.rules.funding.disclosure;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.communitygov.rules.ledger.Hashes;
import org.communitygov.rules.ledger.JournalLine;
import org.communitygov.rules.ledger.LedgerFormatException;
import org.communitygov.rules.ledger.MerkleFrontier;

/**
 * Reads a journal's lines from a stream into a {@link DisclosureFold} (ADR 0097): a buffer of whole
 * lines, each transaction line read in place ({@link TransactionLine}) or, failing that, through
 * {@link JournalLine#parse}; each line's index checked and its leaf hash appended to a Merkle
 * frontier. Memory: the buffer (64 KiB, or twice the longest line) and the frontier.
 */
final class JournalStream {
  private static final byte[] HEX = new byte[256];

  static {
    Arrays.fill(HEX, (byte) -1);
    for (int i = 0; i < 16; i++) {
      HEX["0123456789abcdef".charAt(i)] = (byte) i;
    }
  }

  private final DisclosureFold fold;
  private final MerkleFrontier frontier = new MerkleFrontier();
  private final TransactionLine line = new TransactionLine();
  private final byte[] leaf = new byte[Hashes.LENGTH];
  private boolean lastLinked;

  JournalStream(DisclosureFold fold) {
    this.fold = fold;
  }

  void read(InputStream in) throws IOException {
    byte[] buf = new byte[1 << 16];
    int start = 0;
    int end = 0;
    while (true) {
      if (end == buf.length) {
        if (start > 0) {
          System.arraycopy(buf, start, buf, 0, end - start);
          end -= start;
          start = 0;
        } else {
          buf = Arrays.copyOf(buf, buf.length * 2);
        }
      }
      int r = in.read(buf, end, buf.length - end);
      if (r < 0) {
        break;
      }
      end += r;
      int last = end - 1;
      while (last >= start && buf[last] != '\n') {
        last--;
      }
      while (start <= last) {
        int lf;
        if (line.read(buf, start, last)) {
          lf = line.end;
          fast(buf);
          fold.fold(line);
        } else if (line.readAccount(buf, start, last, fold.ledger())) {
          lf = line.end;
          fast(buf);
        } else {
          lf = lineFeed(buf, start);
          slow(Arrays.copyOfRange(buf, start, lf));
        }
        start = lf + 1;
      }
    }
    if (end > start) {
      throw new LedgerFormatException("line " + frontier.size() + " is torn: no line feed");
    }
    if (lastLinked) {
      throw new LedgerFormatException(
          "line " + (frontier.size() - 1) + " is torn: its linked batch does not end");
    }
  }

  /** The first line feed at or after {@code from}; there is one at {@code last}. */
  private static int lineFeed(byte[] buf, int from) {
    int i = from;
    while (buf[i] != '\n') {
      i++;
    }
    return i;
  }

  private void fast(byte[] buf) {
    int p = line.leafFrom;
    for (int i = 0; i < Hashes.LENGTH; i++) {
      int hi = HEX[buf[p + 2 * i] & 0xff];
      int lo = HEX[buf[p + 2 * i + 1] & 0xff];
      if ((hi | lo) < 0) {
        throw new LedgerFormatException("line " + frontier.size() + ": the leaf is not hex");
      }
      leaf[i] = (byte) (hi << 4 | lo);
    }
    next(line.index, line.linked);
  }

  private void slow(byte[] bytes) {
    JournalLine parsed = JournalLine.parse(bytes);
    byte[] hash = parsed.leafHash();
    System.arraycopy(hash, 0, leaf, 0, Hashes.LENGTH);
    next(parsed.index(), parsed.isLinked());
    fold.accept(parsed.entry(), frontier);
  }

  private void next(long index, boolean linked) {
    if (index != frontier.size()) {
      throw new LedgerFormatException(
          "line " + frontier.size() + " has index " + index + ", not " + frontier.size());
    }
    frontier.append(leaf, 0);
    lastLinked = linked;
  }
}
