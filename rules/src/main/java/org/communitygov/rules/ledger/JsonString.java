package org.communitygov.rules.ledger;

/**
 * The body of a JSON string in UTF-8, for {@link CanonicalWriter}: the chars of a string written
 * into a byte array in place, each in one pass with local indices (ADR 0111). JSON's escapes only
 * where RFC 8785 needs them ({@code "}, {@code \}, the controls below U+0020, {@code \b \f \n \r
 * \t} short, the others as {@code \}{@code u00xx}); U+007F, U+2028 and U+2029 as they are; a pair
 * of surrogates as its code point's four bytes and an unpaired surrogate as {@code ?}, as {@link
 * String#getBytes(java.nio.charset.Charset)} encodes it.
 */
final class JsonString {
  /** The most bytes one char takes: a control char as {@code \}{@code u00xx}. */
  static final int MAX_BYTES_PER_CHAR = 6;

  private static final byte[] HEX = {
    '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'
  };

  private JsonString() {}

  /**
   * Writes the chars {@code cs[from, to)} at {@code at} of {@code out}, which has room for {@link
   * #MAX_BYTES_PER_CHAR} bytes per char; returns the index after them. A high surrogate at {@code
   * to - 1} is written as unpaired: a caller that splits a string keeps a pair in one part.
   */
  static int write(char[] cs, int from, int to, byte[] out, int at) {
    int i = from;
    int o = at;
    while (i < to) {
      char c = cs[i++];
      if (c < 0x80) {
        if (c >= 0x20 && c != '"' && c != '\\') {
          out[o++] = (byte) c;
        } else {
          o = escape(c, out, o);
        }
      } else if (c < 0x800) {
        out[o] = (byte) (0xc0 | c >> 6);
        out[o + 1] = (byte) (0x80 | c & 0x3f);
        o += 2;
      } else if (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE) {
        out[o] = (byte) (0xe0 | c >> 12);
        out[o + 1] = (byte) (0x80 | c >> 6 & 0x3f);
        out[o + 2] = (byte) (0x80 | c & 0x3f);
        o += 3;
      } else if (c <= Character.MAX_HIGH_SURROGATE && i < to && Character.isLowSurrogate(cs[i])) {
        int cp = Character.toCodePoint(c, cs[i++]);
        out[o] = (byte) (0xf0 | cp >> 18);
        out[o + 1] = (byte) (0x80 | cp >> 12 & 0x3f);
        out[o + 2] = (byte) (0x80 | cp >> 6 & 0x3f);
        out[o + 3] = (byte) (0x80 | cp & 0x3f);
        o += 4;
      } else {
        out[o++] = '?';
      }
    }
    return o;
  }

  /**
   * Writes a whole string in quotes at {@code at} of {@code out}, which has room for {@link
   * #MAX_BYTES_PER_CHAR} bytes per char and two; returns the index after the closing quote. {@code
   * cs} holds at least the string's chars, and is written over.
   */
  static int quoted(String s, char[] cs, byte[] out, int at) {
    int n = s.length();
    s.getChars(0, n, cs, 0);
    out[at] = '"';
    int o = write(cs, 0, n, out, at + 1);
    out[o] = '"';
    return o + 1;
  }

  /**
   * Writes the value of an {@link org.communitygov.model.common.Identifier} in quotes at {@code at}
   * of {@code out}, which has room for it and two; returns the index after the closing quote. A
   * value is 1 to 64 ASCII letters, digits, dots, underscores, colons and hyphens ({@code
   * Identifier.PATTERN}, checked when it is made), none of which JSON escapes: its chars are its
   * UTF-8 bytes, copied in bulk without a look at each (ADR 0117).
   */
  @SuppressWarnings("deprecation") // the chars' low bytes: for ASCII chars, their bytes
  static int identifier(String value, byte[] out, int at) {
    int n = value.length();
    out[at] = '"';
    value.getBytes(0, n, out, at + 1);
    out[at + 1 + n] = '"';
    return at + n + 2;
  }

  /** Writes the escape of a control char, a quote or a backslash; returns the index after it. */
  private static int escape(char c, byte[] out, int at) {
    out[at] = '\\';
    byte shortForm =
        switch (c) {
          case '"' -> '"';
          case '\\' -> '\\';
          case '\b' -> 'b';
          case '\f' -> 'f';
          case '\n' -> 'n';
          case '\r' -> 'r';
          case '\t' -> 't';
          default -> 0;
        };
    if (shortForm != 0) {
      out[at + 1] = shortForm;
      return at + 2;
    }
    out[at + 1] = 'u';
    out[at + 2] = '0';
    out[at + 3] = '0';
    out[at + 4] = HEX[c >> 4];
    out[at + 5] = HEX[c & 0xf];
    return at + 6;
  }
}
