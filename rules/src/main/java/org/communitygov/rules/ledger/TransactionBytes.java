package org.communitygov.rules.ledger;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.communitygov.model.ledger.Amount;
import org.communitygov.model.ledger.EntryId;
import org.communitygov.model.ledger.Posting;
import org.communitygov.model.ledger.Transaction;
import org.communitygov.model.ledger.Unit;
import org.jspecify.annotations.Nullable;

/**
 * A transaction's canonical form written by one {@link CanonicalWriter} with room made once for the
 * whole entry, the constant text between its values copied in runs, and, from the entry before, the
 * bytes of the last date and of the last unit's tail kept (ADR 0117). The bytes are those {@link
 * EntryCodec#writeMemberByMember} writes.
 *
 * <p>Not thread-safe: one per writer.
 */
final class TransactionBytes {
  /** The most chars of the strings of a transaction written this way; a longer one is not. */
  static final int MAX_CHARS = 4096;

  // the text between the values, in the order of the members' names
  private static final byte[] BOOKING_DATE = ascii("{\"bookingDate\":");
  private static final byte[] EXPIRES_ON = ascii(",\"expiresOn\":");
  private static final byte[] ID = ascii(",\"id\":");
  private static final byte[] KIND_MEMO = ascii(",\"kind\":\"transaction\",\"memo\":");
  private static final byte[] POSTINGS = ascii(",\"postings\":[");
  private static final byte[] ACCOUNT = ascii("{\"account\":");
  private static final byte[] AMOUNT = ascii(",\"amount\":\"");
  private static final byte[] UNIT = ascii("\",\"unit\":");
  private static final byte[] PURPOSE = ascii(",\"purpose\":");
  private static final byte[] REVERSES = ascii(",\"reverses\":");
  private static final byte[] SOURCE = ascii(",\"source\":");
  private static final byte[] VALUE_DATE = ascii(",\"valueDate\":");

  // room for the text between the values, and per posting, beside the strings' 6 bytes per char
  private static final int FIXED = 160;
  private static final int PER_POSTING = 80;

  private final CanonicalWriter writer;
  // the last date written and its 12 bytes ("yyyy-mm-dd" in quotes): records share their date
  private @Nullable LocalDate date;
  private final byte[] dateBytes = new byte[12];
  // the last unit written and its posting's tail: the amount's closing quote to the closing brace
  private @Nullable Unit unit;
  private byte[] unitTail = new byte[0];

  TransactionBytes(CanonicalWriter writer) {
    this.writer = writer;
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * Writes a transaction, after what the writer holds, if its strings are not longer than {@link
   * #MAX_CHARS} chars in all; tells whether it did (if not, nothing is written).
   */
  boolean write(Transaction t) {
    List<Posting> postings = t.postings();
    // the optional attributes read as their values once, no Optional kept across the writing
    @Nullable String purpose = t.purpose().orElse(null);
    @Nullable EntryId reverses = t.reverses().orElse(null);
    @Nullable String source = t.source().orElse(null);
    @Nullable LocalDate expiresOn = t.expiresOn().orElse(null);
    String id = t.key();
    String memo = t.memo();
    long chars = (long) id.length() + memo.length();
    int count = postings.size();
    for (int i = 0; i < count; i++) {
      Posting p = postings.get(i);
      Unit u = p.amount().unit();
      chars += p.account().value().length() + u.code().length() + u.scale();
    }
    if (purpose != null) {
      chars += purpose.length();
    }
    if (reverses != null) {
      chars += reverses.value().length();
    }
    if (source != null) {
      chars += source.length();
    }
    if (chars > MAX_CHARS || count > MAX_CHARS) {
      return false;
    }
    int room =
        FIXED
            + 3 * Digits.MAX_DATE
            + count * PER_POSTING
            + (int) chars * JsonString.MAX_BYTES_PER_CHAR
            + 16;
    byte[] o = writer.room(room);
    char[] cs = writer.chars((int) chars);
    int at = writer.length();
    at = copy(BOOKING_DATE, o, at);
    at = date(t.bookingDate(), o, at);
    if (expiresOn != null) {
      at = copy(EXPIRES_ON, o, at);
      at = date(expiresOn, o, at);
    }
    at = copy(ID, o, at);
    at = JsonString.identifier(id, o, at);
    at = copy(KIND_MEMO, o, at);
    at = JsonString.quoted(memo, cs, o, at);
    at = copy(POSTINGS, o, at);
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        o[at++] = ',';
      }
      Posting p = postings.get(i);
      at = posting(p.account().value(), p.amount(), o, at);
    }
    o[at++] = ']';
    if (purpose != null) {
      at = copy(PURPOSE, o, at);
      at = JsonString.quoted(purpose, cs, o, at);
    }
    if (reverses != null) {
      at = copy(REVERSES, o, at);
      at = JsonString.identifier(reverses.value(), o, at);
    }
    if (source != null) {
      at = copy(SOURCE, o, at);
      at = JsonString.quoted(source, cs, o, at);
    }
    at = copy(VALUE_DATE, o, at);
    at = date(t.valueDate(), o, at);
    o[at++] = '}';
    writer.wrote(at);
    return true;
  }

  private static int copy(byte[] text, byte[] o, int at) {
    System.arraycopy(text, 0, o, at, text.length);
    return at + text.length;
  }

  /** A posting: {@code {"account":…,"amount":"…","unit":…}}. */
  private int posting(String account, Amount amount, byte[] o, int at) {
    int i = copy(ACCOUNT, o, at);
    i = JsonString.identifier(account, o, i);
    i = copy(AMOUNT, o, i);
    Unit u = amount.unit();
    i = Digits.decimal(amount.minor(), u.scale(), o, i);
    if (u != unit) {
      unit = u;
      unitTail = tail(u);
    }
    return copy(unitTail, o, i);
  }

  /** The bytes after an amount's digits: its closing quote, the unit member and the brace. */
  private static byte[] tail(Unit unit) {
    CanonicalWriter w = new CanonicalWriter();
    byte[] code = w.begin().field("u", unit.code()).end().bytes();
    // {"u":"CODE"} less its {"u": and closing brace
    int from = "{\"u\":".length();
    byte[] tail = new byte[UNIT.length + code.length - from];
    System.arraycopy(UNIT, 0, tail, 0, UNIT.length);
    System.arraycopy(code, from, tail, UNIT.length, code.length - from);
    return tail;
  }

  /**
   * A date as {@link Digits#date(LocalDate, byte[], int)} writes it; the bytes of the one written
   * last (a four-digit year's twelve) are kept and copied when the next date is the same.
   */
  private int date(LocalDate d, byte[] o, int at) {
    if (d == date || d.equals(date)) {
      return copy(dateBytes, o, at);
    }
    int end = Digits.date(d, o, at);
    if (end - at == dateBytes.length) {
      System.arraycopy(o, at, dateBytes, 0, dateBytes.length);
      date = d;
    }
    return end;
  }
}
