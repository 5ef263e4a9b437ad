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
import org.communitygov.model.ledger.Posting;
import org.communitygov.model.ledger.Transaction;
import org.communitygov.rules.funding.book.FundBook;
import org.communitygov.rules.funding.disclosure.DisclosureJson;
import org.communitygov.rules.funding.disclosure.Disclosures;
import org.communitygov.rules.funding.disclosure.ReportPeriod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The disclosure report reconciles with the ledger to the fen: an independent fold of the journal —
 * by account prefixes and the text of each transaction's source, not by the report's code — gives
 * every figure of the JSON report (totals, income by source and fund, spending by category, project
 * and contract, months, restricted funds' closing money), for the Hepingli example's quarters and
 * year and for random funding histories from printed seeds.
 */
class DisclosureReconciliationTest {
  static final Pattern DIMENSION = Pattern.compile(";(category|project|contract)=([^;]+)");

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
      book.post(tx);
      if (i == 150) {
        book.close(LocalDate.of(date.getYear(), date.getMonth(), 1).minusDays(1));
      }
    }
    for (String period : List.of("2026-Q1", "2026-Q2", "2026")) {
      reconcile(book, ReportPeriod.parse(period));
    }
  }

  static void reconcile(FundBook book, ReportPeriod period) throws IOException {
    Map<String, Fund> funds = new HashMap<>();
    book.funds().forEach(f -> funds.put(f.id().value(), f));
    Map<String, Long> figures = new TreeMap<>();
    for (Entry e : book.ledger().entries()) {
      if (!(e instanceof Transaction tx) || tx.source().orElse("close").startsWith("close")) {
        continue;
      }
      LocalDate d = tx.valueDate();
      for (Posting p : tx.postings()) {
        String account = p.account().value();
        String role = account.substring(0, account.indexOf(':'));
        Fund fund = funds.get(account.substring(account.indexOf(':') + 1));
        long x = p.amount().minor();
        if (role.equals("fund") && fund.restriction().isRestricted() && !d.isAfter(period.last())) {
          figures.merge("restrictedFunds." + key(fund) + ".closing", x, Long::sum);
        }
        if (!period.contains(d)) {
          continue;
        }
        String month = "months." + d.toString().substring(0, 7);
        switch (role) {
          case "in" -> {
            figures.merge("totals.income", -x, Long::sum);
            figures.merge("incomeBySource." + fund.source(), -x, Long::sum);
            figures.merge("incomeByFund." + key(fund), -x, Long::sum);
            figures.merge(month + ".income", -x, Long::sum);
          }
          case "out" -> {
            figures.merge("totals.spending", x, Long::sum);
            figures.merge(month + ".spending", x, Long::sum);
            Map<String, String> dims = new HashMap<>();
            Matcher m = DIMENSION.matcher(tx.source().get());
            while (m.find()) {
              dims.put(m.group(1), m.group(2));
            }
            figures.merge("spendingByCategory." + dims.getOrDefault("category", "-"), x, Long::sum);
            figures.merge("spendingByProject." + dims.getOrDefault("project", "-"), x, Long::sum);
            if (dims.containsKey("contract")) {
              figures.merge("spendingByContract." + dims.get("contract"), x, Long::sum);
            }
          }
          case "ref" -> figures.merge("totals.refunds", x, Long::sum);
          case "rel" -> figures.merge("totals.released", x, Long::sum);
          default -> {}
        }
      }
    }
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
            "spendingByContract")) {
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
                shown.put(
                    "restrictedFunds." + f.get("key").asText() + ".closing",
                    fen(f.get("closing"))));
    figures.putIfAbsent("totals.income", 0L);
    figures.putIfAbsent("totals.spending", 0L);
    figures.putIfAbsent("totals.refunds", 0L);
    figures.putIfAbsent("totals.released", 0L);
    book.funds().stream()
        .filter(f -> f.restriction().isRestricted())
        .forEach(f -> figures.putIfAbsent("restrictedFunds." + key(f) + ".closing", 0L));
    Map<String, Long> nonZeroShown = new TreeMap<>(shown);
    nonZeroShown.entrySet().removeIf(en -> en.getValue() == 0 && !figures.containsKey(en.getKey()));
    assertThat(nonZeroShown).as("every figure of %s", period.text()).isEqualTo(figures);
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
