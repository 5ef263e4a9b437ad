package org.communitygov.model.points;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.communitygov.model.common.InvalidValueException;
import org.immutables.value.Value;

/**
 * The policy of a scheme from a date on: every value a {@linkplain PolicyTerm term} with its source
 * and confidence. A policy replaces the one before it whole; an optional term that is absent means
 * "no such limit" (or "no bonus").
 *
 * <p>Amounts ({@linkplain #referralBonus() bonuses}, {@linkplain #annualCap() caps}, {@linkplain
 * #rewards() prices}) are in the scheme's unit: points, or hours of a time bank; {@link
 * #maxHoursPerActivity()} is in hours of service.
 *
 * <p>Invariants checked when it is built: an effective date (a policy without one is refused by the
 * builder, naming {@code effectiveFrom}); points per hour, caps and bonuses positive; ages 0 to
 * 130, the hardship age only with a redemption age and not above it; reward codes unique.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSchemePolicy.class)
@JsonDeserialize(as = ImmutableSchemePolicy.class)
public abstract class SchemePolicy {
  SchemePolicy() {}

  /**
   * Returns a builder.
   *
   * @return the builder, not null
   */
  public static ImmutableSchemePolicy.Builder builder() {
    return ImmutableSchemePolicy.builder();
  }

  /**
   * Returns the first day the policy applies (to activities and requests on or after it).
   *
   * @return the date, not null
   */
  public abstract LocalDate effectiveFrom();

  /**
   * Returns the points (or time-bank hours) credited per counted hour of service (海林: 1; 上海: 1 hour
   * = 1 时间币).
   *
   * @return the term, not null
   */
  public abstract PolicyTerm<BigDecimal> pointsPerHour();

  /**
   * Returns the most hours of one activity that count (海林: 2).
   *
   * @return the term, or empty for no limit
   */
  public abstract Optional<PolicyTerm<BigDecimal>> maxHoursPerActivity();

  /**
   * Returns the bonus for referring a new registered volunteer (海林: 2 points).
   *
   * @return the term, or empty for no bonus
   */
  public abstract Optional<PolicyTerm<BigDecimal>> referralBonus();

  /**
   * Returns whether a complaint or negative evaluation sets that activity's hours to zero (海林).
   *
   * @return the term, not null
   */
  public abstract PolicyTerm<Boolean> negativeEvaluationVoids();

  /**
   * Returns the highest rating (of 1 to 5) that is a negative evaluation of the service rated: 2
   * makes 1 and 2 negative, 0 none. Without it the points rules use 2, their own unconfirmed
   * default (ADR 0096).
   *
   * @return the term, or empty for the default
   * @since 0.1.0
   */
  public abstract Optional<PolicyTerm<Integer>> negativeRatingMax();

  /**
   * Returns when members may redeem (海林: once a quarter).
   *
   * @return the term, or empty for any day, any number of times
   */
  public abstract Optional<PolicyTerm<RedemptionWindow>> redemptionWindow();

  /**
   * Returns the catalogue: what a number of points buys (漯河: silver card 50, gold card 100).
   *
   * @return the rewards, not null
   */
  public abstract List<@Valid Reward> rewards();

  /**
   * Returns when credits expire.
   *
   * @return the term, not null
   */
  public abstract PolicyTerm<Expiry> expiry();

  /**
   * Returns the most a member may be credited for activities in one calendar year; the rest of an
   * activity's value is not credited.
   *
   * @return the term, or empty for no limit
   */
  public abstract Optional<PolicyTerm<BigDecimal>> annualCap();

  /**
   * Returns the most a member's account may hold; what an activity would credit above it goes to
   * the scheme's donation account (南京: 1,500 hours).
   *
   * @return the term, or empty for no limit
   */
  public abstract Optional<PolicyTerm<BigDecimal>> storageCap();

  /**
   * Returns whether members may transfer to relatives or friends who are members (上海).
   *
   * @return the term, not null
   */
  public abstract PolicyTerm<Boolean> transferAllowed();

  /**
   * Returns whether members may donate to the community pool or to named hardship elders (上海).
   *
   * @return the term, not null
   */
  public abstract PolicyTerm<Boolean> donationAllowed();

  /**
   * Returns the age from which a member may redeem (上海: 65).
   *
   * @return the term, or empty for any age
   */
  public abstract Optional<PolicyTerm<Integer>> redemptionAge();

  /**
   * Returns the age from which a member in hardship may redeem (上海: 60).
   *
   * @return the term, or empty when hardship changes nothing
   */
  public abstract Optional<PolicyTerm<Integer>> hardshipRedemptionAge();

  /**
   * Returns whether hours served as a group can only be donated (南京): they go to the donation
   * account, never to a member.
   *
   * @return the term, not null
   */
  public abstract PolicyTerm<Boolean> groupHoursDonatedOnly();

  /**
   * Returns the reward with a code.
   *
   * @param code the code, not null
   * @return the reward, or empty if the catalogue has none
   */
  public Optional<Reward> reward(String code) {
    return rewards().stream().filter(r -> r.code().equals(code)).findFirst();
  }

  @Value.Check
  void check() {
    positive("pointsPerHour", Optional.of(pointsPerHour()));
    positive("maxHoursPerActivity", maxHoursPerActivity());
    positive("referralBonus", referralBonus());
    positive("annualCap", annualCap());
    positive("storageCap", storageCap());
    age("redemptionAge", redemptionAge());
    age("hardshipRedemptionAge", hardshipRedemptionAge());
    if (negativeRatingMax().filter(t -> t.value() < 0 || t.value() > 5).isPresent()) {
      throw InvalidValueException.of(
          "schemePolicy", "negativeRatingMax", "negativeRatingMax is a rating, 0 to 5");
    }
    if (hardshipRedemptionAge().isPresent()
        && (redemptionAge().isEmpty()
            || hardshipRedemptionAge().get().value() > redemptionAge().get().value())) {
      throw InvalidValueException.of(
          "schemePolicy",
          "hardshipRedemptionAge",
          "a hardship age comes with a redemption age and is not above it");
    }
    Set<String> codes = new HashSet<>();
    for (Reward reward : rewards()) {
      if (!codes.add(reward.code())) {
        throw InvalidValueException.of(
            "schemePolicy", "rewards", "reward " + reward.code() + " repeats");
      }
    }
  }

  private static void positive(String name, Optional<PolicyTerm<BigDecimal>> term) {
    if (term.filter(t -> t.value().signum() <= 0).isPresent()) {
      throw InvalidValueException.of("schemePolicy", name, name + " is positive");
    }
  }

  private static void age(String name, Optional<PolicyTerm<Integer>> term) {
    if (term.filter(t -> t.value() < 0 || t.value() > 130).isPresent()) {
      throw InvalidValueException.of("schemePolicy", name, name + " is 0 to 130");
    }
  }
}
