package org.communitygov.model.points;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communitygov.model.common.InvalidValueException;
import org.immutables.value.Value;

/**
 * A points transaction as it travels between systems (积分流水): one movement of a scheme's ledger — an
 * accrual, bonus, redemption, transfer, donation or expiry — with the policy that produced it, the
 * record or request it comes from and its reason.
 *
 * <p>The policy is named by its scheme and its effective date: a receiver holding the scheme checks
 * that the policy exists and was in force on the transaction's date.
 *
 * <p>Invariants: at least two postings ({@code pointsTransaction.postings}) that sum to zero
 * ({@code pointsTransaction.unbalanced}); the policy is effective on or before the date ({@code
 * pointsTransaction.policyAfterDate}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutablePointsTransaction.class)
@JsonDeserialize(as = ImmutablePointsTransaction.class)
public abstract class PointsTransaction {
  PointsTransaction() {}

  /**
   * Returns a builder.
   *
   * @return the builder, not null
   */
  public static ImmutablePointsTransaction.Builder builder() {
    return ImmutablePointsTransaction.builder();
  }

  /**
   * Returns the transaction's id on the scheme's ledger, its idempotency key.
   *
   * @return the id, not null
   */
  public abstract TransactionId id();

  /**
   * Returns the scheme whose ledger holds it.
   *
   * @return the scheme's id, not null
   */
  public abstract SchemeId scheme();

  /**
   * Returns the movement.
   *
   * @return the kind, not null
   */
  public abstract TransactionKind kind();

  /**
   * Returns the date the value moves on: the date of the record or request.
   *
   * @return the date, not null
   */
  public abstract LocalDate date();

  /**
   * Returns the effective date of the scheme's policy that produced it, which names that policy.
   *
   * @return the date, on or before {@link #date()}, not null
   */
  public abstract LocalDate policy();

  /**
   * Returns the service record, referral or request it comes from, if one.
   *
   * @return the id, not null
   */
  public abstract Optional<@Size(max = 64) String> source();

  /**
   * Returns why it was posted, in words: the explanation's summary.
   *
   * @return the reason, not null
   */
  @NotBlank
  @Size(max = 500)
  public abstract String reason();

  /**
   * Returns the postings, in the order posted.
   *
   * @return the postings, at least two, not null
   */
  public abstract List<@Valid PointsPosting> postings();

  @Value.Check
  void check() {
    if (postings().size() < 2) {
      throw invalid("postings", "a transaction has at least two postings", "/postings");
    }
    BigDecimal sum =
        postings().stream().map(PointsPosting::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (sum.signum() != 0) {
      throw invalid("unbalanced", "the postings of a transaction sum to zero", "/postings");
    }
    if (policy().isAfter(date())) {
      throw invalid(
          "policyAfterDate", "the policy is effective on or before the transaction", "/policy");
    }
  }

  private InvalidValueException invalid(String rule, String message, String pointer) {
    return InvalidValueException.of(
        "pointsTransaction",
        rule,
        message,
        pointer,
        Map.of(
            "transaction", id().value(), "date", date().toString(), "policy", policy().toString()));
  }
}
