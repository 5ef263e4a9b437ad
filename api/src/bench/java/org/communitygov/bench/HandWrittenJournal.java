package org.communitygov.bench;

import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.communitygov.rules.ledger.MerkleFrontier;
import org.communitygov.rules.points.ServiceRecordInput;

/**
 * A points book's journal of accruals written by hand for {@link TimeBankHandWritten}: each line
 * written straight from the record and the decision into one buffer, hashed there, packed into
 * chunks; the journal's keys in one open-addressing table; each member's balance and lots in
 * arrays. It writes what a {@code PointsBook} writes for the year's records and nothing more.
 */
final class HandWrittenJournal {
  private static final int CHUNK = 1 << 20;
  private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
  private final MessageDigest sha;
  final MerkleFrontier frontier = new MerkleFrontier();
  private final byte[] leaf = new byte[32];
  private final byte[] line = new byte[4096];
  private byte[][] chunks = new byte[64][];
  private int chunkCount;
  private byte[] packed = new byte[CHUNK];
  private int packedLength;
  private long[] starts = new long[1 << 16];
  private int[] ends = new int[1 << 16];
  private int count;
  private String[] keys = new String[1 << 22];
  // members by name: open addressing, 1 << 20 slots (the year has 50,000); numbers from 1
  private final int[] memberHashes = new int[1 << 20];
  private final int[] memberNumbers = new int[1 << 20];
  private final String[] memberNames = new String[1 << 20];
  private int memberCount;
  private long[] balances = new long[1 << 10];
  private String[] accounts = new String[1 << 10];
  private long[][] lots = new long[1 << 10][];
  private int[] lotCount = new int[1 << 10];
  private final String[] dates = new String[800];
  private final LocalDate epoch = LocalDate.of(2025, 1, 1);
  // the scheme accounts' balances, kept as the ledger keeps every account's
  private long issuance;
  private long donations;

  HandWrittenJournal() {
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  void accrueAll(TimeBankHandWritten year) {
    for (byte[] l : year.schemeLines) {
      store(l, l.length);
      leafOf(l);
    }
    List<ServiceRecordInput> input = year.input;
    for (int i = 0; i < input.size(); i++) {
      long c = year.credited[i];
      long d = year.donated[i];
      if (c + d != 0) {
        accrue(input.get(i), c, d);
      }
    }
  }

  private void leafOf(byte[] l) {
    // a scheme account's line, as read back: its leaf is the tree's
    int from = "{\"entry\":".length();
    String text = new String(l, StandardCharsets.UTF_8);
    int to =
        text.substring(0, text.lastIndexOf(",\"index\":")).getBytes(StandardCharsets.UTF_8).length;
    sha.update((byte) 0);
    sha.update(l, from, to - from);
    digest();
    frontier.append(leaf, 0);
  }

  private void accrue(ServiceRecordInput r, long c, long d) {
    String key = "acc:".concat(r.record());
    if (!addKey(key)) {
      return;
    }
    String owner = r.member().value();
    int m = member(owner);
    if (m < 0) {
      m = -m - 1;
      grow(m);
      accounts[m] = "m:".concat(owner);
      openAccount(owner, accounts[m]);
    }
    String account = accounts[m];
    long day = r.date().toEpochDay();
    String date = date(day);
    long hours = r.hours().unscaledValue().longValue();
    int at = 0;
    byte[] b = line;
    at = ascii(b, at, "{\"entry\":{\"bookingDate\":\"");
    at = ascii(b, at, date);
    at = ascii(b, at, "\",\"id\":\"");
    at = ascii(b, at, key);
    at = ascii(b, at, "\",\"kind\":\"transaction\",\"memo\":\"");
    at = utf8(b, at, MEMO_START);
    at = ascii(b, at, r.record());
    at = utf8(b, at, OPEN);
    at = ascii(b, at, date);
    at = utf8(b, at, COMMA);
    at = hundredths(b, at, hours);
    at = utf8(b, at, HOURS);
    at = hundredths(b, at, c);
    if (d != 0) {
      at = utf8(b, at, DONATED);
      at = hundredths(b, at, d);
    }
    at = utf8(b, at, POLICY);
    at = ascii(b, at, "\",\"postings\":[{\"account\":\"issuance\",\"amount\":\"");
    at = hundredths(b, at, -(c + d));
    if (c != 0) {
      at = ascii(b, at, "\",\"unit\":\"HOUR\"},{\"account\":\"");
      at = ascii(b, at, account);
      at = ascii(b, at, "\",\"amount\":\"");
      at = hundredths(b, at, c);
    }
    if (d != 0) {
      at = ascii(b, at, "\",\"unit\":\"HOUR\"},{\"account\":\"donations\",\"amount\":\"");
      at = hundredths(b, at, d);
    }
    at = ascii(b, at, "\",\"unit\":\"HOUR\"}],\"source\":\"service-record:");
    at = ascii(b, at, r.record());
    at = ascii(b, at, "\",\"valueDate\":\"");
    at = ascii(b, at, date);
    at = ascii(b, at, "\"}");
    at = endLine(b, at, false);
    store(b, at);
    issuance -= c + d;
    donations += d;
    balances[m] += c;
    if (c != 0) {
      addLot(m, day, c);
    }
  }

  private void openAccount(String owner, String account) {
    byte[] b = line;
    int at =
        ascii(b, 0, "{\"entry\":{\"accountKind\":\"MEMBER\",\"flags\":[\"OVERDRAFT_FORBIDDEN\"]");
    at = ascii(b, at, ",\"id\":\"");
    at = ascii(b, at, account);
    at = ascii(b, at, "\",\"kind\":\"account\",\"ledger\":\"city-time-bank\"");
    at = ascii(b, at, ",\"openedOn\":\"2025-01-01\",\"owner\":{\"id\":\"");
    at = ascii(b, at, owner);
    at = ascii(b, at, "\",\"kind\":\"PERSON\"},\"unit\":\"HOUR\"}");
    at = endLine(b, at, true);
    store(b, at);
  }

  /** Hashes the entry just written (after its 9-byte prefix) and ends its line. */
  private int endLine(byte[] b, int at, boolean linked) {
    int from = 9;
    sha.update((byte) 0);
    sha.update(b, from, at - from);
    digest();
    frontier.append(leaf, 0);
    at = ascii(b, at, ",\"index\":");
    at = whole(b, at, count);
    at = ascii(b, at, ",\"leaf\":\"");
    for (int i = 0; i < 32; i++) {
      b[at++] = HEX[(leaf[i] >> 4) & 15];
      b[at++] = HEX[leaf[i] & 15];
    }
    b[at++] = '"';
    if (linked) {
      at = ascii(b, at, ",\"linked\":true");
    }
    b[at++] = '}';
    return at;
  }

  private void digest() {
    try {
      sha.digest(leaf, 0, 32);
    } catch (DigestException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Appends a line to the last chunk, or to a new one: lines never move once stored. */
  private void store(byte[] b, int length) {
    if (packedLength + length > packed.length) {
      if (chunkCount == chunks.length) {
        chunks = Arrays.copyOf(chunks, 2 * chunkCount);
      }
      chunks[chunkCount++] = packed;
      packed = new byte[CHUNK];
      packedLength = 0;
    }
    System.arraycopy(b, 0, packed, packedLength, length);
    if (count == ends.length) {
      ends = Arrays.copyOf(ends, 2 * count);
      starts = Arrays.copyOf(starts, 2 * count);
    }
    // the chunk's number and the line's start in it
    starts[count] = (long) chunkCount << 32 | packedLength;
    packedLength += length;
    ends[count++] = packedLength;
  }

  List<byte[]> lines() {
    byte[][] out = new byte[count][];
    for (int i = 0; i < count; i++) {
      int chunk = (int) (starts[i] >>> 32);
      byte[] in = chunk == chunkCount ? packed : chunks[chunk];
      out[i] = Arrays.copyOfRange(in, (int) starts[i], ends[i]);
    }
    return List.of(out);
  }

  /**
   * The number of a member, found by its hash beside the slot before its name is compared; for a
   * member not yet known, {@code -(number) - 1} of the number it is given.
   */
  private int member(String owner) {
    int hash = owner.hashCode();
    int mask = memberHashes.length - 1;
    for (int at = hash * 0x9E3779B9 >>> 12 & mask; ; at = (at + 1) & mask) {
      int number = memberNumbers[at];
      if (number == 0) {
        memberHashes[at] = hash;
        memberNumbers[at] = ++memberCount;
        memberNames[at] = owner;
        return -memberCount;
      }
      if (memberHashes[at] == hash && memberNames[at].equals(owner)) {
        return number - 1;
      }
    }
  }

  private boolean addKey(String key) {
    int mask = keys.length - 1;
    for (int at = key.hashCode() * 0x9E3779B9 >>> 10 & mask; ; at = (at + 1) & mask) {
      String k = keys[at];
      if (k == null) {
        keys[at] = key;
        return true;
      }
      if (k.equals(key)) {
        return false;
      }
    }
  }

  private void grow(int m) {
    if (m == balances.length) {
      balances = Arrays.copyOf(balances, 2 * m);
      lots = Arrays.copyOf(lots, 2 * m);
      lotCount = Arrays.copyOf(lotCount, 2 * m);
      accounts = Arrays.copyOf(accounts, 2 * m);
    }
    lots[m] = new long[16];
  }

  private void addLot(int m, long day, long minor) {
    long[] l = lots[m];
    int n = lotCount[m];
    if (2 * n + 2 > l.length) {
      l = Arrays.copyOf(l, 2 * l.length);
      lots[m] = l;
    }
    l[2 * n] = day;
    l[2 * n + 1] = minor;
    lotCount[m] = n + 1;
  }

  private String date(long day) {
    int i = (int) (day - epoch.toEpochDay());
    String d = dates[i];
    if (d == null) {
      d = LocalDate.ofEpochDay(day).toString();
      dates[i] = d;
    }
    return d;
  }

  private static final byte[] MEMO_START = "服务记录 ".getBytes(StandardCharsets.UTF_8);
  private static final byte[] OPEN = "（".getBytes(StandardCharsets.UTF_8);
  private static final byte[] COMMA = "，".getBytes(StandardCharsets.UTF_8);
  private static final byte[] HOURS = " 小时）记入 ".getBytes(StandardCharsets.UTF_8);
  private static final byte[] DONATED = "，转入捐赠 ".getBytes(StandardCharsets.UTF_8);
  private static final byte[] POLICY = "；政策 2025-01-01 起".getBytes(StandardCharsets.UTF_8);

  @SuppressWarnings("deprecation") // the Latin-1 bytes of an ASCII string, copied in bulk
  private static int ascii(byte[] b, int at, String s) {
    s.getBytes(0, s.length(), b, at);
    return at + s.length();
  }

  private static int utf8(byte[] b, int at, byte[] bytes) {
    System.arraycopy(bytes, 0, b, at, bytes.length);
    return at + bytes.length;
  }

  /** {@code minor × 10^-2} with its two decimals, signed. */
  private static int hundredths(byte[] b, int at, long minor) {
    if (minor < 0) {
      b[at++] = '-';
      minor = -minor;
    }
    at = whole(b, at, minor / 100);
    b[at++] = '.';
    int f = (int) (minor % 100);
    b[at++] = (byte) ('0' + f / 10);
    b[at++] = (byte) ('0' + f % 10);
    return at;
  }

  private static int whole(byte[] b, int at, long value) {
    int n = 1;
    for (long v = value; v >= 10; v /= 10) {
      n++;
    }
    int end = at + n;
    long v = value;
    for (int i = end - 1; i >= at; i--) {
      b[i] = (byte) ('0' + v % 10);
      v /= 10;
    }
    return end;
  }
}
