package org.communitygov.rules.ledger;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Writes canonical JSON (RFC 8785 for the values entries have): no white space, members in the
 * order the caller gives (which must be the sorted order of their names), strings with only the
 * escapes JSON requires.
 *
 * <p>It writes UTF-8 bytes straight into one growable array, which {@link #reset()} empties for the
 * next entry, so that a ledger encodes, hashes and frames an entry without building a string.
 */
final class CanonicalWriter {
  // the two hexadecimal digits of each byte, from 00 to ff
  private static final byte[] HEX_PAIRS = new byte[512];

  static {
    byte[] digits = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    for (int b = 0; b < 256; b++) {
      HEX_PAIRS[2 * b] = digits[b >> 4];
      HEX_PAIRS[2 * b + 1] = digits[b & 0xf];
    }
  }

  private static final byte[] INDEX_NAME = encodedName("index");
  private static final byte[] LEAF_NAME = encodedName("leaf");
  // the bytes before a journal line's index, and between it and its leaf hash's digits
  private static final byte[] LEAF = ",\"leaf\":\"".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] INDEX = ",\"index\":".getBytes(StandardCharsets.US_ASCII);

  // the most chars of a string written with room made once
  private static final int CHUNK = 1024;

  private byte[] out = new byte[256];
  // the chars of the string being written
  private char[] chars = new char[64];
  private int length;
  private boolean first = true;
  private @Nullable TransactionBytes transactions;

  /** Empties the writer, keeping its array. */
  CanonicalWriter reset() {
    length = 0;
    first = true;
    return this;
  }

  CanonicalWriter begin() {
    put('{');
    first = true;
    return this;
  }

  CanonicalWriter end() {
    put('}');
    first = false;
    return this;
  }

  /**
   * The bytes of a member name as {@link #name(String)} writes it, {@code "name":}, to be written
   * by {@link #name(byte[])} without escaping it again.
   */
  static byte[] encodedName(String name) {
    return new CanonicalWriter().name(name).bytes();
  }

  /** Starts a member whose name was encoded by {@link #encodedName(String)}. */
  CanonicalWriter name(byte[] encoded) {
    ensure(encoded.length + 1);
    int at = length;
    if (!first) {
      out[at++] = ',';
    }
    first = false;
    System.arraycopy(encoded, 0, out, at, encoded.length);
    length = at + encoded.length;
    return this;
  }

  /** A string member whose name was encoded by {@link #encodedName(String)}. */
  CanonicalWriter field(byte[] name, String value) {
    name(name);
    string(value);
    return this;
  }

  CanonicalWriter name(String name) {
    if (!first) {
      put(',');
    }
    first = false;
    string(name);
    put(':');
    return this;
  }

  CanonicalWriter field(String name, String value) {
    name(name);
    string(value);
    return this;
  }

  CanonicalWriter field(String name, long value) {
    name(name);
    number(value);
    return this;
  }

  /** A number member whose name was encoded by {@link #encodedName(String)}. */
  CanonicalWriter field(byte[] name, long value) {
    name(name);
    number(value);
    return this;
  }

  /** A member whose value is a plain decimal string of {@code minor} steps at {@code scale}. */
  CanonicalWriter decimal(String name, long minor, int scale) {
    return decimal(encodedName(name), minor, scale);
  }

  /** As {@link #decimal(String, long, int)}, the name encoded by {@link #encodedName(String)}. */
  CanonicalWriter decimal(byte[] name, long minor, int scale) {
    name(name);
    // a sign, 19 digits, a point, the fraction's digits and the quotes
    ensure(scale + 23);
    out[length] = '"';
    length = Digits.decimal(minor, scale, out, length + 1);
    out[length++] = '"';
    return this;
  }

  /** A member whose value is an ISO 8601 date, as {@link LocalDate#toString()} writes it. */
  CanonicalWriter date(String name, LocalDate date) {
    return date(encodedName(name), date);
  }

  /** As {@link #date(String, LocalDate)}, the name encoded by {@link #encodedName(String)}. */
  CanonicalWriter date(byte[] name, LocalDate date) {
    name(name);
    ensure(Digits.MAX_DATE);
    length = Digits.date(date, out, length);
    return this;
  }

  /** A member whose value is a hash as 64 lower-case hexadecimal digits. */
  CanonicalWriter hex(String name, byte[] hash) {
    name(name);
    return hexValue(hash);
  }

  /** As {@link #hex(String, byte[])}, the name encoded by {@link #encodedName(String)}. */
  CanonicalWriter hex(byte[] name, byte[] hash) {
    name(name);
    return hexValue(hash);
  }

  private CanonicalWriter hexValue(byte[] hash) {
    ensure(2 * hash.length + 2);
    out[length] = '"';
    length = hexDigits(hash, out, length + 1);
    out[length++] = '"';
    return this;
  }

  /** Writes a hash's hexadecimal digits at {@code at}, two from the table per byte. */
  private static int hexDigits(byte[] hash, byte[] o, int at) {
    int i = at;
    for (byte b : hash) {
      int pair = 2 * (b & 0xff);
      o[i] = HEX_PAIRS[pair];
      o[i + 1] = HEX_PAIRS[pair + 1];
      i += 2;
    }
    return i;
  }

  /**
   * Ends a journal line after its entry: {@code ,"index":N,"leaf":"<hex>"}} with room made once, as
   * {@code field("index", index).hex("leaf", leaf).end()} writes it.
   */
  CanonicalWriter endLine(long index, byte[] leaf) {
    if (index < 0) {
      return field(INDEX_NAME, index).hex(LEAF_NAME, leaf).end();
    }
    ensure(INDEX.length + 19 + LEAF.length + 2 * leaf.length + 2);
    byte[] o = out;
    int at = length;
    System.arraycopy(INDEX, 0, o, at, INDEX.length);
    at = Digits.write(index, Digits.count(index), o, at + INDEX.length);
    System.arraycopy(LEAF, 0, o, at, LEAF.length);
    at = hexDigits(leaf, o, at + LEAF.length);
    o[at] = '"';
    o[at + 1] = '}';
    length = at + 2;
    first = false;
    return this;
  }

  CanonicalWriter raw(String name, String json) {
    name(name);
    ascii(json);
    return this;
  }

  /** Appends bytes as they are (a journal line of the batch being written). */
  CanonicalWriter append(byte[] bytes) {
    ensure(bytes.length);
    System.arraycopy(bytes, 0, out, length, bytes.length);
    length += bytes.length;
    return this;
  }

  /** A member whose value is JSON given as UTF-8 bytes. */
  CanonicalWriter raw(String name, byte[] json, int offset, int count) {
    name(name);
    ensure(count);
    System.arraycopy(json, offset, out, length, count);
    length += count;
    return this;
  }

  CanonicalWriter beginArray(String name) {
    name(name);
    return beginArrayValue();
  }

  /** Starts an array as the value of the member just named. */
  CanonicalWriter beginArrayValue() {
    put('[');
    first = true;
    return this;
  }

  CanonicalWriter endArray() {
    put(']');
    first = false;
    return this;
  }

  /** Starts an object as an element of the open array. */
  CanonicalWriter beginElement() {
    if (!first) {
      put(',');
    }
    return begin();
  }

  CanonicalWriter element(String value) {
    if (!first) {
      put(',');
    }
    first = false;
    string(value);
    return this;
  }

  /**
   * Writes a number's digits in place, two at a time from the right (a negative one through {@link
   * Long#toString(long)}).
   */
  private void number(long value) {
    if (value < 0) {
      ascii(Long.toString(value));
      return;
    }
    int digits = Digits.count(value);
    ensure(digits);
    length = Digits.write(value, digits, out, length);
  }

  /**
   * Writes a string as JSON in UTF-8, as {@link String#getBytes} encodes it (an unpaired surrogate
   * as {@code ?}): its chars are copied in bulk into a reused array and written by {@link
   * JsonString} in parts of at most {@value #CHUNK} chars, each with room made once (ADR 0108, ADR
   * 0111).
   */
  private void string(String s) {
    int n = s.length();
    char[] cs = chars(n);
    if (n <= CHUNK) {
      ensure(JsonString.MAX_BYTES_PER_CHAR * n + 2);
      length = JsonString.quoted(s, cs, out, length);
      return;
    }
    s.getChars(0, n, cs, 0);
    put('"');
    int i = 0;
    while (i < n) {
      int to = Math.min(n, i + CHUNK);
      if (to < n && Character.isHighSurrogate(cs[to - 1]) && Character.isLowSurrogate(cs[to])) {
        to++; // a pair stays in one part
      }
      ensure(JsonString.MAX_BYTES_PER_CHAR * (to - i) + 1);
      length = JsonString.write(cs, i, to, out, length);
      i = to;
    }
    put('"');
  }

  private void ascii(String s) {
    int n = s.length();
    ensure(n);
    for (int i = 0; i < n; i++) {
      out[length++] = (byte) s.charAt(i);
    }
  }

  private void put(char c) {
    ensure(1);
    out[length++] = (byte) c;
  }

  /** A reused array of at least {@code n} chars, for the chars of a string being written. */
  char[] chars(int n) {
    if (chars.length < n) {
      chars = new char[Math.max(n, 2 * chars.length)];
    }
    return chars;
  }

  /**
   * Makes room for {@code more} bytes after the {@link #length()} written and returns the array to
   * write them in, from {@link #length()} on; {@link #wrote(int)} then says where they end.
   */
  byte[] room(int more) {
    ensure(more);
    return out;
  }

  /** Ends a value written into {@link #room(int)}: the bytes written now end at {@code end}. */
  CanonicalWriter wrote(int end) {
    length = end;
    first = false;
    return this;
  }

  /** The writer of transactions that writes this writer's ones, made when first asked for. */
  TransactionBytes transactions() {
    TransactionBytes t = transactions;
    if (t == null) {
      t = new TransactionBytes(this);
      transactions = t;
    }
    return t;
  }

  private void ensure(int more) {
    if (length + more > out.length) {
      out = Arrays.copyOf(out, Math.max(out.length * 2, length + more));
    }
  }

  /** The array the bytes are in, from 0 to {@link #length()}; valid until the next write. */
  byte[] array() {
    return out;
  }

  /** The number of bytes written. */
  int length() {
    return length;
  }

  String text() {
    return new String(out, 0, length, StandardCharsets.UTF_8);
  }

  byte[] bytes() {
    return Arrays.copyOf(out, length);
  }
}
