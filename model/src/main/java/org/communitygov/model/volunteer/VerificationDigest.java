package org.communitygov.model.volunteer;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.communitygov.model.common.InvalidValueException;
import org.immutables.value.Value;

/**
 * The verification digest of a certificate: the tree head of the organiser's hours ledger (size,
 * root hash, time) and, for each certified record, its entry and inclusion proof, so a receiving
 * school or employer can check the certificate without trusting the sender — only the published
 * head.
 *
 * <p>Invariant: every proof's index is inside the tree ({@code verificationDigest.index}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVerificationDigest.class)
@JsonDeserialize(as = ImmutableVerificationDigest.class)
public abstract class VerificationDigest {
  VerificationDigest() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static ImmutableVerificationDigest.Builder builder() {
    return ImmutableVerificationDigest.builder();
  }

  /**
   * Returns the id of the ledger the records are entries of.
   *
   * @return the ledger id, not null
   */
  @NotBlank
  @Size(max = 64)
  public abstract String ledger();

  /**
   * Returns the number of entries of the tree head.
   *
   * @return the size, positive
   */
  @Positive
  public abstract long treeSize();

  /**
   * Returns the root hash of the tree head, in hex.
   *
   * @return the hash, not null
   */
  @Pattern(regexp = RecordProof.HASH)
  public abstract String rootHash();

  /**
   * Returns the time of the tree head.
   *
   * @return the time, not null
   */
  public abstract Instant headTime();

  /**
   * Returns the proofs of the certified records, in the certificate's order.
   *
   * @return the proofs, not null
   */
  @Size(max = 10_000)
  public abstract List<@Valid RecordProof> proofs();

  @Value.Check
  void check() {
    for (RecordProof proof : proofs()) {
      if (proof.index() >= treeSize()) {
        throw InvalidValueException.of(
            "verificationDigest", "index", "a proof's index is inside the tree");
      }
    }
  }
}
