package org.communitygov.rules.funding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.communitygov.model.funding.Fund;
import org.communitygov.model.funding.FundingTransaction;
import org.communitygov.model.funding.SourceKind;
import org.communitygov.model.ledger.Entry;
import org.communitygov.model.ledger.PeriodClose;
import org.communitygov.model.ledger.Posting;
import org.communitygov.model.ledger.Transaction;
import org.communitygov.rules.funding.book.FundBook;
import org.communitygov.rules.funding.disclosure.DisclosureJson;
import org.communitygov.rules.funding.disclosure.Disclosures;
import org.communitygov.rules.funding.disclosure.ReportPeriod;
import org.communitygov.rules.ledger.Hashes;
import org.communitygov.rules.ledger.JournalLine;
import org.communitygov.rules.ledger.MerkleTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The disclosure report reconciles with the ledger to the fen: an independent fold of the journal —
 * by account prefixes and the text of each transaction's source, not by the report's code — gives
 * every figure of the JSON report: totals; income by source and fund; spending by category,
 * project, contract and population group (small groups merged); months; every column of the
 * restricted funds (opening, received, transferred in, spent, refunded, transferred out, released,
 * closing); the lottery funds' receipts, spending, projects and categories and the year's
 * elderly-care share; the releases and major items; and the closing tree head recomputed from the
 * journal's leaves — for the Hepingli example's quarters and year and for random funding histories
 * from printed seeds.
 */
class DisclosureReconciliationTest {
  static final List<String> COLUMNS =
      List.of(
          "opening",
          "received",
          "transferredIn",
          "spent",
          "refunded",
          "transferredOut",
          "released",
          "closing");
  static final Pattern DIMENSION = Pattern.compile(";(category|project|contract|group)=([^;]+)");

  @Test
  void everyFigureOfTheExampleReportsEqualsTheIndependentFold() throws IOException {
    FundBook book = Hepingli.book();
    for (String period : List.of("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4", "2026", "2026-07")) {
      reconcile(book, ReportPeriod.parse(period));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {3, 42, 20261202})
  void everyFigureOfARandomHistoryEqualsTheIndependentFold(long seed) throws IOException {
    System.out.println("DisclosureReconciliationTest seed " + seed);
    Random random = new Random(seed);
    FundBook book = FundingFixtures.book();
    LocalDate date = LocalDate.of(2026, 1, 2);
    for (int i = 0; i < 300; i++) {
      date = date.plusDays(random.nextInt(2));
      FundingTransaction tx = FundingPropertyTest.random(random, "T" + i, date, book.funds());
      book.post(FundingTransaction.builder().from(tx).major(random.nextInt(15) == 0).build());
      if (i == 150) {
        book.close(LocalDate.of(date.getYear(), date.getMonth(), 1).minusDays(1));
      }
    }
    book.close(ReportPeriod.parse("2026-Q1").last());
    for (String period : List.of("2026-Q1", "2026-Q2", "2026", "2026-03", "2026-05")) {
      reconcile(book, ReportPeriod.parse(period));
    }
  }

  static void reconcile(FundBook book, ReportPeriod period) throws IOException {
    Map<String, Fund> funds = new HashMap<>();
    book.funds().forEach(f -> funds.put(f.id().value(), f));
    Map<String, Long> figures = new TreeMap<>();
    Map<String, long[]> groups = new TreeMap<>();
    long[] lotteryYear = new long[2];
    for (Entry e : book.ledger().entries()) {
      if (!(e instanceof Transaction tx) || tx.source().orElse("close").startsWith("close")) {
        continue;
      }
      LocalDate d = tx.valueDate();
      String source = tx.source().get();
      Map<String, String> dims = new HashMap<>();
      Matcher m = DIMENSION.matcher(source);
      while (m.find()) {
        dims.put(m.group(1), m.group(2));
      }
      if (period.contains(d) && source.contains(";major=true")) {
        Posting first = tx.postings().get(0);
        String account = first.account().value();
        figures.put(
            "majorItems."
                + tx.id().value()
                + "."
                + source
                    .substring(0, source.indexOf(';') < 0 ? source.length() : source.indexOf(';'))
                    .toUpperCase(java.util.Locale.ROOT)
                + "."
                + key(funds.get(account.substring(account.indexOf(':') + 1))),
            Math.abs(first.amount().minor()));
      }
      for (Posting p : tx.postings()) {
        String account = p.account().value();
        String role = account.substring(0, account.indexOf(':'));
        Fund fund = funds.get(account.substring(account.indexOf(':') + 1));
        long x = p.amount().minor();
        boolean restricted = fund.restriction().isRestricted();
        String r = "restrictedFunds." + key(fund) + ".";
        if (role.equals("fund") && restricted && !d.isAfter(period.last())) {
          figures.merge(r + "closing", x, Long::sum);
          if (d.isBefore(period.first())) {
            figures.merge(r + "opening", x, Long::sum);
          }
        }
        if (role.equals("out")
            && fund.source() == SourceKind.WELFARE_LOTTERY
            && d.getYear() == period.last().getYear()
            && !d.isAfter(period.last())) {
          lotteryYear[0] += x;
          if (List.of("ELDERLY", "VERY_ELDERLY", "LIVING_ALONE", "EMPTY_NEST")
              .contains(dims.getOrDefault("group", "-"))) {
            lotteryYear[1] += x;
          }
        }
        if (!period.contains(d)) {
          continue;
        }
        String month = "months." + d.toString().substring(0, 7);
        boolean lottery =
            fund.source() == SourceKind.WELFARE_LOTTERY
                || fund.source() == SourceKind.SPORTS_LOTTERY;
        switch (role) {
          case "in" -> {
            figures.merge("totals.income", -x, Long::sum);
            figures.merge("incomeBySource." + fund.source(), -x, Long::sum);
            figures.merge("incomeByFund." + key(fund), -x, Long::sum);
            figures.merge(month + ".income", -x, Long::sum);
            if (restricted) {
              figures.merge(r + "received", -x, Long::sum);
            }
            if (lottery) {
              figures.merge("lottery.received", -x, Long::sum);
            }
          }
          case "out" -> {
            figures.merge("totals.spending", x, Long::sum);
            figures.merge(month + ".spending", x, Long::sum);
            String category = dims.getOrDefault("category", "-");
            String project = dims.getOrDefault("project", "-");
            figures.merge("spendingByCategory." + category, x, Long::sum);
            figures.merge("spendingByProject." + project, x, Long::sum);
            if (dims.containsKey("contract")) {
              figures.merge("spendingByContract." + dims.get("contract"), x, Long::sum);
            }
            long[] g = groups.computeIfAbsent(dims.getOrDefault("group", "-"), k -> new long[2]);
            g[0] += x;
            g[1]++;
            if (restricted) {
              figures.merge(r + "spent", x, Long::sum);
            }
            if (lottery) {
              figures.merge("lottery.spent", x, Long::sum);
              figures.merge("lottery.byProject." + project, x, Long::sum);
              figures.merge("lottery.byCategory." + category, x, Long::sum);
            }
          }
          case "ref" -> {
            figures.merge("totals.refunds", x, Long::sum);
            if (restricted) {
              figures.merge(r + "refunded", x, Long::sum);
            }
          }
          case "rel" -> {
            figures.merge("totals.released", x, Long::sum);
            if (restricted) {
              figures.merge(r + "released", x, Long::sum);
            }
            String to =
                tx.postings().stream()
                    .map(q -> q.account().value())
                    .filter(a -> a.startsWith("xin:"))
                    .map(a -> key(funds.get(a.substring(4))))
                    .findFirst()
                    .orElse("-");
            figures.put("releases." + tx.id().value() + "." + key(fund) + "->" + to, x);
          }
          case "xin" -> {
            if (restricted) {
              figures.merge(r + "transferredIn", -x, Long::sum);
            }
          }
          case "xout" -> {
            if (restricted) {
              figures.merge(r + "transferredOut", x, Long::sum);
            }
          }
          default -> {}
        }
      }
    }
    groups.forEach(
        (group, g) ->
            figures.merge(
                "spendingByGroup."
                    + (g[1] < Disclosures.DEFAULT_THRESHOLD || group.equals("-") ? "OTHER" : group),
                g[0],
                Long::sum));
    JsonNode report =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(
                DisclosureJson.write(Disclosures.of(book, period, Disclosures.DEFAULT_THRESHOLD)));
    Map<String, Long> shown = new TreeMap<>();
    report
        .get("totals")
        .fields()
        .forEachRemaining(f -> shown.put("totals." + f.getKey(), fen(f.getValue())));
    for (String section :
        List.of(
            "incomeBySource",
            "incomeByFund",
            "spendingByCategory",
            "spendingByProject",
            "spendingByContract",
            "spendingByGroup")) {
      report
          .get(section)
          .forEach(l -> shown.put(section + "." + l.get("key").asText(), fen(l.get("amount"))));
    }
    report
        .get("months")
        .forEach(
            m -> {
              shown.put("months." + m.get("month").asText() + ".income", fen(m.get("income")));
              shown.put("months." + m.get("month").asText() + ".spending", fen(m.get("spending")));
            });
    report
        .get("restrictedFunds")
        .forEach(
            f ->
                COLUMNS.forEach(
                    c ->
                        shown.put(
                            "restrictedFunds." + f.get("key").asText() + "." + c, fen(f.get(c)))));
    JsonNode lottery = report.get("lottery");
    shown.put("lottery.received", fen(lottery.get("received")));
    shown.put("lottery.spent", fen(lottery.get("spent")));
    for (String section : List.of("byProject", "byCategory")) {
      lottery
          .get(section)
          .forEach(
              l ->
                  shown.put(
                      "lottery." + section + "." + l.get("key").asText(), fen(l.get("amount"))));
    }
    report
        .get("releases")
        .forEach(
            r ->
                shown.put(
                    "releases."
                        + r.get("id").asText()
                        + "."
                        + r.get("fund").asText()
                        + "->"
                        + r.get("toFund").asText(),
                    fen(r.get("amount"))));
    report
        .get("majorItems")
        .forEach(
            i ->
                shown.put(
                    "majorItems."
                        + i.get("id").asText()
                        + "."
                        + i.get("kind").asText()
                        + "."
                        + i.get("fund").asText(),
                    fen(i.get("amount"))));
    for (String total : List.of("income", "spending", "refunds", "released")) {
      figures.putIfAbsent("totals." + total, 0L);
    }
    figures.putIfAbsent("lottery.received", 0L);
    figures.putIfAbsent("lottery.spent", 0L);
    book.funds().stream()
        .filter(f -> f.restriction().isRestricted())
        .forEach(
            f ->
                COLUMNS.forEach(
                    c -> figures.putIfAbsent("restrictedFunds." + key(f) + "." + c, 0L)));
    Map<String, Long> nonZeroShown = new TreeMap<>(shown);
    nonZeroShown.entrySet().removeIf(en -> en.getValue() == 0 && !figures.containsKey(en.getKey()));
    assertThat(nonZeroShown).as("every figure of %s", period.text()).isEqualTo(figures);
    String share = lottery.get("elderlyShare").asText();
    if (lotteryYear[0] == 0) {
      assertThat(share).as("share of %s", period.text()).startsWith("NO_LOTTERY_SPENDING");
    } else {
      assertThat(share)
          .as("share of %s", period.text())
          .contains(yuan(lotteryYear[1]) + " CNY / " + yuan(lotteryYear[0]) + " CNY");
    }
    reconcileHead(book, period, report.path("closingHead"));
  }

  /** The closing head is the Merkle root of the journal's leaves up to the period's close entry. */
  static void reconcileHead(FundBook book, ReportPeriod period, JsonNode shown) {
    List<byte[]> lines = book.ledger().lines();
    MerkleTree tree = new MerkleTree();
    for (byte[] line : lines) {
      JournalLine l = JournalLine.parse(line);
      tree.append(l.leafHash());
      if (l.entry() instanceof PeriodClose c && c.through().equals(period.last())) {
        assertThat(shown.path("size").asLong())
            .as("head of %s", period.text())
            .isEqualTo(tree.size());
        assertThat(shown.path("root").asText())
            .as("head of %s", period.text())
            .isEqualTo(Hashes.hex(tree.root()));
        return;
      }
    }
    assertThat(shown.isMissingNode() || shown.isNull())
        .as("no close of %s", period.text())
        .isTrue();
  }

  static String yuan(long fen) {
    return BigDecimal.valueOf(fen, 2).toPlainString();
  }

  static String key(Fund fund) {
    return fund.source() == SourceKind.DONATION_INDIVIDUAL
        ? "DONATION_INDIVIDUAL"
        : fund.id().value();
  }

  static long fen(JsonNode amount) {
    return new BigDecimal(amount.asText()).movePointRight(2).longValueExact();
  }
}
