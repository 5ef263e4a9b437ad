package org.communitygov.api.hsds;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The HSDS ids of exported objects: HSDS 3.0 wants every {@code id} to be a UUID, so each is a
 * name-based UUID (RFC 9562 version 5, SHA-1) of the object's kind and our id in the communitygov
 * namespace {@value #NAMESPACE}: the same object always gets the same id, in every export and on
 * every machine.
 *
 * <p>An id that already is a canonical lower-case UUID (as an HSDS import leaves it) is used as it
 * is, so an imported object keeps its HSDS id. See ADR 0061.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class HsdsIds {
  /** The namespace UUID of communitygov's name-based HSDS ids. */
  public static final String NAMESPACE = "f6101d2c-4add-4c1a-a0cc-bfe724024bc1";

  private static final Pattern CANONICAL =
      Pattern.compile("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");
  private static final byte[] NAMESPACE_BYTES = bytes(UUID.fromString(NAMESPACE));

  private HsdsIds() {}

  /**
   * Returns the HSDS id of an object: our id itself if it is a canonical lower-case UUID, else the
   * version 5 UUID of {@code kind + ":" + id}.
   *
   * @param kind the HSDS object kind, such as {@code service} or {@code cost_option}, not null
   * @param id our id of the object, or a path that names it uniquely under its kind, not null
   * @return the UUID in canonical lower-case form, not null
   * @throws NullPointerException if an argument is null
   */
  public static String of(String kind, String id) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    if (isUuid(id)) {
      return id;
    }
    return nameBased(kind + ":" + id).toString();
  }

  /**
   * Tells whether a text is a UUID in canonical lower-case form.
   *
   * @param text the text, not null
   * @return true for a canonical UUID
   */
  public static boolean isUuid(String text) {
    return CANONICAL.matcher(text).matches();
  }

  static UUID nameBased(String name) {
    MessageDigest sha1;
    try {
      sha1 = MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-1", e);
    }
    sha1.update(NAMESPACE_BYTES);
    byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
    hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
    hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
    ByteBuffer buffer = ByteBuffer.wrap(hash, 0, 16);
    return new UUID(buffer.getLong(), buffer.getLong());
  }

  private static byte[] bytes(UUID uuid) {
    return ByteBuffer.allocate(16)
        .putLong(uuid.getMostSignificantBits())
        .putLong(uuid.getLeastSignificantBits())
        .array();
  }
}
