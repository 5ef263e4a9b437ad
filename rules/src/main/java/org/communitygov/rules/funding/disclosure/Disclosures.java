package org.communitygov.rules.funding.disclosure;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.communitygov.model.common.Money;
import org.communitygov.model.funding.Fund;
import org.communitygov.model.funding.FundId;
import org.communitygov.model.funding.FundingKind;
import org.communitygov.model.funding.Project;
import org.communitygov.model.funding.PurchaseContract;
import org.communitygov.model.ledger.Entry;
import org.communitygov.model.ledger.Posting;
import org.communitygov.model.ledger.Transaction;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.funding.book.FundBook;
import org.communitygov.rules.funding.book.FundingAccounts;
import org.communitygov.rules.funding.book.FundingAccounts.Role;
import org.communitygov.rules.funding.book.FundingSource;
import org.communitygov.rules.funding.disclosure.DisclosureReport.Line;
import org.communitygov.rules.funding.lottery.LotteryElderlyShare;
import org.communitygov.rules.funding.lottery.LotteryShareInput;

/**
 * Folds a book's ledger into the disclosure report of a period (ADR 0090): one pass over the
 * journal's transactions, closing entries left out, each posting line counted by its fund and role
 * and each transaction's dimensions read from its source.
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
    Map<FundId, Fund> funds = new HashMap<>();
    book.funds().forEach(f -> funds.put(f.id(), f));
    Sums bySource = new Sums();
    Sums byFund = new Sums();
    Sums byCategory = new Sums();
    Sums byProject = new Sums();
    Sums byContract = new Sums();
    Sums byGroup = new Sums();
    Map<String, Integer> groupCounts = new HashMap<>();
    Map<String, long[]> months = new TreeMap<>();
    Map<String, long[]> restricted = new LinkedHashMap<>();
    Map<String, String[]> restrictedLabels = new LinkedHashMap<>();
    List<DisclosureReport.Release> releases = new ArrayList<>();
    List<DisclosureReport.Item> major = new ArrayList<>();
    Sums lotteryProject = new Sums();
    Sums lotteryCategory = new Sums();
    long[] totals = new long[4];
    long[] lottery = new long[2];
    Map<org.communitygov.model.ledger.AccountId, FundingAccounts.Line> lines = new HashMap<>();
    for (Fund f : book.funds()) {
      if (f.restriction().isRestricted()) {
        restricted.putIfAbsent(Labels.fundKey(f), new long[9]);
        restrictedLabels.putIfAbsent(
            Labels.fundKey(f),
            new String[] {Labels.fundName(f), f.restriction().purpose().orElseThrow()});
      }
    }
    for (Entry e : book.ledger().entries()) {
      if (!(e instanceof Transaction tx) || tx.source().isEmpty()) {
        continue;
      }
      FundingSource source = FundingSource.parse(tx.source().get());
      Optional<FundingKind> kind = source.fundingKind();
      if (kind.isEmpty()) {
        continue;
      }
      LocalDate date = tx.valueDate();
      boolean inPeriod = period.contains(date);
      String month = inPeriod ? YearMonth.from(date).toString() : "";
      boolean before = date.isBefore(period.first());
      for (Posting p : tx.postings()) {
        var line = lines.computeIfAbsent(p.account(), a -> FundingAccounts.lineOf(a).orElseThrow());
        Fund fund = funds.get(line.fund());
        if (fund == null) {
          continue;
        }
        long x = p.amount().minor();
        String fundKey = Labels.fundKey(fund);
        long[] r = restricted.get(fundKey);
        if (r != null && line.role() == Role.FUND && (before || inPeriod)) {
          if (before) {
            r[0] += x;
          }
          r[8] += x;
        }
        if (r != null && inPeriod) {
          switch (line.role()) {
            case IN -> r[1] -= x;
            case TRANSFER_IN -> r[2] -= x;
            case OUT -> r[3] += x;
            case REFUND -> r[4] += x;
            case TRANSFER_OUT -> r[5] += x;
            case RELEASED -> r[6] += x;
            default -> {}
          }
        }
        if (!inPeriod) {
          continue;
        }
        if (line.role() == Role.IN) {
          bySource.add(fund.source().name(), Labels.source(fund.source()), -x);
          byFund.add(fundKey, Labels.fundName(fund), -x);
          months.computeIfAbsent(month, m -> new long[2])[0] -= x;
          totals[0] -= x;
          if (fund.source().isLottery()) {
            lottery[0] -= x;
          }
        } else if (line.role() == Role.OUT) {
          String category = source.get("category").orElse("-");
          byCategory.add(category, Labels.category(category), x);
          String project = source.get("project").orElse("-");
          byProject.add(project, projectLabel(book, project), x);
          source.get("contract").ifPresent(c -> byContract.add(c, contractLabel(book, c), x));
          String group = source.get("group").orElse("-");
          byGroup.add(group, Labels.group(group), x);
          groupCounts.merge(group, 1, Integer::sum);
          months.computeIfAbsent(month, m -> new long[2])[1] += x;
          totals[1] += x;
          if (fund.source().isLottery()) {
            lottery[1] += x;
            lotteryProject.add(project, projectLabel(book, project), x);
            lotteryCategory.add(category, Labels.category(category), x);
          }
        } else if (line.role() == Role.REFUND) {
          totals[2] += x;
        } else if (line.role() == Role.RELEASED) {
          totals[3] += x;
          String to =
              tx.postings().stream()
                  .map(q -> FundingAccounts.lineOf(q.account()).orElseThrow())
                  .filter(l -> l.role() == Role.TRANSFER_IN)
                  .map(l -> Labels.fundKey(funds.get(l.fund())))
                  .findFirst()
                  .orElse("-");
          releases.add(
              new DisclosureReport.Release(
                  tx.id().value(), date.toString(), fundKey, to, x, tx.memo()));
        }
      }
      if (inPeriod && source.get("major").isPresent()) {
        Posting first = tx.postings().get(0);
        Fund fund = funds.get(FundingAccounts.lineOf(first.account()).orElseThrow().fund());
        major.add(
            new DisclosureReport.Item(
                tx.id().value(),
                date.toString(),
                kind.get().name(),
                fund == null ? "-" : Labels.fundKey(fund),
                Math.abs(first.amount().minor()),
                tx.memo()));
      }
    }
    List<DisclosureReport.RestrictedFund> restrictedFunds = new ArrayList<>();
    restricted.forEach(
        (key, r) ->
            restrictedFunds.add(
                new DisclosureReport.RestrictedFund(
                    key,
                    restrictedLabels.get(key)[0],
                    restrictedLabels.get(key)[1],
                    r[0],
                    r[1],
                    r[2],
                    r[3],
                    r[4],
                    r[5],
                    r[6],
                    r[8])));
    List<DisclosureReport.Month> monthLines = new ArrayList<>();
    months.forEach((m, v) -> monthLines.add(new DisclosureReport.Month(m, v[0], v[1])));
    return new DisclosureReport(
        book.community().value(),
        period,
        threshold,
        bySource.lines(),
        byFund.lines(),
        byCategory.lines(),
        byProject.lines(),
        byContract.lines(),
        groups(byGroup, groupCounts, threshold),
        monthLines,
        restrictedFunds,
        releases,
        new DisclosureReport.Lottery(
            lottery[0],
            lottery[1],
            lotteryProject.lines(),
            lotteryCategory.lines(),
            elderlyShare(lotteryShare(book, period.last()))),
        major,
        new DisclosureReport.Totals(totals[0], totals[1], totals[2], totals[3]),
        book.closingHead(period.last())
            .map(h -> new DisclosureReport.Head(period.last().toString(), h.size(), h.rootHex())));
  }

  /** Groups with fewer transactions than the threshold are merged into "other". */
  private static List<Line> groups(Sums byGroup, Map<String, Integer> counts, int threshold) {
    Sums out = new Sums();
    for (Line l : byGroup.lines()) {
      boolean small = counts.getOrDefault(l.key(), 0) < threshold;
      if (small || l.key().equals("-")) {
        out.add("OTHER", "其他（含不足" + threshold + "笔的群体）", l.fen());
      } else {
        out.add(l.key(), l.label(), l.fen());
      }
    }
    return out.lines();
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
    Map<FundId, Fund> funds = new HashMap<>();
    book.funds().forEach(f -> funds.put(f.id(), f));
    long[] year = new long[2];
    for (Entry e : book.ledger().entries()) {
      if (!(e instanceof Transaction tx) || tx.source().isEmpty()) {
        continue;
      }
      LocalDate date = tx.valueDate();
      if (date.getYear() != through.getYear() || date.isAfter(through)) {
        continue;
      }
      FundingSource source = FundingSource.parse(tx.source().get());
      if (source.fundingKind().isEmpty()) {
        continue; // a closing entry
      }
      for (Posting p : tx.postings()) {
        var line = FundingAccounts.lineOf(p.account()).orElseThrow();
        Fund fund = funds.get(line.fund());
        if (line.role() == Role.OUT
            && fund != null
            && fund.source() == org.communitygov.model.funding.SourceKind.WELFARE_LOTTERY) {
          year[0] += p.amount().minor();
          if (source.get("group").filter(ELDERLY_GROUPS::contains).isPresent()) {
            year[1] += p.amount().minor();
          }
        }
      }
    }
    return LotteryElderlyShare.rule()
        .evaluate(
            LotteryShareInput.builder()
                .lotterySpending(money(year[0]))
                .elderlyCareSpending(money(year[1]))
                .build(),
            book.context(through));
  }

  private static String elderlyShare(Decision<LotteryElderlyShare.Result> d) {
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

  private static String projectLabel(FundBook book, String id) {
    return book.projects().stream()
        .filter(p -> p.id().value().equals(id))
        .map(Project::name)
        .map(n -> n.zh())
        .findFirst()
        .orElse(id.equals("-") ? "无项目" : id);
  }

  private static String contractLabel(FundBook book, String id) {
    return book.contracts().stream()
        .filter(c -> c.id().value().equals(id))
        .map(PurchaseContract::provider)
        .map(p -> id + " " + p.name().zh())
        .findFirst()
        .orElse(id);
  }

  /** Sums per key in the order keys first appear. */
  private static final class Sums {
    private final Map<String, Line> lines = new LinkedHashMap<>();

    void add(String key, String label, long fen) {
      lines.merge(
          key, new Line(key, label, fen), (a, b) -> new Line(key, a.label(), a.fen() + fen));
    }

    List<Line> lines() {
      return List.copyOf(lines.values());
    }
  }
}
