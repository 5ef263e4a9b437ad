package org.communitygov.rules.points;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.communitygov.model.ledger.Amount;
import org.communitygov.model.ledger.EntryId;
import org.communitygov.model.ledger.Posting;
import org.communitygov.model.ledger.Transaction;
import org.communitygov.model.ledger.Unit;
import org.communitygov.model.points.MemberId;
import org.communitygov.model.points.TransactionKind;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.engine.Explanation;
import org.communitygov.rules.engine.Fact;
import org.communitygov.rules.engine.LocalizedText;
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

  private static final LocalizedText MEMBER = Texts.label("成员", "member");
  private static final LocalizedText DATE = Texts.label("到期处理日", "expiry run");
  private static final LocalizedText LOTS = Texts.label("记入日 数额 → 到期日", "credited → expires");
  private static final LocalizedText EXPIRED = Texts.label("过期", "expired");

  private Expiries() {}

  /**
   * The expiry of a member's lots on a date, in a transaction of the id given (the date's and the
   * member's); {@code rules} gives the expiry term of each credited day.
   */
  static Decision<PointsOutcome> expire(
      Unit unit, MemberId member, LocalDate date, EntryId id, ExpiredLots lots, Terms rules) {
    long total = lots.total();
    Step.Builder step =
        Step.builder(ID, lots.days())
            .fact(Fact.of("member", member).withLabel(MEMBER))
            .fact(Fact.of("date", date).withLabel(DATE))
            // The lots' text is made when the explanation is read.
            .fact(Fact.of("lots", lots).withLabel(LOTS));
    // The term of each credited day, once (the step keeps a parameter once, in order of first use).
    long previous = 0;
    for (int i = 0; i < lots.size(); i++) {
      long credited = lots.day(i);
      if (i == 0 || credited != previous) {
        step.parameter(rules.on(credited));
        previous = credited;
      }
    }
    Amount expired = Amount.ofMinor(unit, total);
    Step s = step.result(Fact.of("expired", expired).withLabel(EXPIRED)).build();
    Explanation explanation = Explanation.of(List.of()).thenDecisive(s);
    if (total == 0) {
      return Decision.of(ID, PointsOutcome.nothing(TransactionKind.EXPIRY), explanation);
    }
    Transaction tx =
        Transaction.builder()
            .id(id)
            .bookingDate(date)
            .valueDate(date)
            .addPosting(Posting.of(PointsAccounts.member(member), expired.negated()))
            .addPosting(Posting.of(PointsAccounts.ISSUANCE, expired))
            .memo(memo(expired, lots, rules))
            .source("expiry:" + date)
            .build();
    return Decision.of(ID, PointsOutcome.posting(TransactionKind.EXPIRY, tx), explanation);
  }

  /**
   * The memo: {@code 过期 <total>（记入于 <the first lots' lines>）}, in one text; {@code days} writes the
   * days of the run's lots once each.
   */
  static String memo(Amount expired, ExpiredLots lots, Terms days) {
    StringBuilder memo = new StringBuilder(48 + 32 * Math.min(MEMO_LOTS, lots.size()));
    memo.append("过期 ").append(expired.decimalText()).append("（记入于 ");
    for (int i = 0; i < Math.min(MEMO_LOTS, lots.size()); i++) {
      if (i > 0) {
        memo.append("; ");
      }
      lots.appendLine(memo, i, days);
    }
    if (lots.size() > MEMO_LOTS) {
      memo.append("; … 共 ").append(lots.size()).append(" 笔");
    }
    return memo.append("）").toString();
  }

  /**
   * The expiry term in force on each credited day, found once per day for a run of the job, and
   * each day's text as memos write it, made once per day: a year's members share a few hundred
   * credited days and as many expiry days.
   *
   * <p>Not thread-safe: one run of the job uses it.
   */
  static final class Terms {
    // Days further apart than this from the first asked are found each time.
    private static final int SPAN = 1 << 14;

    private final Function<LocalDate, PolicyTerms> termsOn;
    private final ResolvedParameter<?>[] byDay = new ResolvedParameter<?>[SPAN];
    private final String[] texts = new String[SPAN];
    private long first = Long.MIN_VALUE;

    /** The terms of the policy in force on a date, which {@code termsOn} finds (or throws). */
    Terms(Function<LocalDate, PolicyTerms> termsOn) {
      this.termsOn = termsOn;
    }

    /** The expiry term of the policy in force on a day (an epoch day). */
    ResolvedParameter<?> on(long day) {
      int at = place(day);
      if (at < 0) {
        return termsOn.apply(LocalDate.ofEpochDay(day)).expiry;
      }
      ResolvedParameter<?> term = byDay[at];
      if (term == null) {
        term = termsOn.apply(LocalDate.ofEpochDay(day)).expiry;
        byDay[at] = term;
      }
      return term;
    }

    /** Appends a day (an epoch day) as {@link Texts#appendDate} writes it. */
    StringBuilder appendDate(StringBuilder text, long day) {
      int at = place(day);
      if (at < 0) {
        return Texts.appendDate(text, day);
      }
      String date = texts[at];
      if (date == null) {
        date = Texts.appendDate(new StringBuilder(10), day).toString();
        texts[at] = date;
      }
      return text.append(date);
    }

    /** A day's place in the arrays by day, or -1 if it is too far from the first day asked. */
    private int place(long day) {
      if (first == Long.MIN_VALUE) {
        first = day - SPAN / 2;
      }
      long at = day - first;
      return at < 0 || at >= SPAN ? -1 : (int) at;
    }
  }
}
