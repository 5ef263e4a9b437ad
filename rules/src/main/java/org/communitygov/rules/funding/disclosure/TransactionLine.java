package org.communitygov.rules.funding.disclosure;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A journal line of a transaction read in place from its canonical form (ADR 0051, 0097): {@code
 * {"entry":{"bookingDate":…,"id":…,"kind":"transaction","memo":…,"postings":[…],…,
 * "valueDate":…},"index":n,"leaf":"…"}}, in CNY. The members are where the canonical form puts
 * them; a line that is not exactly so (another kind of entry, an escaped character in a string,
 * another unit) is not read here and goes to {@link org.communitygov.rules.ledger.JournalLine}. The
 * strings are decoded only when asked for. Reused line after line; not thread-safe.
 */
final class TransactionLine implements FoldedTransaction {
  private static final VarHandle WORDS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long QUOTES = 0x2222222222222222L;
  private static final long BACKSLASHES = 0x5c5c5c5c5c5c5c5cL;
  private static final long FEEDS = 0x0a0a0a0a0a0a0a0aL;
  private static final byte[] START = ascii("{\"entry\":{\"bookingDate\":\"");
  private static final byte[] EXPIRES = ascii(",\"expiresOn\":\"");
  private static final byte[] ID = ascii(",\"id\":\"");
  private static final byte[] KIND_MEMO = ascii(",\"kind\":\"transaction\",\"memo\":\"");
  private static final byte[] POSTINGS = ascii(",\"postings\":[");
  private static final byte[] ACCOUNT = ascii("{\"account\":\"");
  private static final byte[] AMOUNT = ascii(",\"amount\":\"");
  private static final byte[] UNIT = ascii(",\"unit\":\"CNY\"}");
  private static final byte[] PURPOSE = ascii(",\"purpose\":\"");
  private static final byte[] REVERSES = ascii(",\"reverses\":\"");
  private static final byte[] SOURCE = ascii(",\"source\":\"");
  private static final byte[] VALUE_DATE = ascii(",\"valueDate\":\"");
  private static final byte[] INDEX = ascii("\"},\"index\":");
  private static final byte[] LEAF = ascii(",\"leaf\":\"");
  private static final byte[] LINKED = ascii(",\"linked\":true}");
  private static final byte[] ACCOUNT_START = ascii("{\"entry\":{\"accountKind\":\"");
  private static final byte[] ACCOUNT_LEDGER = ascii(",\"kind\":\"account\",\"ledger\":\"");
  private static final byte[] INDEX_NAME = ascii(",\"index\":");

  private byte[] b = new byte[0];
  private int idFrom;
  private int idTo;
  private int memoFrom;
  private int memoTo;
  private int sourceFrom;
  private int sourceTo;
  private int sourceHash;
  private int dateFrom;
  private int date;
  private int n;
  private int[] accountFrom = new int[8];
  private int[] accountTo = new int[8];
  private int[] accountHash = new int[8];
  private long[] fen = new long[8];
  long index;
  int leafFrom;
  boolean linked;
  int end;

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * Reads the line that starts at {@code from}; its line feed is at or before {@code lf}, a line
   * feed of the buffer.
   *
   * @return true if the line is a transaction in the form read here; {@link #end} is then its line
   *     feed
   */
  boolean read(byte[] bytes, int from, int lf) {
    this.b = bytes;
    int p = at(from, START, lf);
    if (p < 0 || p + 11 > lf || bytes[p + 10] != '"') {
      return false;
    }
    p += 11;
    if (at(p, EXPIRES, lf) > 0) {
      p = at(p, EXPIRES, lf) + 11;
    }
    p = at(p, ID, lf);
    idFrom = p;
    p = idTo = string(p, lf);
    p = at(next(p), KIND_MEMO, lf);
    memoFrom = p;
    p = memoTo = string(p, lf);
    p = at(next(p), POSTINGS, lf);
    n = 0;
    while (p > 0 && bytes[p] == '{') {
      if (n == fen.length) {
        grow();
      }
      p = at(p, ACCOUNT, lf);
      accountFrom[n] = p;
      p = accountTo[n] = string(p, lf);
      accountHash[n] = p < 0 ? 0 : SliceKeys.hash(bytes, accountFrom[n], p);
      p = amount(at(next(p), AMOUNT, lf), lf, n);
      p = at(p, UNIT, lf);
      n++;
      if (p > 0 && p < lf && bytes[p] == ',') {
        p++;
      }
    }
    if (p < 0 || p >= lf || bytes[p] != ']') {
      return false;
    }
    p = optional(optional(next(p), PURPOSE, lf), REVERSES, lf);
    sourceFrom = -1;
    if (p > 0 && at(p, SOURCE, lf) > 0) {
      sourceFrom = at(p, SOURCE, lf);
      p = next(sourceTo = string(sourceFrom, lf));
      sourceHash = p < 0 ? 0 : SliceKeys.hash(bytes, sourceFrom, sourceTo);
    }
    p = at(p, VALUE_DATE, lf);
    if (p < 0 || p + 10 > lf || (date = date(p)) < 0) {
      return false;
    }
    dateFrom = p;
    p = at(p + 10, INDEX, lf);
    if (p < 0) {
      return false;
    }
    long i = 0;
    int digits = p;
    while (p < lf && bytes[p] >= '0' && bytes[p] <= '9' && p - digits < 18) {
      i = i * 10 + bytes[p++] - '0';
    }
    index = i;
    if (p == digits) {
      return false;
    }
    p = at(p, LEAF, lf);
    if (p < 0 || p + 65 > lf || bytes[p + 64] != '"') {
      return false;
    }
    leafFrom = p;
    p += 65;
    linked = at(p, LINKED, lf) > 0;
    p = linked ? p + LINKED.length : bytes[p] == '}' ? p + 1 : lf + 1;
    end = p;
    return p <= lf && bytes[p] == '\n';
  }

  private void grow() {
    accountFrom = Arrays.copyOf(accountFrom, n * 2);
    accountTo = Arrays.copyOf(accountTo, n * 2);
    accountHash = Arrays.copyOf(accountHash, n * 2);
    fen = Arrays.copyOf(fen, n * 2);
  }

  /** The position after {@code part} if it is at {@code p}, else -1. */
  private int at(int p, byte[] part, int lf) {
    if (p < 0 || p + part.length > lf) {
      return -1;
    }
    for (int i = 0; i < part.length; i++) {
      if (b[p + i] != part[i]) {
        return -1;
      }
    }
    return p + part.length;
  }

  /** The position after an optional string member, or {@code p} if it is not there. */
  private int optional(int p, byte[] name, int lf) {
    int q = at(p, name, lf);
    if (q < 0) {
      return p;
    }
    return next(string(q, lf));
  }

  /** The position after a position found, or -1 if none was. */
  private static int next(int p) {
    return p < 0 ? -1 : p + 1;
  }

  /**
   * The position of the quote that ends a string without escapes starting at {@code p}, or -1 if a
   * backslash or line feed comes first: eight bytes at a time, each tested for the three bytes at
   * once (the lowest byte of the word that equals one of them is the first).
   */
  private int string(int p, int lf) {
    if (p < 0) {
      return -1;
    }
    int i = p;
    for (; i + 8 <= lf; i += 8) {
      long w = (long) WORDS.get(b, i);
      long found = zero(w ^ QUOTES) | zero(w ^ BACKSLASHES) | zero(w ^ FEEDS);
      if (found != 0) {
        i += Long.numberOfTrailingZeros(found) >>> 3;
        return b[i] == '"' ? i : -1;
      }
    }
    for (; i < lf; i++) {
      byte c = b[i];
      if (c == '"') {
        return i;
      }
      if (c == '\\' || c == '\n') {
        return -1;
      }
    }
    return -1;
  }

  /** The high bit of each byte of {@code v} that is zero (exact for the lowest such byte). */
  private static long zero(long v) {
    return (v - 0x0101010101010101L) & ~v & 0x8080808080808080L;
  }

  /** Reads {@code -12.34"} into posting {@code i}; the position after the quote, or -1. */
  private int amount(int p, int lf, int i) {
    if (p < 0) {
      return -1;
    }
    boolean negative = p < lf && b[p] == '-';
    int q = negative ? p + 1 : p;
    long x = 0;
    int start = q;
    while (q < lf && b[q] >= '0' && b[q] <= '9' && q - start < 16) {
      x = x * 10 + b[q++] - '0';
    }
    if (q == start || q + 4 > lf || b[q] != '.' || !digit(q + 1) || !digit(q + 2)) {
      return -1;
    }
    if (b[q + 3] != '"') {
      return -1;
    }
    x = x * 100 + (b[q + 1] - '0') * 10 + (b[q + 2] - '0');
    fen[i] = negative ? -x : x;
    return q + 4;
  }

  private boolean digit(int p) {
    return b[p] >= '0' && b[p] <= '9';
  }

  /** The date {@code yyyy-mm-dd} at {@code p} as {@code yyyymmdd}, or -1. */
  private int date(int p) {
    if (b[p + 4] != '-' || b[p + 7] != '-') {
      return -1;
    }
    int v = 0;
    for (int i = 0; i < 10; i++) {
      if (i == 4 || i == 7) {
        continue;
      }
      if (!digit(p + i)) {
        return -1;
      }
      v = v * 10 + b[p + i] - '0';
    }
    return v;
  }

  /**
   * Reads the line that starts at {@code from} if it opens an account: its index, leaf and linked
   * marker from the line's end, and its ledger, which must be {@code ledger}; the rest of the entry
   * is not read.
   *
   * @return true if the line opens an account; {@link #end} is then its line feed
   * @throws IllegalArgumentException if the account is of another ledger
   */
  boolean readAccount(byte[] bytes, int from, int limit, byte[] ledger) {
    this.b = bytes;
    if (at(from, ACCOUNT_START, limit) < 0) {
      return false;
    }
    int lf = from;
    while (lf < limit && bytes[lf] != '\n') {
      lf++;
    }
    int p = from + ACCOUNT_START.length;
    while (p < lf && at(p, ACCOUNT_LEDGER, lf) < 0) {
      p++;
    }
    p = at(p, ACCOUNT_LEDGER, lf);
    if (p < 0 || at(p, ledger, lf) < 0 || bytes[p + ledger.length] != '"') {
      int q = p < 0 ? -1 : string(p, lf);
      if (q < 0) {
        return false;
      }
      throw new IllegalArgumentException(
          "the journal opens an account of ledger "
              + text(p, q)
              + ", not of "
              + new String(ledger, StandardCharsets.UTF_8));
    }
    return tail(from, lf);
  }

  /** Reads the index, leaf and linked marker at the end of the line {@code [from, lf)}. */
  private boolean tail(int from, int lf) {
    linked = lf - LINKED.length > from && at(lf - LINKED.length, LINKED, lf) == lf;
    int quote = linked ? lf - LINKED.length - 1 : lf - 2;
    if (quote - 64 - LEAF.length - 1 < from
        || b[quote] != '"'
        || (!linked && b[lf - 1] != '}')
        || at(quote - 64 - LEAF.length, LEAF, lf) < 0) {
      return false;
    }
    leafFrom = quote - 64;
    int digitsEnd = quote - 64 - LEAF.length;
    int digits = digitsEnd;
    while (digits > from && digit(digits - 1) && digitsEnd - digits < 18) {
      digits--;
    }
    if (digits == digitsEnd || at(digits - INDEX_NAME.length, INDEX_NAME, lf) != digits) {
      return false;
    }
    long i = 0;
    for (int k = digits; k < digitsEnd; k++) {
      i = i * 10 + b[k] - '0';
    }
    index = i;
    end = lf;
    return true;
  }

  private String text(int from, int to) {
    return new String(b, from, to - from, StandardCharsets.UTF_8);
  }

  /** The buffer the line was read in. */
  byte[] bytes() {
    return b;
  }

  int accountFrom(int i) {
    return accountFrom[i];
  }

  int accountTo(int i) {
    return accountTo[i];
  }

  int accountHash(int i) {
    return accountHash[i];
  }

  /** Where the source starts, -1 if the transaction has none. */
  int sourceFrom() {
    return sourceFrom;
  }

  int sourceTo() {
    return sourceTo;
  }

  int sourceHash() {
    return sourceHash;
  }

  @Override
  public int date() {
    return date;
  }

  @Override
  public String dateText() {
    return text(dateFrom, dateFrom + 10);
  }

  @Override
  public @Nullable String source() {
    return sourceFrom < 0 ? null : text(sourceFrom, sourceTo);
  }

  @Override
  public int postings() {
    return n;
  }

  @Override
  public String account(int i) {
    return text(accountFrom[i], accountTo[i]);
  }

  @Override
  public long fen(int i) {
    return fen[i];
  }

  @Override
  public String id() {
    return text(idFrom, idTo);
  }

  @Override
  public String memo() {
    return text(memoFrom, memoTo);
  }
}
