package org.communitygov.rules.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.communitygov.model.community.CommunityId;
import org.communitygov.model.funding.Fund;
import org.communitygov.model.funding.FundId;
import org.communitygov.model.funding.FundingKind;
import org.communitygov.model.funding.FundingTransaction;
import org.communitygov.model.ledger.Entry;
import org.communitygov.model.ledger.PeriodClose;
import org.communitygov.model.ledger.Transaction;
import org.communitygov.model.service.ServiceCategory;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.engine.ParameterSet;
import org.communitygov.rules.funding.book.ContractTerm;
import org.communitygov.rules.funding.book.FundBook;
import org.communitygov.rules.funding.book.FundingOutcome;
import org.communitygov.rules.ledger.TreeHead;
import org.junit.jupiter.api.Test;

/**
 * The book around the decisions: funds of another community and accounts the ledger refuses are not
 * registered, a contract over the term limit is not either; a replay posts in date order with each
 * close before the first transaction after it and answers the refused ones by id, in order; a book
 * reopened on the same ledger finds each period's closing head (its size and root) in the journal,
 * once.
 */
class FundBookTest {
  static final LocalDate D = LocalDate.of(2026, 2, 1);

  @Test
  void aFundOfAnotherCommunityIsNotRegistered() {
    FundBook book = FundingFixtures.book();
    Fund other =
        Fund.builder()
            .from(book.funds().get(0))
            .id(FundId.of("OTHER"))
            .community(CommunityId.of("110101001002"))
            .build();
    assertThatThrownBy(() -> book.register(other, FundingFixtures.OPENED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fund OTHER is of another community");
    assertThat(book.fund(FundId.of("OTHER"))).isEmpty();
  }

  @Test
  void aFundRegisteredAgainIsAcceptedUnlessItsAccountsDiffer() {
    FundBook book = FundingFixtures.book();
    Fund fund = book.funds().get(0);
    int entries = book.ledger().entries().size();
    book.register(fund, FundingFixtures.OPENED);
    assertThat(book.ledger().entries()).hasSize(entries);
    assertThatThrownBy(() -> book.register(fund, FundingFixtures.OPENED.plusDays(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the ledger refused an account: exists_with_different_");
  }

  @Test
  void aContractOverTheTermLimitIsNotRegistered() {
    FundBook book = FundingFixtures.book();
    var contract =
        FundingFixtures.contract(
            "C-LONG",
            "100.00",
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2031, 12, 31),
            FundingFixtures.milestone("M1", "100.00", LocalDate.of(2026, 6, 1), null));
    Decision<ContractTerm.Result> d = book.register(contract);
    assertThat(d.outcomeOrThrow()).isEqualTo(ContractTerm.Result.TOO_LONG);
    assertThat(book.contract(contract.id())).isEmpty();
  }

  @Test
  void aReplayPostsInDateOrderClosesBetweenAndAnswersTheRefusedInOrder() {
    FundBook book = FundingFixtures.book();
    int before = book.ledger().entries().size();
    List<FundingTransaction> txs =
        List.of(
            spend("S2", LocalDate.of(2026, 4, 2), "500.00"),
            spend("S1", LocalDate.of(2026, 2, 2), "40.00"),
            receipt("R1", LocalDate.of(2026, 1, 10), "100.00"),
            receipt("R2", LocalDate.of(2026, 3, 31), "10.00"),
            spend("S3", LocalDate.of(2026, 3, 10), "90.00"));
    Map<String, Decision<FundingOutcome>> refused =
        book.replay(txs, List.of(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 1, 31)));
    assertThat(refused.keySet()).containsExactly("S3", "S2");
    assertThat(refused.get("S3").outcomeOrThrow().refusal().orElseThrow().code())
        .isEqualTo("funding.balance.insufficient");
    List<String> order =
        book.ledger().entries().subList(before, book.ledger().entries().size()).stream()
            .map(FundBookTest::name)
            .filter(s -> !s.isEmpty())
            .toList();
    assertThat(order).containsExactly("R1", "close 2026-01-31", "S1", "R2", "close 2026-03-31");
    assertThat(book.closingHead(LocalDate.of(2026, 1, 31))).isPresent();
    assertThat(book.closingHead(LocalDate.of(2026, 2, 28))).isEmpty();
  }

  @Test
  void aCloseRefusedIsAnsweredByItsDayBeforeOrAfterTheLastTransaction() {
    FundBook book = FundingFixtures.book();
    Map<String, Decision<FundingOutcome>> refused =
        book.replay(
            List.of(receipt("R1", LocalDate.of(2026, 3, 10), "100.00")),
            List.of(
                LocalDate.of(2026, 4, 30),
                LocalDate.of(2026, 3, 31),
                LocalDate.of(2026, 1, 31),
                LocalDate.of(2026, 4, 30),
                LocalDate.of(2026, 1, 31)));
    assertThat(refused.keySet()).containsExactly("close:2026-01-31", "close:2026-04-30");
  }

  @Test
  void aBookReopenedOnItsLedgerFindsEachClosingHeadInTheJournal() {
    FundBook book = DisclosureFoldTest.history(21);
    FundBook reopened =
        FundBook.open(
            book.community(), book.ledger(), ParameterSet.defaults(), FundingFixtures.PLACE);
    for (LocalDate through :
        List.of(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 6, 30), LocalDate.of(2026, 12, 31))) {
      TreeHead head = book.closingHead(through).orElseThrow();
      TreeHead found = reopened.closingHead(through).orElseThrow();
      assertThat(found.size()).as("%s", through).isEqualTo(head.size());
      assertThat(found.rootHex()).as("%s", through).isEqualTo(head.rootHex());
      assertThat(reopened.closingHead(through)).as("%s again", through).containsSame(found);
    }
    assertThat(reopened.closingHead(LocalDate.of(2026, 4, 30))).isEmpty();
  }

  private static String name(Entry e) {
    if (e instanceof Transaction tx && !tx.id().value().startsWith("close")) {
      return tx.id().value();
    }
    if (e instanceof PeriodClose c) {
      return "close " + c.through();
    }
    return "";
  }

  private static FundingTransaction receipt(String id, LocalDate date, String amount) {
    return FundingTransaction.builder()
        .id(id)
        .kind(FundingKind.RECEIPT)
        .date(date)
        .fund(FundId.of("GEN"))
        .amount(FundingFixtures.cny(amount))
        .build();
  }

  private static FundingTransaction spend(String id, LocalDate date, String amount) {
    return FundingTransaction.builder()
        .id(id)
        .kind(FundingKind.SPEND)
        .date(date)
        .fund(FundId.of("GEN"))
        .category(ServiceCategory.MEAL_ASSISTANCE)
        .amount(FundingFixtures.cny(amount))
        .build();
  }
}
