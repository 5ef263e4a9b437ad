package org.communitygov.rules.engine;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * SHA-256 fingerprints and digests over an unambiguous canonical encoding (ADR 0047).
 *
 * <p>The encoding of a value: a text is the decimal length of its UTF-8 bytes, {@code :}, and the
 * bytes ({@code "abc"} is {@code 3:abc}); an absent value is {@code -}; a list is {@code (}, the
 * encodings of its elements, and {@code )}. No encoding is a prefix of another, so two different
 * values never share one. Parameter lines are made of fields with {@code \} and {@code |} escaped
 * by a backslash and joined by {@code |}, so that a line, too, tells its fields apart.
 */
final class Fingerprint {
  private static final HexFormat HEX = HexFormat.of();

  private Fingerprint() {}

  /** Returns the lowercase hex SHA-256 of the encoding of the sorted lines, as a list of texts. */
  static String of(List<String> canonicalLines) {
    return sha256(canonicalLines.stream().sorted().toList());
  }

  /**
   * Returns the lowercase hex SHA-256 of the encoding of a value: a {@link String}, an {@link
   * Optional} of a value, or a {@link List} of values.
   */
  static String sha256(Object value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    encode(value, out);
    try {
      return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(out.toByteArray()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static void encode(Object value, ByteArrayOutputStream out) {
    if (value instanceof String text) {
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      out.writeBytes((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
      out.writeBytes(bytes);
    } else if (value instanceof Optional<?> optional) {
      if (optional.isPresent()) {
        encode(optional.get(), out);
      } else {
        out.write('-');
      }
    } else if (value instanceof List<?> list) {
      out.write('(');
      list.forEach(element -> encode(element, out));
      out.write(')');
    } else {
      throw new IllegalArgumentException("no canonical encoding for " + value.getClass());
    }
  }

  /** Joins fields into a line with {@code |}, escaping {@code \} and {@code |} in each. */
  static String line(String... fields) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < fields.length; i++) {
      line.append(i == 0 ? "" : "|").append(fields[i].replace("\\", "\\\\").replace("|", "\\|"));
    }
    return line.toString();
  }
}
