package org.communitygov.rules.points;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.communitygov.model.ledger.Amount;
import org.communitygov.model.ledger.EntryId;
import org.communitygov.model.ledger.Posting;
import org.communitygov.model.ledger.Transaction;
import org.communitygov.model.ledger.Unit;
import org.communitygov.model.points.MemberId;
import org.communitygov.rules.engine.Comparison;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.engine.Explanation;
import org.communitygov.rules.engine.Operand;
import org.communitygov.rules.engine.Operator;
import org.communitygov.rules.engine.ResolvedParameter;
import org.communitygov.rules.engine.Step;

/**
 * The accrual and bonus policy as pure functions: from a service record (or a referral), the
 * policy's terms on its date and the member's facts, the transaction to post and the steps that led
 * to it.
 *
 * <p>An activity's hours are capped per activity, voided by a negative evaluation, valued at the
 * points per hour (rounded down to the unit's step), limited by the annual cap, and split at the
 * storage cap: the member is credited up to the cap and the rest goes to the {@code donations}
 * account; group hours go there whole where the policy says they can only be donated.
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
   * @return the decision, not null
   */
  static Decision<PointsOutcome> accrue(
      PolicyTerms terms, ServiceRecordInput record, MemberFacts member, EntryId id) {
    Unit unit = terms.scheme().unit();
    List<Step> steps = new ArrayList<>();
    steps.add(
        Step.builder("points.record")
            .fact(Texts.fact("record", record.record(), "服务记录", "service record"))
            .fact(Texts.fact("activity", record.activity(), "活动", "activity"))
            .fact(Texts.fact("organiser", record.organiser(), "组织方", "organiser"))
            .fact(Texts.fact("date", record.date(), "服务日期", "date of service"))
            .fact(
                Texts.fact(
                    "policyFrom",
                    terms.policy().effectiveFrom(),
                    "适用政策起始日",
                    "policy in force from"))
            .build());
    BigDecimal hours = record.hours();
    Step counted = countedHours(terms, hours);
    steps.add(counted);
    if (terms.maxHours.isPresent() && hours.compareTo(terms.maxHours.get().value()) > 0) {
      hours = terms.maxHours.get().value();
    }
    if (record.evaluation().isNegative()) {
      boolean voids = terms.negativeVoids.value();
      steps.add(
          Step.builder("points.evaluation")
              .fact(Texts.fact("evaluation", record.evaluation(), "评价", "evaluation"))
              .parameter(terms.negativeVoids)
              .result(
                  Texts.fact(
                      "countedHours", voids ? BigDecimal.ZERO : hours, "计入时长", "hours counted"))
              .build());
      if (voids) {
        hours = BigDecimal.ZERO;
      }
    }
    Amount value =
        Amount.of(
            unit,
            hours.multiply(terms.pointsPerHour.value()).setScale(unit.scale(), RoundingMode.DOWN));
    steps.add(
        Step.builder("points.value")
            .fact(Texts.fact("countedHours", hours, "计入时长", "hours counted"))
            .parameter(terms.pointsPerHour)
            .result(Texts.fact("value", value, "折算", "value"))
            .build());
    Amount donated = Amount.zero(unit);
    if (record.group()) {
      boolean donatedOnly = terms.groupDonated.value();
      steps.add(
          Step.builder("points.group")
              .fact(Texts.fact("group", true, "团体服务", "served as a group"))
              .parameter(terms.groupDonated)
              .result(
                  Texts.fact(
                      "donated", donatedOnly ? value : Amount.zero(unit), "转入捐赠", "to donation"))
              .build());
      if (donatedOnly) {
        donated = value;
        value = Amount.zero(unit);
      }
    }
    if (terms.annualCap.isPresent() && !value.isZero()) {
      ResolvedParameter<BigDecimal> cap = terms.annualCap.get();
      Amount room = Amount.of(unit, cap.value()).minus(member.accruedInYear());
      Amount after = member.accruedInYear().plus(value);
      boolean over = after.decimal().compareTo(cap.value()) > 0;
      Amount credited = over ? max(room, Amount.zero(unit)) : value;
      steps.add(
          Step.builder("points.annualCap")
              .fact(
                  Texts.fact(
                      "accruedInYear", member.accruedInYear(), "本年已记入", "credited this year"))
              .comparison(
                  Comparison.of(
                      Operand.of(Texts.fact("yearTotal", after.decimal(), "本年合计", "year's total")),
                      over ? Operator.GT : Operator.LE,
                      Operand.of("annualCap", cap)))
              .result(Texts.fact("credited", credited, "记入", "credited"))
              .build());
      value = credited;
    }
    if (terms.storageCap.isPresent() && !value.isZero()) {
      ResolvedParameter<BigDecimal> cap = terms.storageCap.get();
      Amount after = member.balance().plus(value);
      boolean over = after.decimal().compareTo(cap.value()) > 0;
      Amount room = max(Amount.of(unit, cap.value()).minus(member.balance()), Amount.zero(unit));
      Amount credited = over ? room : value;
      Amount excess = value.minus(credited);
      steps.add(
          Step.builder("points.storageCap")
              .fact(Texts.fact("balance", member.balance(), "账户余额", "balance"))
              .comparison(
                  Comparison.of(
                      Operand.of(Texts.fact("balanceAfter", after.decimal(), "记入后", "after")),
                      over ? Operator.GT : Operator.LE,
                      Operand.of("storageCap", cap)))
              .result(Texts.fact("donated", excess, "超出部分转入捐赠", "excess to donation"))
              .build());
      value = credited;
      donated = donated.plus(excess);
    }
    Step last = steps.remove(steps.size() - 1);
    Explanation explanation = Explanation.of(steps).thenDecisive(last);
    Amount total = value.plus(donated);
    if (total.isZero()) {
      return Decision.of(ACCRUAL, PointsOutcome.nothing(Movement.ACCRUAL), explanation);
    }
    String memo =
        "服务记录 "
            + record.record()
            + "（"
            + Texts.date(record.date())
            + "，"
            + record.hours().toPlainString()
            + " 小时）记入 "
            + value.decimalText()
            + (donated.isZero() ? "" : "，转入捐赠 " + donated.decimalText())
            + "；政策 "
            + Texts.date(terms.policy().effectiveFrom())
            + " 起";
    Transaction tx =
        credit(
            id,
            record.member(),
            record.date(),
            value,
            donated,
            memo,
            "service-record:" + record.record());
    return Decision.of(ACCRUAL, PointsOutcome.posting(Movement.ACCRUAL, tx), explanation);
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
          BONUS, PointsOutcome.nothing(Movement.BONUS), Explanation.of(List.of()).thenDecisive(s));
    }
    Amount value = Amount.of(unit, terms.referralBonus.get().value());
    Amount donated = Amount.zero(unit);
    List<Step> steps = new ArrayList<>();
    step.parameter(terms.referralBonus.get()).result(Texts.fact("value", value, "奖励", "bonus"));
    steps.add(step.build());
    if (terms.storageCap.isPresent()) {
      ResolvedParameter<BigDecimal> cap = terms.storageCap.get();
      Amount after = member.balance().plus(value);
      boolean over = after.decimal().compareTo(cap.value()) > 0;
      Amount credited =
          over
              ? max(Amount.of(unit, cap.value()).minus(member.balance()), Amount.zero(unit))
              : value;
      donated = value.minus(credited);
      value = credited;
      steps.add(
          Step.builder("points.storageCap")
              .fact(Texts.fact("balance", member.balance(), "账户余额", "balance"))
              .comparison(
                  Comparison.of(
                      Operand.of(Texts.fact("balanceAfter", after.decimal(), "记入后", "after")),
                      over ? Operator.GT : Operator.LE,
                      Operand.of("storageCap", cap)))
              .result(Texts.fact("donated", donated, "超出部分转入捐赠", "excess to donation"))
              .build());
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
            referral.referrer(),
            referral.date(),
            value,
            donated,
            memo,
            "referral:" + referral.id());
    return Decision.of(
        BONUS, PointsOutcome.posting(Movement.BONUS, tx), Explanation.of(steps).thenDecisive(last));
  }

  private static Step countedHours(PolicyTerms terms, BigDecimal hours) {
    Step.Builder step = Step.builder("points.hours");
    if (terms.maxHours.isEmpty()) {
      return step.fact(Texts.fact("hours", hours, "服务时长", "hours served"))
          .result(Texts.fact("countedHours", hours, "计入时长", "hours counted"))
          .build();
    }
    ResolvedParameter<BigDecimal> max = terms.maxHours.get();
    boolean over = hours.compareTo(max.value()) > 0;
    return step.comparison(
            Comparison.of(
                Operand.of(Texts.fact("hours", hours, "服务时长", "hours served")),
                over ? Operator.GT : Operator.LE,
                Operand.of("maxHoursPerActivity", max)))
        .result(Texts.fact("countedHours", over ? max.value() : hours, "计入时长", "hours counted"))
        .build();
  }

  private static Transaction credit(
      EntryId id,
      MemberId member,
      java.time.LocalDate date,
      Amount toMember,
      Amount donated,
      String memo,
      String source) {
    List<Posting> postings = new ArrayList<>(3);
    postings.add(Posting.of(PointsAccounts.ISSUANCE, toMember.plus(donated).negated()));
    if (!toMember.isZero()) {
      postings.add(Posting.of(PointsAccounts.member(member), toMember));
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

  private static Amount max(Amount a, Amount b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
