package org.communitygov.rules.funding.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.communitygov.rules.funding.book.FundingAccounts.Role;
import org.communitygov.rules.funding.disclosure.DisclosureFold.Dimensions;
import org.communitygov.rules.funding.disclosure.DisclosureFold.LineAccount;
import org.communitygov.rules.funding.disclosure.DisclosureReport.Line;

/**
 * The accumulators of one period's report (ADR 0097): sums per key in fen, in the order keys first
 * appear, labelled only when the report is built; the restricted funds' columns; the year-to-date
 * welfare-lottery spending for the elderly-care share. Their size depends on the keys, never on the
 * number of transactions (the releases and major items, which the report lists one by one, apart).
 */
final class PeriodSums {
  final ReportPeriod period;
  private final int first;
  private final int last;
  private final int yearStart;
  private final Sums bySource = new Sums();
  private final Sums byFund = new Sums();
  private final Sums byCategory = new Sums();
  private final Sums byProject = new Sums();
  private final Sums byContract = new Sums();
  private final Sums byGroup = new Sums();
  private final Sums lotteryProject = new Sums();
  private final Sums lotteryCategory = new Sums();
  private final Map<Integer, long[]> months = new TreeMap<>();
  private final long[][] restricted;
  private final List<DisclosureReport.Release> releases = new ArrayList<>();
  private final List<DisclosureReport.Item> major = new ArrayList<>();
  private final long[] totals = new long[4];
  private final long[] lottery = new long[2];
  final long[] yearToDate = new long[2];

  PeriodSums(ReportPeriod period, int restrictedFunds) {
    this.period = period;
    this.first = FoldedTransaction.day(period.first());
    this.last = FoldedTransaction.day(period.last());
    this.yearStart = period.last().getYear() * 10_000 + 101;
    this.restricted = new long[restrictedFunds][9];
  }

  /** Adds a transaction whose lines' accounts are resolved ({@code null} for no fund's). */
  void add(
      FoldedTransaction tx, Dimensions d, int date, LineAccount[] accounts, long[] fen, int n) {
    if (date > last) {
      return;
    }
    boolean in = date >= first;
    for (int i = 0; i < n; i++) {
      LineAccount a = accounts[i];
      if (a == null) {
        continue;
      }
      long x = fen[i];
      long[] r = a.slot() < 0 ? null : restricted[a.slot()];
      if (r != null && a.role() == Role.FUND) {
        if (!in) {
          r[0] += x;
        }
        r[8] += x;
      }
      if (a.role() == Role.OUT && a.welfareLottery() && date >= yearStart) {
        yearToDate[0] += x;
        if (d.elderly()) {
          yearToDate[1] += x;
        }
      }
      if (in) {
        addInPeriod(tx, d, date, a, r, x, accounts, n);
      }
    }
    if (in && d.major()) {
      LineAccount a = n == 0 ? null : accounts[0];
      major.add(
          new DisclosureReport.Item(
              tx.id(),
              tx.dateText(),
              d.kind().name(),
              a == null ? "-" : a.fundKey(),
              n == 0 ? 0 : Math.abs(fen[0]),
              tx.memo()));
    }
  }

  private void addInPeriod(
      FoldedTransaction tx,
      Dimensions d,
      int date,
      LineAccount a,
      long[] r,
      long x,
      LineAccount[] accounts,
      int n) {
    if (r != null) {
      switch (a.role()) {
        case IN -> r[1] -= x;
        case TRANSFER_IN -> r[2] -= x;
        case OUT -> r[3] += x;
        case REFUND -> r[4] += x;
        case TRANSFER_OUT -> r[5] += x;
        case RELEASED -> r[6] += x;
        default -> {}
      }
    }
    switch (a.role()) {
      case IN -> {
        bySource.add(a.fund().source().name(), -x);
        byFund.add(a.fundKey(), -x);
        months.computeIfAbsent(date / 100, m -> new long[2])[0] -= x;
        totals[0] -= x;
        if (a.lottery()) {
          lottery[0] -= x;
        }
      }
      case OUT -> {
        byCategory.add(d.category(), x);
        byProject.add(d.project(), x);
        if (d.contract() != null) {
          byContract.add(d.contract(), x);
        }
        byGroup.add(d.group(), x);
        months.computeIfAbsent(date / 100, m -> new long[2])[1] += x;
        totals[1] += x;
        if (a.lottery()) {
          lottery[1] += x;
          lotteryProject.add(d.project(), x);
          lotteryCategory.add(d.category(), x);
        }
      }
      case REFUND -> totals[2] += x;
      case RELEASED -> {
        totals[3] += x;
        String to = "-";
        for (int j = 0; j < n; j++) {
          if (accounts[j] != null && accounts[j].role() == Role.TRANSFER_IN) {
            to = accounts[j].fundKey();
            break;
          }
        }
        releases.add(
            new DisclosureReport.Release(tx.id(), tx.dateText(), a.fundKey(), to, x, tx.memo()));
      }
      default -> {}
    }
  }

  /** Builds the report; the labels come from the fold's registers. */
  DisclosureReport report(
      DisclosureFold fold,
      int threshold,
      String elderlyShare,
      Optional<DisclosureReport.Head> head) {
    List<DisclosureReport.RestrictedFund> funds = new ArrayList<>();
    for (int s = 0; s < restricted.length; s++) {
      long[] r = restricted[s];
      String[] label = fold.keys().restrictedLabel(s);
      funds.add(
          new DisclosureReport.RestrictedFund(
              label[0], label[1], label[2], r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[8]));
    }
    List<DisclosureReport.Month> monthLines = new ArrayList<>();
    months.forEach(
        (m, v) ->
            monthLines.add(
                new DisclosureReport.Month(
                    m / 100 + (m % 100 < 10 ? "-0" : "-") + m % 100, v[0], v[1])));
    return new DisclosureReport(
        fold.community(),
        period,
        threshold,
        bySource.lines(k -> Labels.source(org.communitygov.model.funding.SourceKind.valueOf(k))),
        byFund.lines(fold.keys()::fundLabel),
        byCategory.lines(Labels::category),
        byProject.lines(fold.keys()::projectLabel),
        byContract.lines(fold.keys()::contractLabel),
        groups(threshold),
        monthLines,
        funds,
        List.copyOf(releases),
        new DisclosureReport.Lottery(
            lottery[0],
            lottery[1],
            lotteryProject.lines(fold.keys()::projectLabel),
            lotteryCategory.lines(Labels::category),
            elderlyShare),
        List.copyOf(major),
        new DisclosureReport.Totals(totals[0], totals[1], totals[2], totals[3]),
        head);
  }

  /** Groups with fewer transactions than the threshold are merged into "other". */
  private List<Line> groups(int threshold) {
    Sums out = new Sums();
    byGroup.sums.forEach(
        (key, v) -> {
          boolean small = v[1] < threshold;
          out.add(small || key.equals("-") ? "OTHER" : key, v[0]);
        });
    String other = "其他（含不足" + threshold + "笔的群体）";
    return out.lines(k -> k.equals("OTHER") ? other : Labels.group(k));
  }

  /** Sums and counts per key in the order keys first appear. */
  private static final class Sums {
    final Map<String, long[]> sums = new LinkedHashMap<>();

    void add(String key, long fen) {
      long[] v = sums.get(key);
      if (v == null) {
        v = new long[2];
        sums.put(key, v);
      }
      v[0] += fen;
      v[1]++;
    }

    List<Line> lines(UnaryOperator<String> label) {
      List<Line> out = new ArrayList<>(sums.size());
      sums.forEach((k, v) -> out.add(new Line(k, label.apply(k), v[0])));
      return List.copyOf(out);
    }
  }
}
