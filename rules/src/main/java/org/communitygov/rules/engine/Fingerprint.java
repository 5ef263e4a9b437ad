package org.communitygov.rules.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** SHA-256 fingerprints of the canonical text of parameter values. */
final class Fingerprint {
  private Fingerprint() {}

  /** Returns the lowercase hex SHA-256 of the sorted lines joined by {@code \n}. */
  static String of(List<String> canonicalLines) {
    String text = String.join("\n", canonicalLines.stream().sorted().toList());
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
