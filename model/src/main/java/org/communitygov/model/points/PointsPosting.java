package org.communitygov.model.points;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import org.communitygov.model.common.Identifier;
import org.communitygov.model.common.InvalidValueException;
import org.immutables.value.Value;

/**
 * One posting of a points transaction: an account of the scheme's ledger ({@code issuance}, {@code
 * redemption}, {@code pool}, {@code donations} or {@code m:<member>}) and the amount it moves, in
 * the scheme's unit, negative for what leaves it.
 *
 * <p>Invariant: the account is an identifier ({@code pointsPosting.account}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePointsPosting.class)
@JsonDeserialize(as = ImmutablePointsPosting.class)
public abstract class PointsPosting {
  PointsPosting() {}

  /**
   * Obtains a posting.
   *
   * @param account the account, such as {@code m:HPL-V01}, not null
   * @param amount the amount in the scheme's unit, negative for what leaves the account, not null
   * @return the posting, not null
   * @throws InvalidValueException if the account is not an identifier
   */
  public static PointsPosting of(String account, BigDecimal amount) {
    return ImmutablePointsPosting.builder().account(account).amount(amount).build();
  }

  /**
   * Returns the account of the scheme's ledger.
   *
   * @return the account's id, not null
   */
  public abstract @Pattern(regexp = Identifier.PATTERN) String account();

  /**
   * Returns the amount moved, in the scheme's unit: negative for what leaves the account.
   *
   * @return the amount, not null
   */
  public abstract BigDecimal amount();

  @Value.Check
  void check() {
    if (!account().matches(Identifier.PATTERN)) {
      throw InvalidValueException.of(
          "pointsPosting", "account", "an account is an identifier of the scheme's ledger");
    }
  }
}
