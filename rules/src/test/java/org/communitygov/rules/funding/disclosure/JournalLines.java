package org.communitygov.rules.funding.disclosure;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.communitygov.model.ledger.AccountId;
import org.communitygov.model.ledger.Amount;
import org.communitygov.model.ledger.Entry;
import org.communitygov.model.ledger.EntryId;
import org.communitygov.model.ledger.Posting;
import org.communitygov.model.ledger.Transaction;
import org.communitygov.model.ledger.Unit;
import org.communitygov.rules.ledger.EntryCodec;

/**
 * Journal lines for the in-place reader's tests: an entry's canonical bytes framed as the ledger
 * frames them ({@code {"entry":…,"index":n,"leaf":"…"}}), random transactions from a seeded
 * generator, and buffers holding a line between others.
 */
final class JournalLines {
  private static final String ID_CHARS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._:-";
  private static final String MEMO_CHARS = "abcXYZ 019.,-/#()养老助餐彩票公益金（）、。€";

  private JournalLines() {}

  /** The journal line of an entry. */
  static String line(Entry entry, long index, String leaf, boolean linked) {
    String json = new String(EntryCodec.encode(entry), StandardCharsets.UTF_8);
    return "{\"entry\":"
        + json
        + ",\"index\":"
        + index
        + ",\"leaf\":\""
        + leaf
        + "\""
        + (linked ? ",\"linked\":true" : "")
        + "}";
  }

  /** A leaf hash in hexadecimal, 64 digits. */
  static String leaf(Random random) {
    byte[] hash = new byte[32];
    random.nextBytes(hash);
    return HexFormat.of().formatHex(hash);
  }

  /** A buffer: {@code before}, the line, a line feed, {@code after} and a line feed. */
  static byte[] buffer(String before, byte[] line, String after) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(line);
    out.write('\n');
    out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
    out.write('\n');
    return out.toByteArray();
  }

  /** The position of the last line feed of a buffer. */
  static int lastLineFeed(byte[] buffer) {
    int i = buffer.length - 1;
    while (buffer[i] != '\n') {
      i--;
    }
    return i;
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * A random transaction in CNY: ids of 1 to 64 characters, dates of years 1000 to 9999, two to
   * twenty postings with amounts of 1 to 16 digits in fen, a memo of ASCII and Chinese text (maybe
   * empty), and each optional member (expiry or reversal, purpose, source) present or not.
   */
  static Transaction transaction(Random random) {
    LocalDate booking = date(random);
    var b =
        Transaction.builder()
            .id(EntryId.of(id(random)))
            .bookingDate(booking)
            .valueDate(random.nextInt(4) == 0 ? booking : date(random))
            .memo(random.nextInt(5) == 0 ? "" : text(random));
    int pairs = 1 + (random.nextInt(4) == 0 ? random.nextInt(10) : random.nextInt(2));
    List<Posting> postings = new ArrayList<>();
    for (int i = 0; i < pairs; i++) {
      long fen = fen(random);
      postings.add(Posting.of(AccountId.of(id(random)), Amount.ofMinor(Unit.CNY, fen)));
      postings.add(Posting.of(AccountId.of(id(random)), Amount.ofMinor(Unit.CNY, -fen)));
    }
    Collections.shuffle(postings, random);
    b.postings(postings);
    int optional = random.nextInt(3);
    if (optional == 1) {
      b.expiresOn(booking.plusDays(random.nextInt(30)));
    } else if (optional == 2) {
      b.reverses(EntryId.of(id(random)));
    }
    if (random.nextBoolean()) {
      b.purpose(text(random));
    }
    if (random.nextBoolean()) {
      b.source(random.nextBoolean() ? id(random) : text(random));
    }
    return b.build();
  }

  static String id(Random random) {
    int n = 1 + (random.nextInt(3) == 0 ? random.nextInt(64) : random.nextInt(20));
    StringBuilder s = new StringBuilder(n);
    s.append(ID_CHARS.charAt(random.nextInt(62)));
    while (s.length() < n) {
      s.append(ID_CHARS.charAt(random.nextInt(ID_CHARS.length())));
    }
    return s.toString();
  }

  private static String text(Random random) {
    int n = 1 + random.nextInt(40);
    StringBuilder s = new StringBuilder(n);
    while (s.length() < n) {
      s.append(MEMO_CHARS.charAt(random.nextInt(MEMO_CHARS.length())));
    }
    return s.toString();
  }

  private static LocalDate date(Random random) {
    return LocalDate.of(1000 + random.nextInt(9000), 1, 1).plusDays(random.nextInt(365));
  }

  /** An amount in fen of 1 to 16 digits (1 to 10^15 - 1), maybe negative. */
  private static long fen(Random random) {
    long bound = 1;
    for (int digits = 1 + random.nextInt(16); digits > 0; digits--) {
      bound *= 10;
    }
    long fen = Math.floorMod(random.nextLong(), Math.min(bound, Amount.MAX_MINOR));
    fen = Math.max(fen, 1);
    return random.nextBoolean() ? fen : -fen;
  }
}
