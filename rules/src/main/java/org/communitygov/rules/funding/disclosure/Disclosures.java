package org.communitygov.rules.funding.disclosure;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.communitygov.model.common.Money;
import org.communitygov.model.ledger.Entry;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.engine.RuleContext;
import org.communitygov.rules.funding.book.FundBook;
import org.communitygov.rules.funding.book.FundingAccounts;
import org.communitygov.rules.funding.lottery.LotteryElderlyShare;
import org.communitygov.rules.funding.lottery.LotteryShareInput;

/**
 * Folds a book's ledger into the disclosure report of a period (ADR 0090): one pass over the
 * journal's transactions, closing entries left out, each posting line counted by its fund and role
 * and each transaction's dimensions read from its source. The fold is {@link DisclosureFold}'s,
 * which also streams a journal file into the reports of several periods (ADR 0097).
 *
 * @since 0.1.0
 */
public final class Disclosures {
  /** The groups whose spending counts as elderly care for the lottery share. */
  static final Set<String> ELDERLY_GROUPS =
      Set.of("ELDERLY", "VERY_ELDERLY", "LIVING_ALONE", "EMPTY_NEST");

  /** The default least number of transactions of a population group shown on its own. */
  public static final int DEFAULT_THRESHOLD = 3;

  private Disclosures() {}

  /**
   * Folds the report of a period.
   *
   * @param book the book, not null
   * @param period the period, not null
   * @param threshold the least number of transactions of a population group shown on its own
   * @return the report, not null
   */
  public static DisclosureReport of(FundBook book, ReportPeriod period, int threshold) {
    DisclosureFold fold =
        DisclosureFold.of(DisclosureFold.Registers.of(book), List.of(period), threshold);
    for (Entry e : book.ledger().entries()) {
      fold.accept(e);
    }
    book.closingHead(period.last())
        .ifPresent(
            h ->
                fold.head(
                    period.last(),
                    new DisclosureReport.Head(period.last().toString(), h.size(), h.rootHex())));
    return fold.reports().get(0);
  }

  /**
   * Decides the elderly-care share of the welfare-lottery spending of a year up to a day: the
   * spending from welfare-lottery funds from 1 January to the day, and the part of it for an
   * elderly population group ({@link LotteryElderlyShare}).
   *
   * @param book the book, not null
   * @param through the last day counted, not null
   * @return the decision, with the parameter's confidence in its step, not null
   */
  public static Decision<LotteryElderlyShare.Result> lotteryShare(
      FundBook book, LocalDate through) {
    ReportPeriod year =
        new ReportPeriod(String.valueOf(through.getYear()), through.withDayOfYear(1), through);
    DisclosureFold fold =
        DisclosureFold.of(DisclosureFold.Registers.of(book), List.of(year), DEFAULT_THRESHOLD);
    for (Entry e : book.ledger().entries()) {
      fold.accept(e);
    }
    return fold.share(fold.periods().get(0));
  }

  /** Decides the elderly-care share of a year's welfare-lottery spending in a context. */
  static Decision<LotteryElderlyShare.Result> share(
      long lotteryFen, long elderlyFen, RuleContext context) {
    return LotteryElderlyShare.rule()
        .evaluate(
            LotteryShareInput.builder()
                .lotterySpending(money(lotteryFen))
                .elderlyCareSpending(money(elderlyFen))
                .build(),
            context);
  }

  static String elderlyShare(Decision<LotteryElderlyShare.Result> d) {
    var p = d.explanation().steps().get(0).parameters().get(0);
    String limit = p.valueText() + " (" + p.confidence() + ", " + p.effectiveFrom() + ")";
    if (d.outcomeOrThrow() == LotteryElderlyShare.Result.NO_LOTTERY_SPENDING) {
      return d.outcomeOrThrow().code() + ": minimum " + limit;
    }
    var facts = d.explanation().steps().get(0).facts();
    String share =
        d.explanation()
            .steps()
            .get(0)
            .comparison()
            .orElseThrow()
            .left()
            .fact()
            .orElseThrow()
            .value();
    boolean met = d.outcomeOrThrow() == LotteryElderlyShare.Result.MET;
    return d.outcomeOrThrow().code()
        + ": "
        + facts.get(1).value()
        + " / "
        + facts.get(0).value()
        + " = "
        + share
        + (met ? " ≥ " : " < ")
        + limit;
  }

  private static Money money(long fen) {
    return org.communitygov.model.ledger.Amount.ofMinor(FundingAccounts.UNIT, fen).toMoney();
  }
}
