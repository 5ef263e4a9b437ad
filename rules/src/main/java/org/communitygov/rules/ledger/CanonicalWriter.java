package org.communitygov.rules.ledger;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Writes canonical JSON (RFC 8785 for the values entries have): no white space, members in the
 * order the caller gives (which must be the sorted order of their names), strings with only the
 * escapes JSON requires.
 *
 * <p>It writes UTF-8 bytes straight into one growable array, which {@link #reset()} empties for the
 * next entry, so that a ledger encodes, hashes and frames an entry without building a string.
 */
final class CanonicalWriter {
  private static final byte[] DIGITS = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  private byte[] out = new byte[256];
  private int length;
  private boolean first = true;

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
    if (!first) {
      put(',');
    }
    first = false;
    ensure(encoded.length);
    System.arraycopy(encoded, 0, out, length, encoded.length);
    length += encoded.length;
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
    put('"');
    if (minor < 0) {
      put('-');
    }
    long abs = Math.abs(minor);
    long power = 1;
    for (int i = 0; i < scale; i++) {
      power *= 10;
    }
    number(abs / power);
    if (scale > 0) {
      put('.');
      long fraction = abs % power;
      ensure(scale);
      for (int i = scale - 1; i >= 0; i--) {
        out[length + i] = (byte) ('0' + fraction % 10);
        fraction /= 10;
      }
      length += scale;
    }
    put('"');
    return this;
  }

  /** A member whose value is an ISO 8601 date, as {@link LocalDate#toString()} writes it. */
  CanonicalWriter date(String name, LocalDate date) {
    return date(encodedName(name), date);
  }

  /** As {@link #date(String, LocalDate)}, the name encoded by {@link #encodedName(String)}. */
  CanonicalWriter date(byte[] name, LocalDate date) {
    int year = date.getYear();
    if (year < 1000 || year > 9999) {
      return field(name, date.toString());
    }
    name(name);
    ensure(12);
    out[length++] = '"';
    length = fixed(year, 4, length);
    out[length++] = '-';
    length = fixed(date.getMonthValue(), 2, length);
    out[length++] = '-';
    length = fixed(date.getDayOfMonth(), 2, length);
    out[length++] = '"';
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
    out[length++] = '"';
    for (byte b : hash) {
      out[length++] = DIGITS[(b >> 4) & 0xf];
      out[length++] = DIGITS[b & 0xf];
    }
    out[length++] = '"';
    return this;
  }

  private int fixed(int value, int digits, int at) {
    for (int i = digits - 1; i >= 0; i--) {
      out[at + i] = (byte) ('0' + value % 10);
      value /= 10;
    }
    return at + digits;
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

  /** Writes a number's digits in place (a negative one through {@link Long#toString(long)}). */
  private void number(long value) {
    if (value < 0) {
      ascii(Long.toString(value));
      return;
    }
    int digits = 1;
    for (long rest = value / 10; rest > 0; rest /= 10) {
      digits++;
    }
    ensure(digits);
    long rest = value;
    for (int i = length + digits - 1; i >= length; i--) {
      out[i] = (byte) ('0' + rest % 10);
      rest /= 10;
    }
    length += digits;
  }

  /**
   * Writes a string: its UTF-8 bytes as {@link String#getBytes} makes them (an unpaired surrogate
   * as {@code ?}), copied in bulk up to the first byte JSON requires escaped. Every byte of a
   * character beyond ASCII is 0x80 or more, so the escapes, all ASCII, are found byte by byte.
   */
  private void string(String s) {
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    int n = utf8.length;
    int plain = 0;
    while (plain < n && !escaped(utf8[plain])) {
      plain++;
    }
    ensure(n + 2);
    out[length++] = '"';
    System.arraycopy(utf8, 0, out, length, plain);
    length += plain;
    for (int i = plain; i < n; i++) {
      byte b = utf8[i];
      if (escaped(b)) {
        escape(b);
        ensure(n - i + 1);
      } else {
        out[length++] = b;
      }
    }
    out[length++] = '"';
  }

  /** Tells whether a byte of UTF-8 is an ASCII character JSON requires escaped. */
  private static boolean escaped(byte b) {
    return b >= 0 && (b < 0x20 || b == '"' || b == '\\');
  }

  /** Writes the escape of a control character, a quote or a backslash. */
  private void escape(byte b) {
    ensure(6);
    out[length++] = '\\';
    switch (b) {
      case '"' -> out[length++] = '"';
      case '\\' -> out[length++] = '\\';
      case '\b' -> out[length++] = 'b';
      case '\f' -> out[length++] = 'f';
      case '\n' -> out[length++] = 'n';
      case '\r' -> out[length++] = 'r';
      case '\t' -> out[length++] = 't';
      default -> {
        out[length++] = 'u';
        out[length++] = '0';
        out[length++] = '0';
        out[length++] = DIGITS[b >> 4];
        out[length++] = DIGITS[b & 0xf];
      }
    }
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
