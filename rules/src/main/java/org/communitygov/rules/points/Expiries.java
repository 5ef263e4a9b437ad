package org.communitygov.rules.points;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.communitygov.model.ledger.AccountId;
import org.communitygov.model.ledger.Amount;
import org.communitygov.model.ledger.EntryId;
import org.communitygov.model.ledger.ImmutableTransaction;
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
import org.jspecify.annotations.Nullable;

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
   * member's) from the member's account ({@code account}, the instance the book's postings name);
   * {@code rules} gives the expiry term of each credited day and the builders the transaction is
   * written with.
   *
   * <p>The explanation is deferred (ADR 0121): its step is made when it is first read, by {@link
   * #explanation}, from the same immutable values. The term of each credited day is found now all
   * the same, so that a day without a policy throws when the job runs, as it did.
   */
  static Decision<PointsOutcome> expire(
      Unit unit,
      MemberId member,
      AccountId account,
      LocalDate date,
      EntryId id,
      ExpiredLots lots,
      Terms rules) {
    long total = lots.total();
    long previous = 0;
    for (int i = 0; i < lots.size(); i++) {
      long credited = lots.day(i);
      if (i == 0 || credited != previous) {
        rules.on(credited);
        previous = credited;
      }
    }
    Amount expired = Amount.ofMinor(unit, total);
    Function<LocalDate, PolicyTerms> termsOn = rules.termsOn;
    Explanation explanation =
        Explanation.deferred(() -> explanation(member, date, lots, expired, termsOn));
    if (total == 0) {
      return Decision.of(ID, PointsOutcome.nothing(TransactionKind.EXPIRY), explanation);
    }
    Transaction tx =
        rules
            .transaction()
            .id(id)
            .bookingDate(date)
            .valueDate(date)
            .addPosting(Posting.of(account, expired.negated()))
            .addPosting(Posting.of(PointsAccounts.ISSUANCE, expired))
            .memo(memo(rules.memo(), unit, total, lots, rules))
            .source(rules.source(date))
            .build();
    return Decision.of(ID, PointsOutcome.posting(TransactionKind.EXPIRY, tx), explanation);
  }

  /**
   * The explanation of an expiry: one decisive step with the member, the date, the lots (their text
   * made when the explanation is read), the expiry term of each credited day (once each, in order
   * of first use) and what expired. {@code termsOn} must be a pure function (the book's is a
   * look-up in its immutable policy parameters).
   */
  static Explanation explanation(
      MemberId member,
      LocalDate date,
      ExpiredLots lots,
      Amount expired,
      Function<LocalDate, PolicyTerms> termsOn) {
    Step.Builder step =
        Step.builder(ID, lots.days())
            .fact(Fact.of("member", member).withLabel(MEMBER))
            .fact(Fact.of("date", date).withLabel(DATE))
            .fact(Fact.of("lots", lots).withLabel(LOTS));
    // The term of each credited day, once (the step keeps a parameter once, in order of first use).
    long previous = 0;
    for (int i = 0; i < lots.size(); i++) {
      long credited = lots.day(i);
      if (i == 0 || credited != previous) {
        step.parameter(termsOn.apply(LocalDate.ofEpochDay(credited)).expiry);
        previous = credited;
      }
    }
    Step s = step.result(Fact.of("expired", expired).withLabel(EXPIRED)).build();
    return Explanation.of(List.of()).thenDecisive(s);
  }

  /**
   * The memo: {@code 过期 <total>（记入于 <the first lots' lines>）}, of {@code total} in the unit's
   * smallest step, written in {@code memo} (emptied first: a run's builder, UTF-16 after its first
   * memo); {@code days} writes the days of the run's lots once each.
   */
  static String memo(StringBuilder memo, Unit unit, long total, ExpiredLots lots, Terms days) {
    memo.setLength(0);
    memo.append("过期 ");
    Texts.appendDecimal(memo, unit, total).append("（记入于 ");
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
   * What one run of the job keeps from one member to the next: the expiry term in force on each
   * credited day, found once per day, and each day's text as memos write it, made once per day (a
   * year's members share a few hundred credited days and as many expiry days); the builders the
   * memos and transactions are written with (as the accrual's, ADR 0116 and ADR 0121), and the
   * transactions' source.
   *
   * <p>Not thread-safe: one run of the job uses it.
   */
  static final class Terms {
    // Days further apart than this from the first asked are found each time.
    private static final int SPAN = 1 << 14;
    // The room a memo builder starts with: that of eight lots' lines and the total.
    private static final int MEMO_ROOM = 320;

    /** The terms of the policy in force on a date (a pure function: explanations call it later). */
    final Function<LocalDate, PolicyTerms> termsOn;

    private final ResolvedParameter<?>[] byDay = new ResolvedParameter<?>[SPAN];
    private final String[] texts = new String[SPAN];
    private long first = Long.MIN_VALUE;
    private final StringBuilder memo = new StringBuilder(MEMO_ROOM);
    private final ImmutableTransaction.Builder transaction = Transaction.builder();
    private @Nullable LocalDate sourceDate;
    private String source = "";

    /**
     * The terms of the policy in force on a date, which {@code termsOn} finds (or throws): a pure
     * function of the date.
     */
    Terms(Function<LocalDate, PolicyTerms> termsOn) {
      this.termsOn = termsOn;
    }

    /** The run's memo builder (the memo empties it). */
    StringBuilder memo() {
      return memo;
    }

    /**
     * The run's transaction builder, its postings removed; an expiry sets every other attribute it
     * uses (id, dates, memo, source) each time, and never the others.
     */
    ImmutableTransaction.Builder transaction() {
      // Collections.emptyList's iterator is one shared instance; List.of()'s is made per call.
      return transaction.postings(Collections.emptyList());
    }

    /** The source of the expiry transactions of a date: {@code expiry:<date>}. */
    String source(LocalDate date) {
      if (!date.equals(sourceDate)) {
        source = "expiry:" + date;
        sourceDate = date;
      }
      return source;
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
