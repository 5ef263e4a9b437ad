package org.communitygov.model.funding;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.communitygov.model.common.DateRange;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.common.Money;
import org.communitygov.model.community.CommunityId;
import org.communitygov.model.service.ServiceCategory;
import org.communitygov.model.service.ServiceId;
import org.immutables.value.Value;

/**
 * A purchase-of-service contract (政府购买服务合同, 财政部令第102号): the buyer, the provider, the services
 * bought (ids of the service catalogue, or plain codes where the catalogue has none), the amount,
 * the term, the milestones that make the payment schedule, the fund and category it is paid from,
 * and the provider's performance evaluations.
 *
 * <p>Invariants ({@code purchaseContract.*}): a closed term; at least one service; at least one
 * milestone, codes unique, each due within the term; the payments of the schedule are in the
 * amount's currency and sum to the amount. Term limits, met milestones and payments are rules
 * ({@code org.communitygov.rules.funding}), not invariants.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutablePurchaseContract.class)
@JsonDeserialize(as = ImmutablePurchaseContract.class)
public abstract class PurchaseContract {
  PurchaseContract() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static ImmutablePurchaseContract.Builder builder() {
    return ImmutablePurchaseContract.builder();
  }

  /**
   * Returns the contract's id.
   *
   * @return the id, not null
   */
  public abstract ContractId id();

  /**
   * Returns the community served.
   *
   * @return the community, not null
   */
  public abstract CommunityId community();

  /**
   * Returns the buyer (购买主体).
   *
   * @return the buyer, not null
   */
  @Valid
  public abstract ContractParty buyer();

  /**
   * Returns the provider (承接主体).
   *
   * @return the provider, not null
   */
  @Valid
  public abstract ContractParty provider();

  /**
   * Returns the services bought, as ids of the service catalogue.
   *
   * @return the ids, not null
   */
  public abstract List<ServiceId> services();

  /**
   * Returns the services bought, as plain codes (where the catalogue has no entry).
   *
   * @return the codes, not null
   */
  public abstract List<@Pattern(regexp = "^[A-Za-z0-9._:-]{1,64}$") String> serviceCodes();

  /**
   * Returns the service category the contract's spending is disclosed under.
   *
   * @return the category, not null
   */
  public abstract ServiceCategory category();

  /**
   * Returns the fund the contract is paid from.
   *
   * @return the fund, not null
   */
  public abstract FundId fund();

  /**
   * Returns the project the contract belongs to, if any.
   *
   * @return the project, not null
   */
  public abstract Optional<ProjectId> project();

  /**
   * Returns the contract amount; payments never pass it.
   *
   * @return the amount, not null
   */
  public abstract Money amount();

  /**
   * Returns the term, first and last day.
   *
   * @return the term, closed, not null
   */
  public abstract DateRange term();

  /**
   * Tells whether the budget for the whole term is secured, which allows a longer term.
   *
   * @return true if secured; false by default
   */
  @Value.Default
  public boolean budgetSecured() {
    return false;
  }

  /**
   * Returns the milestones, which make the payment schedule.
   *
   * @return the milestones, not empty, not null
   */
  public abstract List<@Valid Milestone> milestones();

  /**
   * Returns the provider's performance evaluations, in the order made.
   *
   * @return the evaluations, not null
   */
  public abstract List<@Valid PerformanceEvaluation> evaluations();

  /**
   * Returns a milestone by its code.
   *
   * @param code the code, not null
   * @return the milestone, not null
   */
  public final Optional<Milestone> milestone(String code) {
    return milestones().stream().filter(m -> m.code().equals(code)).findFirst();
  }

  /**
   * Returns the latest performance evaluation made on or before a date.
   *
   * @param date the date, not null
   * @return the evaluation, not null
   */
  public final Optional<PerformanceEvaluation> evaluationOn(java.time.LocalDate date) {
    return evaluations().stream()
        .filter(e -> !e.date().isAfter(date))
        .reduce((a, b) -> b.date().isBefore(a.date()) ? a : b);
  }

  @Value.Check
  void check() {
    if (term().isOpenEnded()) {
      throw InvalidValueException.of("purchaseContract", "term", "a contract's term ends");
    }
    if (services().isEmpty() && serviceCodes().isEmpty()) {
      throw InvalidValueException.of(
          "purchaseContract", "services", "a contract buys at least one service");
    }
    if (milestones().isEmpty()) {
      throw InvalidValueException.of(
          "purchaseContract", "milestones", "a contract has a payment schedule");
    }
    Set<String> codes = new HashSet<>();
    Money sum = Money.zero(amount().currency());
    for (Milestone m : milestones()) {
      if (!codes.add(m.code())) {
        throw InvalidValueException.of(
            "purchaseContract", "milestones", "milestone codes are unique");
      }
      if (!term().contains(m.dueOn())) {
        throw InvalidValueException.of(
            "purchaseContract", "milestones", "a milestone is due within the term");
      }
      if (!m.payment().currency().equals(amount().currency())) {
        throw InvalidValueException.of(
            "purchaseContract", "schedule", "the schedule is in the amount's currency");
      }
      sum = sum.plus(m.payment());
    }
    if (sum.compareTo(amount()) != 0) {
      throw InvalidValueException.of(
          "purchaseContract", "schedule", "the schedule's payments sum to the amount");
    }
  }
}
