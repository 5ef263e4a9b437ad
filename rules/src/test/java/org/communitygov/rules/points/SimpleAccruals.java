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
 * The accrual decided the simple way, as {@link Accruals} decided it before ADR 0113: every step
 * made as the accrual is worked out, the memo made of strings, the transaction from a list of
 * postings. The tests' reference.
 */
final class SimpleAccruals {
  private SimpleAccruals() {}

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
      return Decision.of(
          Accruals.ACCRUAL, PointsOutcome.nothing(TransactionKind.ACCRUAL), explanation);
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
    return Decision.of(
        Accruals.ACCRUAL, PointsOutcome.posting(TransactionKind.ACCRUAL, tx), explanation);
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
