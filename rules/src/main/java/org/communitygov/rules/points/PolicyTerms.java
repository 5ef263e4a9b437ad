package org.communitygov.rules.points;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.communitygov.model.ledger.Amount;
import org.communitygov.model.points.Reward;
import org.communitygov.model.points.Scheme;
import org.communitygov.model.points.SchemePolicy;
import org.communitygov.rules.engine.Jurisdiction;
import org.communitygov.rules.engine.ParameterKey;
import org.communitygov.rules.engine.ParameterSet;
import org.communitygov.rules.engine.ResolvedParameter;
import org.jspecify.annotations.Nullable;

/**
 * The terms of one policy resolved for a date: each value with its source, ready for a step.
 *
 * <p>This class is immutable and thread-safe.
 */
final class PolicyTerms {
  private final Scheme scheme;
  private final SchemePolicy policy;
  private final ParameterSet set;
  private final Jurisdiction place;
  private final LocalDate date;
  final ResolvedParameter<BigDecimal> pointsPerHour;
  final Optional<ResolvedParameter<BigDecimal>> maxHours;
  final Optional<ResolvedParameter<BigDecimal>> referralBonus;
  final ResolvedParameter<Boolean> negativeVoids;
  final Optional<ResolvedParameter<String>> window;
  final ResolvedParameter<String> expiry;
  final Optional<ResolvedParameter<BigDecimal>> annualCap;
  final Optional<ResolvedParameter<BigDecimal>> storageCap;
  final ResolvedParameter<Boolean> transfer;
  final ResolvedParameter<Boolean> donation;
  final Optional<ResolvedParameter<Integer>> age;
  final Optional<ResolvedParameter<Integer>> hardshipAge;
  final ResolvedParameter<Boolean> groupDonated;
  final ResolvedParameter<Integer> negativeRating;

  /** The day a credit of this date expires by the policy, if it expires. */
  final Optional<LocalDate> creditsExpireOn;

  // The caps as amounts of the unit, made once (see annualCapAmount).
  private @Nullable Amount annualCapAmount;
  private @Nullable Amount storageCapAmount;

  // The date as memos write it, written once per date.
  private final String dateText;

  /** The policy's effective date as memos write it. */
  final String policyFromText;

  /** Nothing, in the scheme's unit: one instance for every accrual that credits or donates none. */
  final Amount zero;

  PolicyTerms(
      Scheme scheme, SchemePolicy policy, ParameterSet set, Jurisdiction place, LocalDate date) {
    this.scheme = scheme;
    this.policy = policy;
    this.set = set;
    this.place = place;
    this.date = date;
    pointsPerHour = find(PolicyParameters.POINTS_PER_HOUR).orElseThrow();
    maxHours = find(PolicyParameters.MAX_HOURS);
    referralBonus = find(PolicyParameters.REFERRAL_BONUS);
    negativeVoids = find(PolicyParameters.NEGATIVE_VOIDS).orElseThrow();
    window = find(PolicyParameters.WINDOW);
    expiry = find(PolicyParameters.EXPIRY).orElseThrow();
    annualCap = find(PolicyParameters.ANNUAL_CAP);
    storageCap = find(PolicyParameters.STORAGE_CAP);
    transfer = find(PolicyParameters.TRANSFER).orElseThrow();
    donation = find(PolicyParameters.DONATION).orElseThrow();
    age = find(PolicyParameters.AGE);
    hardshipAge = find(PolicyParameters.HARDSHIP_AGE);
    groupDonated = find(PolicyParameters.GROUP_DONATED).orElseThrow();
    negativeRating = find(PolicyParameters.NEGATIVE_RATING).orElseThrow();
    creditsExpireOn = policy.expiry().value().expiresOn(date);
    dateText = Texts.date(date);
    policyFromText = Texts.date(policy.effectiveFrom());
    zero = Amount.zero(scheme.unit());
  }

  /**
   * The annual cap as an amount of the scheme's unit, made when first asked for (a cap with more
   * decimals than the unit fails as {@link Amount#of} does, then).
   */
  Amount annualCapAmount() {
    Amount cap = annualCapAmount;
    if (cap == null) {
      cap = Amount.of(scheme.unit(), annualCap.orElseThrow().value());
      annualCapAmount = cap; // a race makes it twice, equal: amounts are immutable
    }
    return cap;
  }

  /** The storage cap as an amount of the scheme's unit, made when first asked for. */
  Amount storageCapAmount() {
    Amount cap = storageCapAmount;
    if (cap == null) {
      cap = Amount.of(scheme.unit(), storageCap.orElseThrow().value());
      storageCapAmount = cap;
    }
    return cap;
  }

  private <T> Optional<ResolvedParameter<T>> find(ParameterKey<T> key) {
    return set.find(key, place, date);
  }

  /** A date as memos write it ({@link Texts#date}): the terms' own date is written once. */
  String text(LocalDate day) {
    return day.equals(date) ? dateText : Texts.date(day);
  }

  Scheme scheme() {
    return scheme;
  }

  SchemePolicy policy() {
    return policy;
  }

  /** The price of a reward of the catalogue, with its source. */
  Optional<ResolvedParameter<BigDecimal>> price(String code) {
    return policy.reward(code).map(Reward::code).flatMap(c -> find(PolicyParameters.rewardKey(c)));
  }
}
