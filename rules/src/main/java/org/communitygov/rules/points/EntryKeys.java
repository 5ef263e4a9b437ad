package org.communitygov.rules.points;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.communitygov.model.ledger.EntryId;

/**
 * The ids (idempotency keys) of the points transactions: {@code <prefix>:<request>} as is, or, when
 * that is longer than an id may be, the prefix and the first 40 hex digits of its SHA-256.
 */
final class EntryKeys {
  private static final int MAX = 64;

  private EntryKeys() {}

  static EntryId of(String key) {
    if (key.length() <= MAX) {
      return EntryId.of(key);
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      String prefix = key.substring(0, key.indexOf(':') + 1);
      return EntryId.of(prefix + HexFormat.of().formatHex(digest).substring(0, 40));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is in every JDK", e);
    }
  }
}
