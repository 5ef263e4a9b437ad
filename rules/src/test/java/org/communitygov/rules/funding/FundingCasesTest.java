package org.communitygov.rules.funding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.communitygov.model.common.SensitiveCategory;
import org.communitygov.model.ledger.AccountId;
import org.communitygov.model.ledger.Amount;
import org.communitygov.model.ledger.Entry;
import org.communitygov.model.ledger.Posting;
import org.communitygov.model.ledger.Transaction;
import org.communitygov.rules.cases.CaseFolders;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.engine.ExplanationRenderer;
import org.communitygov.rules.engine.Step;
import org.communitygov.rules.funding.book.FundBook;
import org.communitygov.rules.funding.book.FundingOutcome;
import org.communitygov.rules.funding.book.FundingRefusal;
import org.communitygov.rules.ledger.Ledger;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the funding rule cases of {@code src/test/resources/funding/cases/}, in the pattern of the
 * points cases: each case runs operations ({@code post} a funding transaction, {@code close} a
 * period) on a fresh book of {@link FundingFixtures}, each with what it must decide and the exact
 * ledger transactions it must post ({@code "entries": []} when nothing: every refusal posts
 * nothing) and, where a case lists them, the ids of the steps explained (a refusal's decisive step
 * last), then the balances at the end. After every case the postings of each fund sum to zero (ADR
 * 0088) and no fund account is below zero.
 */
class FundingCasesTest {
  @TestFactory
  Stream<DynamicNode> everyFundingCaseHoldsAndThereAreEnough()
      throws IOException, URISyntaxException {
    return CaseFolders.cases("/funding/cases", FundingFixtures.JSON, 50, FundingCasesTest::run);
  }

  static void run(JsonNode c) {
    FundBook book = FundingFixtures.book();
    Ledger ledger = book.ledger();
    int i = 0;
    for (JsonNode op : c.required("ops")) {
      i++;
      int before = ledger.entries().size();
      Decision<FundingOutcome> decision =
          op.has("post")
              ? book.post(FundingFixtures.transaction(op.get("post")))
              : book.close(LocalDate.parse(op.required("close").asText()));
      List<String> posted =
          CaseFolders.transactions(ledger.entries().subList(before, ledger.entries().size()));
      String where = "op " + i;
      JsonNode expect = op.get("expect");
      if (expect == null) {
        assertThat(decision.outcomeOrThrow().isRefused())
            .as(where + " is not refused: " + decision.outcomeOrThrow())
            .isFalse();
        continue;
      }
      FundingOutcome outcome = decision.outcomeOrThrow();
      if (expect.has("outcome")) {
        assertThat(outcome.code()).as(where).isEqualTo(expect.get("outcome").asText());
      }
      if (expect.has("reason")) {
        assertThat(outcome.refusal().map(FundingRefusal::code))
            .as(where + " " + outcome)
            .contains(expect.get("reason").asText());
      }
      if (expect.has("ledgerCode")) {
        assertThat(outcome.ledgerCode()).as(where).contains(expect.get("ledgerCode").asText());
      }
      List<String> flags = new ArrayList<>();
      expect.path("flags").forEach(f -> flags.add(f.asText()));
      assertThat(outcome.flags()).as(where + ": flags").isEqualTo(flags);
      List<String> expected = new ArrayList<>();
      expect
          .required("entries")
          .forEach(e -> expected.add(e.required("id").asText() + " " + CaseFolders.postings(e)));
      assertThat(posted).as(where + ": the transactions posted").isEqualTo(expected);
      if (outcome.isRefused()) {
        assertThat(decision.explanation().decisiveStep()).as(where + " explains").isPresent();
      }
      if (expect.has("steps")) {
        List<String> steps = new ArrayList<>();
        expect.get("steps").forEach(s -> steps.add(s.asText()));
        assertThat(decision.explanation().steps().stream().map(Step::id).toList())
            .as(where + ": the steps explained, the decisive one last")
            .isEqualTo(steps);
      }
      expect
          .path("explanationContains")
          .forEach(
              s ->
                  assertThat(
                          ExplanationRenderer.of(Locale.ENGLISH)
                              .revealing(SensitiveCategory.values())
                              .render(decision))
                      .as(where)
                      .contains(s.asText()));
    }
    c.path("balances")
        .fields()
        .forEachRemaining(
            e ->
                assertThat(ledger.balance(AccountId.of(e.getKey())).map(Amount::toString))
                    .as("balance of %s", e.getKey())
                    .contains(e.getValue().asText() + " CNY"));
    assertEveryFundBalances(ledger);
  }

  static void assertEveryFundBalances(Ledger ledger) {
    Map<String, Long> perFund = new HashMap<>();
    Map<AccountId, Long> perAccount = new HashMap<>();
    for (Entry entry : ledger.entries()) {
      if (entry instanceof Transaction tx) {
        for (Posting p : tx.postings()) {
          String fund = p.account().value().substring(p.account().value().indexOf(':') + 1);
          perFund.merge(fund, p.amount().minor(), Long::sum);
          perAccount.merge(p.account(), p.amount().minor(), Long::sum);
        }
      }
    }
    perFund.forEach((f, sum) -> assertThat(sum).as("the lines of fund %s sum to zero", f).isZero());
    perAccount.forEach(
        (a, sum) -> {
          if (a.value().startsWith("fund:")) {
            assertThat(sum).as("%s is not below zero", a).isNotNegative();
          }
        });
  }
}
