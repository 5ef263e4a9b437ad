package org.communitygov.model.funding;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.common.Money;
import org.communitygov.model.household.PopulationGroup;
import org.communitygov.model.service.ServiceCategory;
import org.immutables.value.Value;

/**
 * A funding transaction as a community records it: a receipt, spend, transfer, release from
 * restriction, refund or contract payment, its fund and amount and what it is for. The rules decide
 * whether it may be posted, and post it as one ledger transaction.
 *
 * <p>Invariants ({@code fundingTransaction.*}): the id is of {@link #ID_PATTERN}; the amount is
 * positive; a transfer and a release name another fund; a spend names its category; a contract
 * payment names its contract and milestone. Whether a release has its authority, whether the
 * purpose matches a restriction, and all other questions of law are the rules'.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableFundingTransaction.class)
@JsonDeserialize(as = ImmutableFundingTransaction.class)
public abstract class FundingTransaction {
  /** The pattern of an id: it is the idempotency key of the ledger transaction. */
  public static final String ID_PATTERN = "^[A-Za-z0-9._-]{1,48}$";

  FundingTransaction() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static ImmutableFundingTransaction.Builder builder() {
    return ImmutableFundingTransaction.builder();
  }

  /**
   * Returns the id, unique in the community's funding.
   *
   * @return the id, not null
   */
  @Pattern(regexp = ID_PATTERN)
  public abstract String id();

  /**
   * Returns what the transaction does.
   *
   * @return the kind, not null
   */
  public abstract FundingKind kind();

  /**
   * Returns the date.
   *
   * @return the date, not null
   */
  public abstract LocalDate date();

  /**
   * Returns the fund the money is received into, or taken from.
   *
   * @return the fund, not null
   */
  public abstract FundId fund();

  /**
   * Returns the amount.
   *
   * @return the amount, positive, not null
   */
  public abstract Money amount();

  /**
   * Returns the fund a transfer or release moves the money to.
   *
   * @return the fund, not null
   */
  public abstract Optional<FundId> toFund();

  /**
   * Returns the service category a spend pays for.
   *
   * @return the category, not null
   */
  public abstract Optional<ServiceCategory> category();

  /**
   * Returns the project a spend belongs to.
   *
   * @return the project, not null
   */
  public abstract Optional<ProjectId> project();

  /**
   * Returns the population group a spend serves.
   *
   * @return the group, not null
   */
  public abstract Optional<PopulationGroup> group();

  /**
   * Returns the kind of cost a spend pays; a service when absent.
   *
   * @return the use, not null
   */
  public abstract Optional<SpendingUse> use();

  /**
   * Returns the contract a payment is made under.
   *
   * @return the contract, not null
   */
  public abstract Optional<ContractId> contract();

  /**
   * Returns the code of the milestone a contract payment is made against.
   *
   * @return the code, not null
   */
  public abstract Optional<@Pattern(regexp = Milestone.CODE_PATTERN) String> milestone();

  /**
   * Returns the authority of a release: the decision that allows it, such as 居民代表会议决议 2026-05.
   *
   * @return the authority, not null
   */
  public abstract Optional<@Size(max = 200) String> authority();

  /**
   * Returns the reason of a release.
   *
   * @return the reason, not null
   */
  public abstract Optional<@Size(max = 300) String> reason();

  /**
   * Tells whether it is a major matter (重大事项), disclosed at once.
   *
   * @return true if major; false by default
   */
  @Value.Default
  public boolean major() {
    return false;
  }

  /**
   * Returns a memo for people.
   *
   * @return the memo, not null
   */
  public abstract Optional<@Size(max = 300) String> memo();

  @Value.Check
  void check() {
    if (!id().matches(ID_PATTERN)) {
      throw InvalidValueException.of(
          "fundingTransaction", "id", "an id of 1 to 48 letters or digits");
    }
    if (!amount().isPositive()) {
      throw InvalidValueException.of("fundingTransaction", "amount", "the amount is positive");
    }
    boolean moves = kind() == FundingKind.TRANSFER || kind() == FundingKind.RELEASE;
    if (moves != toFund().isPresent() || toFund().filter(fund()::equals).isPresent()) {
      throw InvalidValueException.of(
          "fundingTransaction", "toFund", "a transfer or release, and only it, names another fund");
    }
    if (kind() == FundingKind.SPEND && category().isEmpty()) {
      throw InvalidValueException.of(
          "fundingTransaction", "category", "a spend names its category");
    }
    if ((kind() == FundingKind.CONTRACT_PAYMENT)
        != (contract().isPresent() && milestone().isPresent())) {
      throw InvalidValueException.of(
          "fundingTransaction",
          "contract",
          "a contract payment, and only it, names its contract and milestone");
    }
  }
}
