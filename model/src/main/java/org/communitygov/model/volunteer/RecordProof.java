package org.communitygov.model.volunteer;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.immutables.value.Value;

/**
 * The proof that a certified record is an entry of the organiser's hours ledger: the entry in its
 * canonical form, its index and leaf hash, and the RFC 6962 inclusion path (hex SHA-256 hashes).
 *
 * <p>With the tree head of its {@link VerificationDigest}, it is the inclusion proof that {@code
 * communitygov ledger check-proof} checks; the leaf hash is SHA-256(0x00 ‖ the entry's UTF-8
 * bytes).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRecordProof.class)
@JsonDeserialize(as = ImmutableRecordProof.class)
public abstract class RecordProof {
  /** A SHA-256 hash in lower-case hex. */
  static final String HASH = "^[0-9a-f]{64}$";

  RecordProof() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static ImmutableRecordProof.Builder builder() {
    return ImmutableRecordProof.builder();
  }

  /**
   * Returns the record, which is also the entry's id.
   *
   * @return the record, not null
   */
  public abstract ServiceRecordId record();

  /**
   * Returns the ledger entry of the record in its canonical JSON form.
   *
   * @return the entry, not null
   */
  @NotBlank
  @Size(max = 10_000)
  public abstract String entry();

  /**
   * Returns the entry's index in the ledger, from 0.
   *
   * @return the index, not negative
   */
  @PositiveOrZero
  public abstract long index();

  /**
   * Returns the entry's leaf hash in hex.
   *
   * @return the hash, not null
   */
  @Pattern(regexp = HASH)
  public abstract String leafHash();

  /**
   * Returns the inclusion path, from the leaf up, in hex.
   *
   * @return the hashes, not null
   */
  @Size(max = 64)
  public abstract List<@Pattern(regexp = HASH) String> path();
}
