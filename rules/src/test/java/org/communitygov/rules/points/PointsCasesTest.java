package org.communitygov.rules.points;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.communitygov.model.common.SensitiveCategory;
import org.communitygov.model.ledger.AccountId;
import org.communitygov.model.ledger.Amount;
import org.communitygov.model.ledger.Entry;
import org.communitygov.model.ledger.Transaction;
import org.communitygov.model.points.MemberId;
import org.communitygov.model.points.Scheme;
import org.communitygov.rules.cases.CaseFolders;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.engine.ExplanationRenderer;
import org.communitygov.rules.ledger.Ledger;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the points rule cases of {@code src/test/resources/points/cases/}, in the pattern of the
 * needs rules' {@code RuleCasesTest}: each case names a scheme, then operations (accrue, bonus,
 * redeem, give, expire, join; an accrual may give a {@code rating}) on a fresh ledger, each with
 * what it must decide and the exact ledger transactions it must post ({@code "entries": []} when
 * nothing), and the balances at the end. After every case the ledger sums to zero and each member's
 * credits still held equal the balance.
 */
class PointsCasesTest {
  @TestFactory
  Stream<DynamicNode> everyPointsCaseHoldsAndThereAreEnough()
      throws IOException, URISyntaxException {
    return CaseFolders.cases("/points/cases", PointsFixtures.JSON, 30, PointsCasesTest::run);
  }

  static void run(JsonNode c) {
    Scheme scheme = PointsFixtures.scheme(c.required("scheme").asText());
    Ledger ledger = PointsFixtures.ledger(scheme);
    PointsBook book = PointsBook.open(scheme, ledger);
    int i = 0;
    for (JsonNode op : c.required("ops")) {
      i++;
      int before = ledger.entries().size();
      Optional<Decision<PointsOutcome>> decision = apply(book, op);
      List<String> posted =
          CaseFolders.transactions(ledger.entries().subList(before, ledger.entries().size()));
      String where = "op " + i + " " + op.fieldNames().next();
      JsonNode expect = op.get("expect");
      if (expect == null) {
        decision.ifPresent(
            d ->
                assertThat(d.outcomeOrThrow().isRefused()).as(where + " is not refused").isFalse());
        continue;
      }
      if (expect.has("outcome")) {
        assertThat(decision).as(where).isPresent();
        assertThat(decision.get().outcomeOrThrow().code())
            .as(where)
            .isEqualTo(expect.get("outcome").asText());
      }
      if (expect.has("reason")) {
        assertThat(decision.flatMap(d -> d.outcomeOrThrow().reason()).map(RefusalReason::code))
            .as(where)
            .contains(expect.get("reason").asText());
      }
      List<String> expected = new ArrayList<>();
      expect
          .required("entries")
          .forEach(e -> expected.add(e.required("id").asText() + " " + CaseFolders.postings(e)));
      assertThat(posted).as(where + ": the transactions posted").isEqualTo(expected);
      expect
          .path("explanationContains")
          .forEach(
              s ->
                  assertThat(
                          ExplanationRenderer.of(Locale.SIMPLIFIED_CHINESE)
                              .revealing(SensitiveCategory.values())
                              .render(decision.orElseThrow()))
                      .as(where)
                      .contains(s.asText()));
    }
    c.path("balances")
        .fields()
        .forEachRemaining(
            e ->
                assertThat(ledger.balance(account(e.getKey())).map(Amount::toString))
                    .as("balance of %s", e.getKey())
                    .contains(e.getValue().asText()));
    assertTheLedgerSumsToZeroAndLotsMatchBalances(ledger, book);
  }

  static void assertTheLedgerSumsToZeroAndLotsMatchBalances(Ledger ledger, PointsBook book) {
    long sum = 0;
    for (Entry entry : ledger.entries()) {
      if (entry instanceof Transaction tx) {
        sum += tx.postings().stream().mapToLong(p -> p.amount().minor()).sum();
      }
    }
    assertThat(sum).as("the ledger sums to zero").isZero();
    for (MemberId m : book.members()) {
      assertThat(book.held(m))
          .as("credits held by %s equal the balance", m)
          .isEqualTo(ledger.balance(PointsAccounts.member(m)).orElseThrow().minor());
    }
  }

  static AccountId account(String name) {
    return switch (name) {
      case "issuance", "pool", "donations", "redemption" -> AccountId.of(name);
      default -> PointsAccounts.member(MemberId.of(name));
    };
  }

  static Optional<Decision<PointsOutcome>> apply(PointsBook book, JsonNode op) {
    if (op.has("accrue")) {
      JsonNode a = op.get("accrue");
      ServiceRecordInput record =
          new ServiceRecordInput(
              a.required("record").asText(),
              a.path("activity").asText("A-" + a.required("record").asText()),
              MemberId.of(a.required("member").asText()),
              LocalDate.parse(a.required("date").asText()),
              new BigDecimal(a.required("hours").asText()),
              a.path("organiser").asText("O1"),
              Evaluation.valueOf(a.path("evaluation").asText("NONE")),
              a.path("group").asBoolean(false));
      return Optional.of(
          book.accrue(a.has("rating") ? record.withRating(a.get("rating").asInt()) : record));
    } else if (op.has("bonus")) {
      JsonNode b = op.get("bonus");
      return Optional.of(
          book.bonus(
              new ReferralInput(
                  b.required("id").asText(),
                  MemberId.of(b.required("referrer").asText()),
                  b.required("newVolunteer").asText(),
                  LocalDate.parse(b.required("date").asText()))));
    } else if (op.has("redeem")) {
      JsonNode r = op.get("redeem");
      return Optional.of(
          book.redeem(
              new RedemptionRequest(
                  r.required("id").asText(),
                  MemberId.of(r.required("member").asText()),
                  LocalDate.parse(r.required("date").asText()),
                  r.required("reward").asText(),
                  r.required("age").asInt(),
                  r.path("hardship").asBoolean(false))));
    } else if (op.has("give")) {
      JsonNode g = op.get("give");
      return Optional.of(
          book.give(
              new GiftRequest(
                  g.required("id").asText(),
                  MemberId.of(g.required("from").asText()),
                  Recipient.valueOf(g.required("recipient").asText()),
                  g.has("to") ? Optional.of(MemberId.of(g.get("to").asText())) : Optional.empty(),
                  new BigDecimal(g.required("amount").asText()),
                  LocalDate.parse(g.required("date").asText()))));
    } else if (op.has("expire")) {
      List<Decision<PointsOutcome>> all = book.expire(LocalDate.parse(op.get("expire").asText()));
      return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    } else if (op.has("join")) {
      book.join(MemberId.of(op.get("join").asText()));
      return Optional.empty();
    }
    throw new IllegalArgumentException("unknown operation " + op);
  }

  static Map<String, String> none() {
    return Map.of();
  }
}
