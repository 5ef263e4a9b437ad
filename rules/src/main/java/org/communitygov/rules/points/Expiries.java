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
      ExpiredLots lots,
      Function<LocalDate, PolicyTerms> termsOn) {
    long total = lots.total();
    Set<ResolvedParameter<?>> rules = new LinkedHashSet<>();
    LocalDate previous = null;
    for (int i = 0; i < lots.size(); i++) {
      LocalDate credited = lots.date(i);
      if (!credited.equals(previous)) {
        rules.add(termsOn.apply(credited).expiry);
        previous = credited;
      }
    }
    Amount expired = Amount.ofMinor(unit, total);
    Step.Builder step =
        Step.builder("points.expiry")
            .fact(Texts.fact("member", member, "成员", "member"))
            .fact(Texts.fact("date", date, "到期处理日", "expiry run"))
            .fact(
                // The lots' text is made when the explanation is read.
                Texts.fact("lots", lots, "记入日 数额 → 到期日", "credited → expires"));
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
            .memo("过期 " + expired.decimalText() + "（记入于 " + memoLots(lots) + "）")
            .source("expiry:" + date)
            .build();
    return Decision.of(ID, PointsOutcome.posting(TransactionKind.EXPIRY, tx), explanation);
  }

  /** The first {@link #MEMO_LOTS} credits, and how many there were if more. */
  static String memoLots(List<String> credited) {
    return memoLots(credited.subList(0, Math.min(MEMO_LOTS, credited.size())), credited.size());
  }

  /** The first {@link #MEMO_LOTS} lots' lines, and how many there were if more. */
  static String memoLots(ExpiredLots lots) {
    List<String> first = new ArrayList<>(MEMO_LOTS);
    for (int i = 0; i < Math.min(MEMO_LOTS, lots.size()); i++) {
      first.add(lots.line(i));
    }
    return memoLots(first, lots.size());
  }

  private static String memoLots(List<String> first, int count) {
    String listed = String.join("; ", first);
    return count <= MEMO_LOTS ? listed : listed + "; … 共 " + count + " 笔";
  }
}
