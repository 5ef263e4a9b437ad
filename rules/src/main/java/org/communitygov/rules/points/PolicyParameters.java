package org.communitygov.rules.points;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.communitygov.model.common.LocalizedName;
import org.communitygov.model.points.Expiry;
import org.communitygov.model.points.PolicyConfidence;
import org.communitygov.model.points.PolicySource;
import org.communitygov.model.points.PolicyTerm;
import org.communitygov.model.points.RedemptionWindow;
import org.communitygov.model.points.Reward;
import org.communitygov.model.points.Scheme;
import org.communitygov.model.points.SchemePolicy;
import org.communitygov.rules.engine.Confidence;
import org.communitygov.rules.engine.DatedValue;
import org.communitygov.rules.engine.Jurisdiction;
import org.communitygov.rules.engine.LegalReference;
import org.communitygov.rules.engine.LocalizedText;
import org.communitygov.rules.engine.ParameterDefinition;
import org.communitygov.rules.engine.ParameterKey;
import org.communitygov.rules.engine.ParameterSet;
import org.jspecify.annotations.Nullable;

/**
 * A scheme's policies as engine parameters: one {@link ParameterSet} per policy, its terms dated
 * from the policy's effective date in the scheme's division, the scheme's name as the place, so
 * that explanations cite each value with its source and confidence. A policy replaces the one
 * before it whole, so a term absent from a policy is absent, not inherited.
 *
 * <p>This class is immutable and thread-safe.
 */
final class PolicyParameters {
  static final ParameterKey<BigDecimal> POINTS_PER_HOUR = ParameterKey.decimal("points.perHour");
  static final ParameterKey<BigDecimal> MAX_HOURS =
      ParameterKey.decimal("points.maxHoursPerActivity");
  static final ParameterKey<BigDecimal> REFERRAL_BONUS =
      ParameterKey.decimal("points.referralBonus");
  static final ParameterKey<Boolean> NEGATIVE_VOIDS =
      ParameterKey.bool("points.negativeEvaluationVoids");
  static final ParameterKey<String> WINDOW = ParameterKey.code("points.redemptionWindow");
  static final ParameterKey<String> EXPIRY = ParameterKey.code("points.expiry");
  static final ParameterKey<BigDecimal> ANNUAL_CAP = ParameterKey.decimal("points.annualCap");
  static final ParameterKey<BigDecimal> STORAGE_CAP = ParameterKey.decimal("points.storageCap");
  static final ParameterKey<Boolean> TRANSFER = ParameterKey.bool("points.transferAllowed");
  static final ParameterKey<Boolean> DONATION = ParameterKey.bool("points.donationAllowed");
  static final ParameterKey<Integer> AGE = ParameterKey.integer("points.redemptionAge");
  static final ParameterKey<Integer> HARDSHIP_AGE =
      ParameterKey.integer("points.hardshipRedemptionAge");
  static final ParameterKey<Boolean> GROUP_DONATED =
      ParameterKey.bool("points.groupHoursDonatedOnly");
  static final ParameterKey<Integer> NEGATIVE_RATING =
      ParameterKey.integer("points.negativeRatingMax");

  /**
   * The highest negative rating where a policy states none: the library's own reading of local
   * practice (a rating of 1 or 2 of 5 is 差评), not found in any regulation (ADR 0046, ADR 0096).
   */
  static final PolicyTerm<Integer> DEFAULT_NEGATIVE_RATING =
      PolicyTerm.of(
          2,
          PolicySource.of("communitygov 默认：五分制评价1–2分视为差评（各地做法，未见规定）", PolicyConfidence.UNCONFIRMED)
              .withArticle("ADR 0096"));

  private final Scheme scheme;
  private final Jurisdiction place;
  private final List<ParameterSet> sets = new ArrayList<>();
  private final Map<LocalDate, Optional<PolicyTerms>> terms = new ConcurrentHashMap<>();
  // The date asked last and its terms: a book's records come in date order, so most calls ask for
  // the date asked before, and one volatile read answers them.
  private volatile @Nullable Resolved last;

  /** A date's terms, as found once. */
  private record Resolved(LocalDate date, Optional<PolicyTerms> terms) {}

  private PolicyParameters(Scheme scheme) {
    this.scheme = scheme;
    this.place = Jurisdiction.of(scheme.division());
    String unit = scheme.unit().code();
    for (SchemePolicy policy : scheme.policies()) {
      ParameterSet set = definitions(unit).withPlaceName(place, text(scheme.name()));
      set = with(set, POINTS_PER_HOUR, policy, Optional.of(policy.pointsPerHour()));
      set = with(set, MAX_HOURS, policy, policy.maxHoursPerActivity());
      set = with(set, REFERRAL_BONUS, policy, policy.referralBonus());
      set = with(set, NEGATIVE_VOIDS, policy, Optional.of(policy.negativeEvaluationVoids()));
      set = with(set, WINDOW, policy, policy.redemptionWindow().map(PolicyParameters::window));
      set = with(set, EXPIRY, policy, Optional.of(expiry(policy.expiry())));
      set = with(set, ANNUAL_CAP, policy, policy.annualCap());
      set = with(set, STORAGE_CAP, policy, policy.storageCap());
      set = with(set, TRANSFER, policy, Optional.of(policy.transferAllowed()));
      set = with(set, DONATION, policy, Optional.of(policy.donationAllowed()));
      set = with(set, AGE, policy, policy.redemptionAge());
      set = with(set, HARDSHIP_AGE, policy, policy.hardshipRedemptionAge());
      set = with(set, GROUP_DONATED, policy, Optional.of(policy.groupHoursDonatedOnly()));
      set =
          with(
              set,
              NEGATIVE_RATING,
              policy,
              Optional.of(policy.negativeRatingMax().orElse(DEFAULT_NEGATIVE_RATING)));
      for (Reward reward : policy.rewards()) {
        ParameterKey<BigDecimal> key = rewardKey(reward.code());
        set =
            set.withDefinition(
                ParameterDefinition.of(
                    key,
                    unit,
                    LocalizedText.of(
                        reward.name().zh() + "所需",
                        "price of " + reward.name().en().orElse(reward.name().zh())),
                    LocalizedText.of("兑换该项所需", "what the reward costs")));
        set = with(set, key, policy, Optional.of(reward.price()));
      }
      sets.add(set);
    }
  }

  static PolicyParameters of(Scheme scheme) {
    return new PolicyParameters(scheme);
  }

  Scheme scheme() {
    return scheme;
  }

  /** The terms of the policy in force on a date, resolved for that date; empty before the first. */
  Optional<PolicyTerms> on(LocalDate date) {
    Resolved resolved = last;
    if (resolved != null && resolved.date.equals(date)) {
      return resolved.terms;
    }
    Optional<PolicyTerms> found = terms.computeIfAbsent(date, this::resolve);
    last = new Resolved(date, found);
    return found;
  }

  private Optional<PolicyTerms> resolve(LocalDate date) {
    List<SchemePolicy> policies = scheme.policies();
    for (int i = policies.size() - 1; i >= 0; i--) {
      if (!policies.get(i).effectiveFrom().isAfter(date)) {
        return Optional.of(new PolicyTerms(scheme, policies.get(i), sets.get(i), place, date));
      }
    }
    return Optional.empty();
  }

  static ParameterKey<BigDecimal> rewardKey(String code) {
    StringBuilder id = new StringBuilder("points.reward.");
    boolean upper = false;
    for (char c : code.toLowerCase(Locale.ROOT).toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        id.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return ParameterKey.decimal(id.toString());
  }

  private <T> ParameterSet with(
      ParameterSet set, ParameterKey<T> key, SchemePolicy policy, Optional<PolicyTerm<T>> term) {
    if (term.isEmpty()) {
      return set;
    }
    PolicySource source = term.get().source();
    LegalReference reference =
        LegalReference.of(LocalizedText.of(source.document(), source.document()));
    if (source.article().isPresent()) {
      String article = source.article().get();
      reference = reference.withArticle(LocalizedText.of(article, article));
    }
    if (source.url().isPresent()) {
      reference = reference.withUrl(source.url().get());
    }
    return set.withValue(
        key,
        place,
        DatedValue.of(
            term.get().value(),
            policy.effectiveFrom(),
            reference,
            Confidence.valueOf(source.confidence().name())));
  }

  private static PolicyTerm<String> window(PolicyTerm<RedemptionWindow> term) {
    RedemptionWindow w = term.value();
    String code = w.period().name() + w.openDays().map(d -> ":" + d).orElse("");
    return PolicyTerm.of(code, term.source());
  }

  private static PolicyTerm<String> expiry(PolicyTerm<Expiry> term) {
    Expiry e = term.value();
    String code =
        e.kind().name()
            + e.months().map(m -> ":" + m).orElse("")
            + e.day().map(d -> ":" + d).orElse("");
    return PolicyTerm.of(code, term.source());
  }

  private static LocalizedText text(LocalizedName name) {
    return LocalizedText.of(name.zh(), name.en().orElse(name.zh()));
  }

  private static ParameterSet definitions(String unit) {
    return ParameterSet.empty()
        .withDefinition(def(POINTS_PER_HOUR, unit + "/hour", "每小时积分", "points per hour"))
        .withDefinition(def(MAX_HOURS, "hours", "每次活动最多计时", "most hours counted per activity"))
        .withDefinition(def(REFERRAL_BONUS, unit, "推荐新志愿者奖励", "bonus for a new volunteer"))
        .withDefinition(def(NEGATIVE_VOIDS, "flag", "差评或投诉该次计零", "negative evaluation voids"))
        .withDefinition(def(WINDOW, "code", "兑换周期", "redemption window"))
        .withDefinition(def(EXPIRY, "code", "有效期", "expiry"))
        .withDefinition(def(ANNUAL_CAP, unit, "年度上限", "annual cap"))
        .withDefinition(def(STORAGE_CAP, unit, "存储上限", "storage cap"))
        .withDefinition(def(TRANSFER, "flag", "可转赠亲友", "transfer to relatives or friends"))
        .withDefinition(def(DONATION, "flag", "可捐赠", "donation allowed"))
        .withDefinition(def(AGE, "years", "兑换年龄", "redemption age"))
        .withDefinition(def(HARDSHIP_AGE, "years", "困难人员兑换年龄", "hardship redemption age"))
        .withDefinition(def(GROUP_DONATED, "flag", "团体时间只能捐赠", "group hours can only be donated"))
        .withDefinition(
            def(NEGATIVE_RATING, "rating", "视为差评的最高评分", "highest rating that is negative"));
  }

  private static ParameterDefinition def(ParameterKey<?> key, String unit, String zh, String en) {
    return ParameterDefinition.of(key, unit, LocalizedText.of(zh, en), LocalizedText.of(zh, en));
  }
}
