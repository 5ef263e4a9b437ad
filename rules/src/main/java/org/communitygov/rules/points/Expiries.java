package org.communitygov.rules.points;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.communitygov.model.ledger.Amount;
import org.communitygov.model.ledger.Posting;
import org.communitygov.model.ledger.Transaction;
import org.communitygov.model.ledger.Unit;
import org.communitygov.model.points.MemberId;
import org.communitygov.model.points.TransactionKind;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.engine.Explanation;
import org.communitygov.rules.engine.ResolvedParameter;
import org.communitygov.rules.engine.Step;

/**
 * The expiry policy as a pure function: on a date, the credits of a member whose expiry day (by the
 * policy in force when they were credited) is on or before it return to issuance, in one
 * transaction whose id names the date and the member, so that running the job twice for a date
 * posts once.
 *
 * @since 0.1.0
 */
public final class Expiries {
  /** The id of the expiry rule. */
  public static final String ID = "points.expiry";

  /**
   * The most credits a transaction's memo lists: a memo holds at most 500 characters, and a member
   * of a busy time bank has dozens of credits expire at once (the explanation lists them all).
   */
  static final int MEMO_LOTS = 8;

  private Expiries() {}

  static Decision<PointsOutcome> expire(
      Unit unit,
      MemberId member,
      LocalDate date,
      List<MemberHistory.Lot> lots,
      Function<LocalDate, PolicyTerms> termsOn) {
    long total = 0;
    List<String> credited = new ArrayList<>();
    Set<ResolvedParameter<?>> rules = new LinkedHashSet<>();
    for (MemberHistory.Lot lot : lots) {
      total += lot.remaining;
      credited.add(
          Texts.date(lot.date)
              + " "
              + Amount.ofMinor(unit, lot.remaining).decimalText()
              + " → "
              + Texts.date(lot.expiresOn));
      rules.add(termsOn.apply(lot.date).expiry);
    }
    Amount expired = Amount.ofMinor(unit, total);
    Step.Builder step =
        Step.builder("points.expiry")
            .fact(Texts.fact("member", member, "成员", "member"))
            .fact(Texts.fact("date", date, "到期处理日", "expiry run"))
            .fact(
                Texts.fact(
                    "lots", String.join("; ", credited), "记入日 数额 → 到期日", "credited → expires"));
    rules.forEach(step::parameter);
    Step s = step.result(Texts.fact("expired", expired, "过期", "expired")).build();
    Explanation explanation = Explanation.of(List.of()).thenDecisive(s);
    if (total == 0) {
      return Decision.of(ID, PointsOutcome.nothing(TransactionKind.EXPIRY), explanation);
    }
    Transaction tx =
        Transaction.builder()
            .id(EntryKeys.of("exp:" + date + ":" + member.value()))
            .bookingDate(date)
            .valueDate(date)
            .addPosting(Posting.of(PointsAccounts.member(member), expired.negated()))
            .addPosting(Posting.of(PointsAccounts.ISSUANCE, expired))
            .memo("过期 " + expired.decimalText() + "（记入于 " + memoLots(credited) + "）")
            .source("expiry:" + date)
            .build();
    return Decision.of(ID, PointsOutcome.posting(TransactionKind.EXPIRY, tx), explanation);
  }

  /** The first {@link #MEMO_LOTS} credits, and how many there were if more. */
  static String memoLots(List<String> credited) {
    if (credited.size() <= MEMO_LOTS) {
      return String.join("; ", credited);
    }
    return String.join("; ", credited.subList(0, MEMO_LOTS)) + "; … 共 " + credited.size() + " 笔";
  }
}
