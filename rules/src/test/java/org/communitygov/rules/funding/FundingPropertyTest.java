package org.communitygov.rules.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.communitygov.model.common.Money;
import org.communitygov.model.funding.ContractId;
import org.communitygov.model.funding.Fund;
import org.communitygov.model.funding.FundId;
import org.communitygov.model.funding.FundingKind;
import org.communitygov.model.funding.FundingTransaction;
import org.communitygov.model.funding.ProjectId;
import org.communitygov.model.funding.SpendingUse;
import org.communitygov.model.household.PopulationGroup;
import org.communitygov.model.ledger.Entry;
import org.communitygov.model.ledger.Transaction;
import org.communitygov.model.service.ServiceCategory;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.funding.book.FundBook;
import org.communitygov.rules.funding.book.FundingAccounts;
import org.communitygov.rules.funding.book.FundingOutcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random funding histories on the fixtures' book, from a printed seed: receipts, spends of every
 * category, group and use, transfers, releases with and without authority, refunds, contract
 * payments and month-end closes. After every operation no fund's money is below zero and a refusal
 * added no transaction; at the end every fund's money equals an independent fold of the accepted
 * funding transactions (by their kinds and amounts, not by the ledger's lines), and every fund's
 * lines sum to zero.
 */
class FundingPropertyTest {
  static final List<ServiceCategory> CATEGORIES =
      List.of(ServiceCategory.MEAL_ASSISTANCE, ServiceCategory.DAILY_CARE, ServiceCategory.MEDICAL);

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 42, 20261202, 7, 99})
  void noFundGoesNegativeAndBalancesAreTheFoldOfWhatWasAccepted(long seed) {
    System.out.println("FundingPropertyTest seed " + seed);
    Random random = new Random(seed);
    FundBook book = FundingFixtures.book();
    List<Fund> funds = book.funds();
    Map<FundId, Long> model = new HashMap<>();
    LocalDate date = LocalDate.of(2026, 1, 2);
    int accepted = 0;
    for (int i = 0; i < 400; i++) {
      date = date.plusDays(random.nextInt(2));
      if (date.getDayOfMonth() == 28 && random.nextInt(3) == 0) {
        Decision<FundingOutcome> close = book.close(date.withDayOfMonth(date.lengthOfMonth()));
        assertThat(close.outcomeOrThrow().isRefused()).as("seed %d close", seed).isFalse();
        date = date.withDayOfMonth(date.lengthOfMonth()).plusDays(1);
        continue;
      }
      FundingTransaction tx = random(random, "T" + i, date, funds);
      int transactionsBefore = transactions(book);
      Decision<FundingOutcome> d = book.post(tx);
      if (d.outcomeOrThrow().isRefused()) {
        assertThat(transactions(book))
            .as("seed %d %s posts nothing", seed, tx.id())
            .isEqualTo(transactionsBefore);
      } else {
        accepted++;
        long x = tx.amount().amount().movePointRight(2).longValueExact();
        switch (tx.kind()) {
          case RECEIPT -> model.merge(tx.fund(), x, Long::sum);
          case SPEND, CONTRACT_PAYMENT, REFUND -> model.merge(tx.fund(), -x, Long::sum);
          case TRANSFER, RELEASE -> {
            model.merge(tx.fund(), -x, Long::sum);
            model.merge(tx.toFund().orElseThrow(), x, Long::sum);
          }
        }
      }
      for (Fund f : funds) {
        assertThat(book.balance(f.id()).isNegative())
            .as("seed %d: %s below zero after %s", seed, f.id(), tx.id())
            .isFalse();
      }
    }
    assertThat(accepted).as("seed %d: enough accepted", seed).isGreaterThan(100);
    for (Fund f : funds) {
      assertThat(book.balance(f.id()))
          .as("seed %d: balance of %s", seed, f.id())
          .isEqualTo(
              org.communitygov.model.ledger.Amount.ofMinor(
                      FundingAccounts.UNIT, model.getOrDefault(f.id(), 0L))
                  .toMoney());
    }
    FundingCasesTest.assertEveryFundBalances(book.ledger());
  }

  static int transactions(FundBook book) {
    int n = 0;
    for (Entry e : book.ledger().entries()) {
      if (e instanceof Transaction) {
        n++;
      }
    }
    return n;
  }

  static FundingTransaction random(Random r, String id, LocalDate date, List<Fund> funds) {
    FundingKind kind =
        switch (r.nextInt(10)) {
          case 0, 1, 2 -> FundingKind.RECEIPT;
          case 3, 4, 5 -> FundingKind.SPEND;
          case 6 -> FundingKind.TRANSFER;
          case 7 -> FundingKind.RELEASE;
          case 8 -> FundingKind.REFUND;
          default -> FundingKind.CONTRACT_PAYMENT;
        };
    Fund fund = funds.get(r.nextInt(funds.size()));
    var b =
        FundingTransaction.builder()
            .id(id)
            .kind(kind)
            .date(date)
            .fund(kind == FundingKind.CONTRACT_PAYMENT ? FundId.of("CARE") : fund.id())
            .amount(Money.ofCny(BigDecimal.valueOf(1 + r.nextInt(50_000), 2)));
    switch (kind) {
      case SPEND -> {
        b.category(CATEGORIES.get(r.nextInt(CATEGORIES.size())));
        if (r.nextBoolean()) {
          b.group(r.nextBoolean() ? PopulationGroup.ELDERLY : PopulationGroup.DISABLED);
        }
        if (r.nextInt(3) == 0) {
          b.project(ProjectId.of("P-CANTEEN"));
        }
        if (r.nextInt(4) == 0) {
          b.use(SpendingUse.values()[r.nextInt(SpendingUse.values().length)]);
        }
      }
      case TRANSFER, RELEASE -> {
        Fund to = funds.get(r.nextInt(funds.size()));
        b.toFund(to.id().equals(fund.id()) ? FundId.of("GEN") : to.id());
        if (fund.id().value().equals("GEN") && to.id().equals(fund.id())) {
          b.toFund(FundId.of("IND"));
        }
        if (r.nextInt(4) != 0) {
          b.authority("决议").reason("理由");
        }
      }
      case CONTRACT_PAYMENT -> {
        b.contract(ContractId.of(r.nextBoolean() ? "C-HOME" : "C-FAIL"));
        b.milestone(r.nextBoolean() ? "M1" : "M2");
      }
      default -> {}
    }
    return b.build();
  }
}
