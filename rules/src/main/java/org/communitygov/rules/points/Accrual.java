package org.communitygov.rules.points;

import java.math.BigDecimal;
import org.communitygov.model.ledger.Amount;
import org.communitygov.model.ledger.Unit;
import org.communitygov.rules.engine.Explanation;
import org.communitygov.rules.engine.ResolvedParameter;
import org.communitygov.rules.engine.Step;
import org.communitygov.rules.engine.Steps;
import org.jspecify.annotations.Nullable;

/**
 * One service record's accrual worked out by the policy ({@link Accruals}): what it credits to the
 * member and what it donates, and, when it is explained, the steps that led there.
 *
 * <p>The decision and its explanation are one walk: worked out without steps, the accrual asks each
 * comparison of its step's template ({@link
 * org.communitygov.rules.engine.StepTemplate#holds(String, Object, String, Object)}), which is what
 * the step made from the same values says; explained, the same walk makes the steps too. A book's
 * accrual is worked out once to decide and once more only when its explanation is read (ADR 0113).
 */
final class Accrual {
  /** What the member is credited, an amount of the scheme's unit, maybe zero. */
  final Amount credited;

  /** What goes to the donations account, maybe zero. */
  final Amount donated;

  private final @Nullable Steps steps;
  private final @Nullable Step last;

  /**
   * Works out an accrual, with its steps when {@code explain}.
   *
   * @throws org.communitygov.model.common.InvalidValueException if the value is too large for an
   *     amount, or a cap has more decimals than the unit
   */
  Accrual(PolicyTerms terms, ServiceRecordInput record, MemberFacts member, boolean explain) {
    Unit unit = terms.scheme().unit();
    Amount zero = terms.zero;
    // The steps go straight into the explanation's array; the last one added is decisive.
    Steps made = explain ? Steps.withCapacity(7) : null;
    Step step = null;
    if (made != null) {
      made.add(
          AccrualSteps.RECORD
              .with("record", record.record())
              .with("activity", record.activity())
              .with("organiser", record.organiser())
              .with("date", record.date())
              .with("policyFrom", terms.policy().effectiveFrom())
              .step());
    }
    BigDecimal hours = record.hours();
    if (made != null) {
      step = AccrualSteps.countedHours(terms, hours);
      made.add(step);
    }
    if (terms.maxHours.isPresent()) {
      ResolvedParameter<BigDecimal> max = terms.maxHours.get();
      if (!AccrualSteps.HOURS_CAPPED.holds("hours", hours, "maxHoursPerActivity", max)) {
        hours = max.value();
      }
    }
    Evaluation evaluation = record.evaluation();
    if (record.rating().isPresent()) {
      Integer rating = record.rating().getAsInt();
      boolean negative =
          AccrualSteps.RATING.holds("rating", rating, "negativeRatingMax", terms.negativeRating);
      if (made != null) {
        step =
            AccrualSteps.RATING
                .with("rating", rating)
                .with("negativeRatingMax", terms.negativeRating)
                .withOutcome("evaluation", Evaluation.NEGATIVE, Evaluation.SATISFACTORY)
                .step();
        made.add(step);
      }
      if (!evaluation.isNegative()) {
        evaluation = negative ? Evaluation.NEGATIVE : Evaluation.SATISFACTORY;
      }
    }
    if (evaluation.isNegative()) {
      boolean voids = terms.negativeVoids.value();
      if (made != null) {
        step =
            AccrualSteps.EVALUATION
                .with("evaluation", evaluation)
                .with("negativeEvaluationVoids", terms.negativeVoids)
                .with("countedHours", voids ? BigDecimal.ZERO : hours)
                .step();
        made.add(step);
      }
      if (voids) {
        hours = BigDecimal.ZERO;
      }
    }
    Amount value = AccrualValues.value(unit, hours, terms.pointsPerHour.value());
    if (made != null) {
      step =
          AccrualSteps.VALUE
              .with("countedHours", hours)
              .with("pointsPerHour", terms.pointsPerHour)
              .with("value", value)
              .step();
      made.add(step);
    }
    Amount toDonation = zero;
    if (record.group()) {
      boolean donatedOnly = terms.groupDonated.value();
      if (made != null) {
        step =
            AccrualSteps.GROUP
                .with("groupHoursDonatedOnly", terms.groupDonated)
                .with("donated", donatedOnly ? value : zero)
                .step();
        made.add(step);
      }
      if (donatedOnly) {
        toDonation = value;
        value = zero;
      }
    }
    if (terms.annualCap.isPresent() && !value.isZero()) {
      ResolvedParameter<BigDecimal> cap = terms.annualCap.get();
      Amount room = terms.annualCapAmount().minus(member.accruedInYear());
      Amount capped = room.isNegative() ? zero : room;
      Amount yearTotal = member.accruedInYear().plus(value);
      // The step's comparison (yearTotal <= annualCap, two decimals) in the unit's steps: the cap
      // is exactly annualCapAmount, or that threw above.
      boolean within = yearTotal.compareTo(terms.annualCapAmount()) <= 0;
      if (made != null) {
        step =
            AccrualSteps.ANNUAL_CAP
                .with("accruedInYear", member.accruedInYear())
                .with("yearTotal", yearTotal.decimal())
                .with("annualCap", cap)
                .withOutcome("credited", value, capped)
                .step();
        made.add(step);
      }
      value = within ? value : capped;
    }
    if (terms.storageCap.isPresent() && !value.isZero()) {
      Amount excess = AccrualSteps.excess(terms.storageCapAmount(), member.balance(), value);
      if (made != null) {
        step = AccrualSteps.storageCap(terms.storageCap.get(), member.balance(), value, excess);
        made.add(step);
      }
      if (!excess.isZero()) {
        value = value.minus(excess);
        toDonation = toDonation.plus(excess);
      }
    }
    this.credited = value;
    this.donated = toDonation;
    this.steps = made;
    this.last = step;
  }

  /**
   * The explanation of an accrual worked out with its steps: the steps in order, the last one
   * decisive.
   */
  Explanation explanation() {
    if (steps == null || last == null) {
      throw new IllegalStateException("the accrual was worked out without its steps");
    }
    return Explanation.of(steps, last);
  }
}
