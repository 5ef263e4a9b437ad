package org.communitygov.rules.points;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.communitygov.model.ledger.AccountId;
import org.communitygov.model.ledger.Amount;
import org.communitygov.model.ledger.EntryId;
import org.communitygov.model.ledger.Posting;
import org.communitygov.model.ledger.Transaction;
import org.communitygov.model.ledger.Unit;
import org.communitygov.model.points.TransactionKind;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.engine.Explanation;
import org.communitygov.rules.engine.ResolvedParameter;
import org.communitygov.rules.engine.Step;
import org.communitygov.rules.engine.Steps;

/**
 * The accrual and bonus policy as pure functions: from a service record (or a referral), the
 * policy's terms on its date and the member's facts, the transaction to post and the steps that led
 * to it.
 *
 * <p>An activity's hours are capped per activity, voided by a negative evaluation (or a rating the
 * policy finds negative: {@code points.negativeRatingMax}), valued at the points per hour (rounded
 * down to the unit's step), limited by the annual cap, and split at the storage cap: the member is
 * credited up to the cap and the rest goes to the {@code donations} account; group hours go there
 * whole where the policy says they can only be donated.
 *
 * @since 0.1.0
 */
public final class Accruals {
  /** The id of the accrual rule. */
  public static final String ACCRUAL = "points.accrual";

  /** The id of the bonus rule. */
  public static final String BONUS = "points.bonus";

  private Accruals() {}

  /**
   * Decides what a service record credits.
   *
   * @param terms the terms of the policy in force on the record's date, not null
   * @param record the record, not null
   * @param member the member's facts, not null
   * @param id the id of the accrual's transaction ({@code acc:<record>}), not null
   * @param account the member's account, the one instance the book keeps for it, not null
   * @return the decision, not null
   */
  static Decision<PointsOutcome> accrue(
      PolicyTerms terms,
      ServiceRecordInput record,
      MemberFacts member,
      EntryId id,
      AccountId account) {
    Unit unit = terms.scheme().unit();
    Amount zero = terms.zero;
    // The steps go straight into the explanation's array; the last one added is decisive.
    Steps steps = Steps.withCapacity(7);
    steps.add(
        AccrualSteps.RECORD
            .with("record", record.record())
            .with("activity", record.activity())
            .with("organiser", record.organiser())
            .with("date", record.date())
            .with("policyFrom", terms.policy().effectiveFrom())
            .step());
    BigDecimal hours = record.hours();
    Step counted = AccrualSteps.countedHours(terms, hours);
    steps.add(counted);
    Step last = counted;
    if (terms.maxHours.isPresent() && !counted.holds()) {
      hours = terms.maxHours.get().value();
    }
    Evaluation evaluation = record.evaluation();
    if (record.rating().isPresent()) {
      Step rated =
          AccrualSteps.RATING
              .with("rating", record.rating().getAsInt())
              .with("negativeRatingMax", terms.negativeRating)
              .withOutcome("evaluation", Evaluation.NEGATIVE, Evaluation.SATISFACTORY)
              .step();
      steps.add(rated);
      last = rated;
      if (!evaluation.isNegative()) {
        evaluation = rated.holds() ? Evaluation.NEGATIVE : Evaluation.SATISFACTORY;
      }
    }
    if (evaluation.isNegative()) {
      boolean voids = terms.negativeVoids.value();
      last =
          AccrualSteps.EVALUATION
              .with("evaluation", evaluation)
              .with("negativeEvaluationVoids", terms.negativeVoids)
              .with("countedHours", voids ? BigDecimal.ZERO : hours)
              .step();
      steps.add(last);
      if (voids) {
        hours = BigDecimal.ZERO;
      }
    }
    Amount value = AccrualValues.value(unit, hours, terms.pointsPerHour.value());
    last =
        AccrualSteps.VALUE
            .with("countedHours", hours)
            .with("pointsPerHour", terms.pointsPerHour)
            .with("value", value)
            .step();
    steps.add(last);
    Amount donated = zero;
    if (record.group()) {
      boolean donatedOnly = terms.groupDonated.value();
      last =
          AccrualSteps.GROUP
              .with("groupHoursDonatedOnly", terms.groupDonated)
              .with("donated", donatedOnly ? value : zero)
              .step();
      steps.add(last);
      if (donatedOnly) {
        donated = value;
        value = zero;
      }
    }
    if (terms.annualCap.isPresent() && !value.isZero()) {
      ResolvedParameter<BigDecimal> cap = terms.annualCap.get();
      Amount room = terms.annualCapAmount().minus(member.accruedInYear());
      Amount capped = room.isNegative() ? zero : room;
      Step annual =
          AccrualSteps.ANNUAL_CAP
              .with("accruedInYear", member.accruedInYear())
              .with("yearTotal", member.accruedInYear().plus(value).decimal())
              .with("annualCap", cap)
              .withOutcome("credited", value, capped)
              .step();
      steps.add(annual);
      last = annual;
      value = annual.holds() ? value : capped;
    }
    if (terms.storageCap.isPresent() && !value.isZero()) {
      ResolvedParameter<BigDecimal> cap = terms.storageCap.get();
      Amount excess = AccrualSteps.excess(terms.storageCapAmount(), member.balance(), value);
      last = AccrualSteps.storageCap(cap, member.balance(), value, excess);
      steps.add(last);
      if (!excess.isZero()) {
        value = value.minus(excess);
        donated = donated.plus(excess);
      }
    }
    Explanation explanation = Explanation.of(steps, last);
    Amount total = value.plus(donated);
    if (total.isZero()) {
      return Decision.of(ACCRUAL, PointsOutcome.nothing(TransactionKind.ACCRUAL), explanation);
    }
    String memo =
        "服务记录 "
            + record.record()
            + "（"
            + terms.text(record.date())
            + "，"
            + record.hours().toPlainString()
            + " 小时）记入 "
            + value.decimalText()
            + (donated.isZero() ? "" : "，转入捐赠 " + donated.decimalText())
            + "；政策 "
            + terms.policyFromText
            + " 起";
    Transaction tx =
        credit(
            id, account, record.date(), value, donated, memo, "service-record:" + record.record());
    return Decision.of(ACCRUAL, PointsOutcome.posting(TransactionKind.ACCRUAL, tx), explanation);
  }

  /**
   * Decides the bonus for referring a new volunteer.
   *
   * @param terms the terms of the policy in force on the referral's date, not null
   * @param referral the referral, not null
   * @param member the referrer's facts, not null
   * @return the decision, not null
   */
  static Decision<PointsOutcome> bonus(
      PolicyTerms terms, ReferralInput referral, MemberFacts member) {
    Unit unit = terms.scheme().unit();
    Step.Builder step =
        Step.builder("points.referralBonus")
            .fact(Texts.fact("referral", referral.id(), "推荐", "referral"))
            .fact(Texts.fact("newVolunteer", referral.newVolunteer(), "新志愿者", "new volunteer"));
    if (terms.referralBonus.isEmpty()) {
      Step s = step.result(Texts.fact("value", Amount.zero(unit), "奖励", "bonus")).build();
      return Decision.of(
          BONUS,
          PointsOutcome.nothing(TransactionKind.BONUS),
          Explanation.of(List.of()).thenDecisive(s));
    }
    Amount value = Amount.of(unit, terms.referralBonus.get().value());
    Amount donated = Amount.zero(unit);
    List<Step> steps = new ArrayList<>();
    step.parameter(terms.referralBonus.get()).result(Texts.fact("value", value, "奖励", "bonus"));
    steps.add(step.build());
    if (terms.storageCap.isPresent()) {
      ResolvedParameter<BigDecimal> cap = terms.storageCap.get();
      donated = AccrualSteps.excess(cap, member.balance(), value);
      steps.add(AccrualSteps.storageCap(cap, member.balance(), value, donated));
      value = value.minus(donated);
    }
    Step last = steps.remove(steps.size() - 1);
    String memo =
        "推荐新志愿者 "
            + referral.newVolunteer()
            + " 奖励 "
            + value.plus(donated).decimalText()
            + "；政策 "
            + terms.policy().effectiveFrom()
            + " 起";
    Transaction tx =
        credit(
            EntryKeys.of("bon:" + referral.id()),
            PointsAccounts.member(referral.referrer()),
            referral.date(),
            value,
            donated,
            memo,
            "referral:" + referral.id());
    return Decision.of(
        BONUS,
        PointsOutcome.posting(TransactionKind.BONUS, tx),
        Explanation.of(steps).thenDecisive(last));
  }

  private static Transaction credit(
      EntryId id,
      AccountId member,
      java.time.LocalDate date,
      Amount toMember,
      Amount donated,
      String memo,
      String source) {
    List<Posting> postings = new ArrayList<>(3);
    postings.add(Posting.of(PointsAccounts.ISSUANCE, toMember.plus(donated).negated()));
    if (!toMember.isZero()) {
      postings.add(Posting.of(member, toMember));
    }
    if (!donated.isZero()) {
      postings.add(Posting.of(PointsAccounts.DONATIONS, donated));
    }
    return Transaction.builder()
        .id(id)
        .bookingDate(date)
        .valueDate(date)
        .postings(postings)
        .memo(memo)
        .source(source)
        .build();
  }
}
