package org.communitygov.rules.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.communitygov.model.funding.FundId;
import org.communitygov.model.funding.FundingKind;
import org.communitygov.model.funding.FundingTransaction;
import org.communitygov.model.funding.SpendingUse;
import org.communitygov.model.household.PopulationGroup;
import org.communitygov.model.service.ServiceCategory;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.funding.book.FundBook;
import org.communitygov.rules.funding.disclosure.Disclosures;
import org.communitygov.rules.funding.lottery.LotteryElderlyShare;
import org.junit.jupiter.api.Test;

/**
 * The elderly-care share of welfare-lottery spending counts the year of the day asked from its 1
 * January on: a year's share is not lowered by the spending of the year before, and spending on 1
 * January counts.
 */
class LotteryYearTest {
  @Test
  void theShareOfAYearCountsItsOwnSpendingFromTheFirstOfJanuary() {
    FundBook book = FundingFixtures.book();
    post(book, receipt());
    post(book, spend("S1", LocalDate.of(2026, 12, 31), PopulationGroup.CHILD, "500.00"));
    post(book, spend("S2", LocalDate.of(2027, 1, 1), PopulationGroup.ELDERLY, "100.00"));

    Decision<LotteryElderlyShare.Result> y2027 =
        Disclosures.lotteryShare(book, LocalDate.of(2027, 3, 31));
    assertThat(y2027.outcomeOrThrow()).isEqualTo(LotteryElderlyShare.Result.MET);
    assertThat(y2027.explanation().toString()).contains("100.00").doesNotContain("600.00");

    Decision<LotteryElderlyShare.Result> y2026 =
        Disclosures.lotteryShare(book, LocalDate.of(2026, 12, 31));
    assertThat(y2026.outcomeOrThrow()).isEqualTo(LotteryElderlyShare.Result.BELOW);
  }

  private static void post(FundBook book, FundingTransaction tx) {
    assertThat(book.post(tx).outcomeOrThrow().isRefused()).as(tx.id()).isFalse();
  }

  private static FundingTransaction receipt() {
    return FundingTransaction.builder()
        .id("R1")
        .kind(FundingKind.RECEIPT)
        .date(LocalDate.of(2026, 1, 10))
        .fund(FundId.of("LOT"))
        .amount(FundingFixtures.cny("1000.00"))
        .build();
  }

  private static FundingTransaction spend(
      String id, LocalDate date, PopulationGroup group, String amount) {
    return FundingTransaction.builder()
        .id(id)
        .kind(FundingKind.SPEND)
        .date(date)
        .fund(FundId.of("LOT"))
        .category(ServiceCategory.DAILY_CARE)
        .group(group)
        .use(SpendingUse.SERVICE)
        .amount(FundingFixtures.cny(amount))
        .build();
  }
}
