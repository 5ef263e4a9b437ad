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
 * The expiry decided the simple way, as {@link Expiries} decided it before ADR 0110: each text made
 * of strings, the terms gathered in a set. The tests' reference.
 */
final class SimpleExpiries {
  private SimpleExpiries() {}

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
            .fact(Texts.fact("lots", lots, "记入日 数额 → 到期日", "credited → expires"));
    rules.forEach(step::parameter);
    Step s = step.result(Texts.fact("expired", expired, "过期", "expired")).build();
    Explanation explanation = Explanation.of(List.of()).thenDecisive(s);
    if (total == 0) {
      return Decision.of(Expiries.ID, PointsOutcome.nothing(TransactionKind.EXPIRY), explanation);
    }
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < lots.size(); i++) {
      lines.add(line(unit, lots, i));
    }
    Transaction tx =
        Transaction.builder()
            .id(EntryKeys.of("exp:" + date + ":" + member.value()))
            .bookingDate(date)
            .valueDate(date)
            .addPosting(Posting.of(PointsAccounts.member(member), expired.negated()))
            .addPosting(Posting.of(PointsAccounts.ISSUANCE, expired))
            .memo("过期 " + expired.decimalText() + "（记入于 " + memoLots(lines) + "）")
            .source("expiry:" + date)
            .build();
    return Decision.of(Expiries.ID, PointsOutcome.posting(TransactionKind.EXPIRY, tx), explanation);
  }

  /** One lot's line of strings: its credited day, amount and expiry day. */
  static String line(Unit unit, ExpiredLots lots, int lot) {
    return lots.date(lot)
        + " "
        + Amount.ofMinor(unit, lots.amount(lot)).decimalText()
        + " → "
        + lots.expires(lot);
  }

  /** The first {@link Expiries#MEMO_LOTS} credits, and how many there were if more. */
  static String memoLots(List<String> credited) {
    int count = credited.size();
    String listed = String.join("; ", credited.subList(0, Math.min(Expiries.MEMO_LOTS, count)));
    return count <= Expiries.MEMO_LOTS ? listed : listed + "; … 共 " + count + " 笔";
  }
}
