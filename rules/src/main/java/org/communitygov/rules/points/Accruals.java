package org.communitygov.rules.points;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.communitygov.model.ledger.AccountId;
import org.communitygov.model.ledger.Amount;
import org.communitygov.model.ledger.EntryId;
import org.communitygov.model.ledger.ImmutableTransaction;
import org.communitygov.model.ledger.Posting;
import org.communitygov.model.ledger.Transaction;
import org.communitygov.model.ledger.Unit;
import org.communitygov.model.points.TransactionKind;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.engine.Explanation;
import org.communitygov.rules.engine.ResolvedParameter;
import org.communitygov.rules.engine.Step;

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

  /** What an accrual that credits nothing decides. */
  private static final PointsOutcome NOTHING = PointsOutcome.nothing(TransactionKind.ACCRUAL);

  /** The source of an accrual's transaction, before the record's id. */
  private static final String SOURCE_PREFIX = "service-record:";

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
    return accrue(terms, record, member, id, account, new AccrualScratch());
  }

  /**
   * Decides what a service record credits, writing the memo in a scratch builder of the caller's (a
   * book's own, used under its lock): once widened to UTF-16 by the first memo, it writes the next
   * ones without growing or widening again.
   *
   * @param terms the terms of the policy in force on the record's date, not null
   * @param record the record, not null
   * @param member the member's facts, not null
   * @param id the id of the accrual's transaction ({@code acc:<record>}), not null
   * @param account the member's account, the one instance the book keeps for it, not null
   * @param scratch the builders the memo and the transaction are written with, not null
   * @return the decision, not null
   */
  static Decision<PointsOutcome> accrue(
      PolicyTerms terms,
      ServiceRecordInput record,
      MemberFacts member,
      EntryId id,
      AccountId account,
      AccrualScratch scratch) {
    Accrual accrual = new Accrual(terms, record, member, false);
    // The steps are made when the explanation is read, by the same walk (ADR 0113).
    Explanation explanation =
        Explanation.deferred(() -> new Accrual(terms, record, member, true).explanation());
    Amount value = accrual.credited;
    Amount donated = accrual.donated;
    if (value.plus(donated).isZero()) {
      return Decision.of(ACCRUAL, NOTHING, explanation);
    }
    Transaction tx =
        credit(
            scratch.transaction(),
            id,
            account,
            record.date(),
            value,
            donated,
            memo(scratch.memo(), terms, record, value, donated),
            SOURCE_PREFIX.concat(record.record()));
    return Decision.of(ACCRUAL, PointsOutcome.posting(TransactionKind.ACCRUAL, tx), explanation);
  }

  /**
   * The memo of an accrual: {@code 服务记录 R1（2025-03-07，1.5 小时）记入 1.50；政策 2025-01-01 起}, with {@code
   * ，转入捐赠 0.50} after the credit when some is donated.
   */
  static String memo(PolicyTerms terms, ServiceRecordInput record, Amount value, Amount donated) {
    return memo(new AccrualScratch().memo(), terms, record, value, donated);
  }

  /**
   * The memo of an accrual: one concatenation when its numbers have at most two decimals (ADR
   * 0120); otherwise written in an empty builder and copied once into the string: a builder reused
   * from memo to memo ({@link AccrualScratch#memo()}) is UTF-16 already and large enough, so
   * nothing but the string (and the trial Latin-1 array of its {@code toString}) is made (ADR
   * 0116).
   */
  static String memo(
      StringBuilder memo,
      PolicyTerms terms,
      ServiceRecordInput record,
      Amount value,
      Amount donated) {
    BigDecimal hours = record.hours();
    int hourScale = hours.scale();
    int valueScale = value.unit().scale();
    int donatedScale = donated.unit().scale();
    if (Texts.isShort(hourScale)
        && hours.precision() < 19
        && Texts.isShort(valueScale)
        && Texts.isShort(donatedScale)
        && Texts.inRange(value.minor())
        && Texts.inRange(donated.minor())) {
      // One concatenation of strings and whole numbers, its UTF-16 array made once at its length:
      // a builder's string is first tried in Latin-1, an array made for nothing (ADR 0120).
      long h = AccrualValues.unscaled(hours);
      long v = value.minor();
      long d = donated.minor();
      String donation =
          d == 0
              ? ""
              : "，转入捐赠 "
                  + Texts.sign(d)
                  + Texts.whole(d, donatedScale)
                  + Texts.decimals(d, donatedScale);
      return "服务记录 "
          + record.record()
          + "（"
          + terms.text(record.date())
          + "，"
          + Texts.sign(h)
          + Texts.whole(h, hourScale)
          + Texts.decimals(h, hourScale)
          + " 小时）记入 "
          + Texts.sign(v)
          + Texts.whole(v, valueScale)
          + Texts.decimals(v, valueScale)
          + donation
          + "；政策 "
          + terms.policyFromText
          + " 起";
    }
    memo.append("服务记录 ").append(record.record()).append('（').append(terms.text(record.date()));
    Texts.appendPlain(memo.append('，'), record.hours()).append(" 小时）记入 ");
    Texts.appendAmount(memo, value);
    if (!donated.isZero()) {
      Texts.appendAmount(memo.append("，转入捐赠 "), donated);
    }
    return memo.append("；政策 ").append(terms.policyFromText).append(" 起").toString();
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
            Transaction.builder(),
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

  /** The transaction of a credit, written with a builder whose postings are none. */
  private static Transaction credit(
      ImmutableTransaction.Builder tx,
      EntryId id,
      AccountId member,
      java.time.LocalDate date,
      Amount toMember,
      Amount donated,
      String memo,
      String source) {
    // Straight into the builder's list, which the transaction copies.
    tx.id(id)
        .bookingDate(date)
        .valueDate(date)
        .addPosting(Posting.of(PointsAccounts.ISSUANCE, toMember.plus(donated).negated()));
    if (!toMember.isZero()) {
      tx.addPosting(Posting.of(member, toMember));
    }
    if (!donated.isZero()) {
      tx.addPosting(Posting.of(PointsAccounts.DONATIONS, donated));
    }
    return tx.memo(memo).source(source).build();
  }
}
