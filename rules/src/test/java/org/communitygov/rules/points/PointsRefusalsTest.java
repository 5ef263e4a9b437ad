package org.communitygov.rules.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitygov.rules.points.PointsBookTest.V1;
import static org.communitygov.rules.points.PointsBookTest.V2;
import static org.communitygov.rules.points.PointsBookTest.record;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.communitygov.model.ledger.Amount;
import org.communitygov.model.points.MemberId;
import org.communitygov.model.points.Scheme;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.ledger.Ledger;
import org.junit.jupiter.api.Test;

/**
 * Each refusal of a redemption, a transfer and a donation, with its code and nothing posted, next
 * to the request just on the other side of the edge; and a book replayed from its ledger.
 */
class PointsRefusalsTest {
  static final MemberId V9 = MemberId.of("V9");

  final Scheme scheme = PointsFixtures.scheme("time-bank");
  final Ledger ledger = PointsFixtures.ledger(scheme);
  final PointsBook book = PointsBook.open(scheme, ledger);

  static RedemptionRequest redemption(String id, String date, String reward, int age, boolean h) {
    return new RedemptionRequest(id, V1, LocalDate.parse(date), reward, age, h);
  }

  static GiftRequest gift(String id, Recipient to, Optional<MemberId> who, String amount) {
    return new GiftRequest(id, V1, to, who, new BigDecimal(amount), LocalDate.parse("2025-06-05"));
  }

  /** Refused with the reason, nothing posted, the balance unchanged. */
  void assertRefused(Decision<PointsOutcome> d, RefusalReason reason) {
    int posted = book.transactions().size();
    Optional<Amount> balance = book.balance(V1);
    assertThat(d.outcomeOrThrow().reason()).contains(reason);
    assertThat(d.outcomeOrThrow().code()).isEqualTo("REFUSED");
    assertThat(d.outcomeOrThrow().transaction()).isEmpty();
    assertThat(d.explanation().decisiveStep()).isPresent();
    assertThat(book.transactions()).hasSize(posted);
    assertThat(book.balance(V1)).isEqualTo(balance);
  }

  static String balanceText(PointsBook b, MemberId m) {
    return b.balance(m).map(Amount::decimalText).orElse("-");
  }

  @Test
  void aRedemptionIsRefusedForEachReasonWithNothingPosted() {
    book.accrue(record("R1", V1, "2025-03-01", "9"));
    assertRefused(
        book.redeem(redemption("Q1", "2025-06-02", "NO_SUCH", 70, false)),
        RefusalReason.UNKNOWN_REWARD);
    Decision<PointsOutcome> young =
        book.redeem(redemption("Q2", "2025-06-02", "COMPANION_DAY", 64, false));
    assertRefused(young, RefusalReason.TOO_YOUNG);
    assertThat(young.explanation().decisiveStep().orElseThrow().id()).isEqualTo("points.age");
    assertRefused(
        book.redeem(redemption("Q3", "2025-06-02", "COMPANION_DAY", 59, true)),
        RefusalReason.TOO_YOUNG);
    Decision<PointsOutcome> late =
        book.redeem(redemption("Q4", "2025-06-11", "COMPANION_DAY", 70, false));
    assertRefused(late, RefusalReason.OUTSIDE_WINDOW);
    assertThat(late.explanation().decisiveStep().orElseThrow().id()).isEqualTo("points.window");
    // The last open day, at the hardship age exactly: redeemed.
    Decision<PointsOutcome> ok =
        book.redeem(redemption("Q5", "2025-06-10", "COMPANION_DAY", 60, true));
    assertThat(ok.outcomeOrThrow().code()).isEqualTo("REDEMPTION");
    assertThat(balanceText(book, V1)).isEqualTo("1.00");
    Decision<PointsOutcome> twice =
        book.redeem(redemption("Q6", "2025-06-03", "HOME_CARE_HOUR", 70, false));
    assertRefused(twice, RefusalReason.ONCE_PER_PERIOD);
    assertThat(twice.explanation().decisiveStep().orElseThrow().id())
        .isEqualTo("points.oncePerPeriod");
    Decision<PointsOutcome> poor =
        book.redeem(redemption("Q7", "2025-07-01", "COMPANION_DAY", 65, false));
    assertRefused(poor, RefusalReason.INSUFFICIENT_BALANCE);
    assertThat(poor.explanation().decisiveStep().orElseThrow().id()).isEqualTo("points.balance");
    // A balance equal to the price, at the redemption age exactly, in the next period: redeemed.
    Decision<PointsOutcome> exact =
        book.redeem(redemption("Q8", "2025-07-01", "HOME_CARE_HOUR", 65, false));
    assertThat(exact.outcomeOrThrow().code()).isEqualTo("REDEMPTION");
    assertThat(balanceText(book, V1)).isEqualTo("0.00");
  }

  @Test
  void aGiftIsRefusedForEachReasonWithNothingPosted() {
    book.accrue(record("R1", V1, "2025-03-01", "5"));
    book.accrue(record("R2", V2, "2025-03-01", "1"));
    Decision<PointsOutcome> self = book.give(gift("G1", Recipient.RELATIVE, Optional.of(V1), "1"));
    assertRefused(self, RefusalReason.TO_SELF);
    assertThat(self.outcomeOrThrow().movement().name()).isEqualTo("TRANSFER");
    Decision<PointsOutcome> unknown = book.give(gift("G2", Recipient.FRIEND, Optional.of(V9), "1"));
    assertRefused(unknown, RefusalReason.UNKNOWN_MEMBER);
    assertThat(unknown.explanation().decisiveStep().orElseThrow().id())
        .isEqualTo("points.receiver");
    Decision<PointsOutcome> poor = book.give(gift("G3", Recipient.POOL, Optional.empty(), "6"));
    assertRefused(poor, RefusalReason.INSUFFICIENT_BALANCE);
    assertThat(poor.outcomeOrThrow().movement().name()).isEqualTo("DONATION");
    // The whole balance can be given.
    Decision<PointsOutcome> all = book.give(gift("G4", Recipient.FRIEND, Optional.of(V2), "5"));
    assertThat(all.outcomeOrThrow().code()).isEqualTo("TRANSFER");
    assertThat(balanceText(book, V1)).isEqualTo("0.00");
    assertThat(balanceText(book, V2)).isEqualTo("6.00");
  }

  @Test
  void aPolicyThatAllowsNoGiftRefusesTransfersAndDonations() {
    PointsBook haelin = PointsFixtures.book("haelin");
    haelin.accrue(record("R1", V1, "2026-03-05", "2"));
    haelin.accrue(record("R2", V2, "2026-03-05", "2"));
    GiftRequest transfer =
        new GiftRequest(
            "G1",
            V1,
            Recipient.RELATIVE,
            Optional.of(V2),
            BigDecimal.ONE,
            LocalDate.parse("2026-04-01"));
    GiftRequest donation =
        new GiftRequest(
            "G2",
            V1,
            Recipient.POOL,
            Optional.empty(),
            BigDecimal.ONE,
            LocalDate.parse("2026-04-01"));
    assertThat(haelin.give(transfer).outcomeOrThrow().reason())
        .contains(RefusalReason.TRANSFER_NOT_ALLOWED);
    assertThat(haelin.give(donation).outcomeOrThrow().reason())
        .contains(RefusalReason.DONATION_NOT_ALLOWED);
    assertThat(haelin.balance(V1).orElseThrow().decimalText()).isEqualTo("2");
    assertThat(haelin.transactions()).hasSize(2);
  }

  @Test
  void aTransferThatWouldTakeTheReceiverAboveTheStorageCapIsRefused() {
    for (int year = 2025; year <= 2029; year++) {
      book.accrue(record("V2-" + year, V2, year + "-02-01", year == 2029 ? "298" : "300"));
    }
    book.accrue(record("R1", V1, "2030-01-02", "5"));
    GiftRequest three =
        new GiftRequest(
            "G1",
            V1,
            Recipient.FRIEND,
            Optional.of(V2),
            new BigDecimal("3"),
            LocalDate.parse("2030-02-01"));
    Decision<PointsOutcome> over = book.give(three);
    assertRefused(over, RefusalReason.STORAGE_CAP);
    assertThat(over.explanation().decisiveStep().orElseThrow().id()).isEqualTo("points.storageCap");
    GiftRequest two =
        new GiftRequest(
            "G2",
            V1,
            Recipient.FRIEND,
            Optional.of(V2),
            new BigDecimal("2"),
            LocalDate.parse("2030-02-01"));
    assertThat(book.give(two).outcomeOrThrow().code()).isEqualTo("TRANSFER");
    assertThat(balanceText(book, V2)).isEqualTo("1500.00");
    assertThat(balanceText(book, V1)).isEqualTo("3.00");
  }

  @Test
  void aBookReplayedFromItsLedgerHasTheSameBalancesAndAnswersAlreadyPosted() {
    book.accrue(record("R1", V1, "2025-03-01", "20"));
    book.accrue(record("R2", V2, "2025-03-01", "4"));
    RedemptionRequest q = redemption("Q1", "2025-06-02", "COMPANION_DAY", 70, false);
    book.redeem(q);
    GiftRequest g = gift("G1", Recipient.FRIEND, Optional.of(V2), "3");
    book.give(g);
    GiftRequest pool = gift("G2", Recipient.POOL, Optional.empty(), "2");
    book.give(pool);
    List<Decision<PointsOutcome>> expired = book.expire(LocalDate.parse("2027-03-02"));
    assertThat(expired).isNotEmpty();

    PointsBook replayed = PointsBook.open(scheme, ledger);
    assertThat(replayed.members()).containsExactlyInAnyOrderElementsOf(book.members());
    assertThat(replayed.members()).containsExactlyInAnyOrder(V1, V2);
    for (MemberId m : List.of(V1, V2)) {
      assertThat(balanceText(replayed, m)).isEqualTo(balanceText(book, m));
      assertThat(replayed.held(m)).isEqualTo(book.held(m));
      assertThat(
              replayed.statement(m, LocalDate.parse("2025-01-01"), LocalDate.parse("2027-12-31")))
          .isEqualTo(
              book.statement(m, LocalDate.parse("2025-01-01"), LocalDate.parse("2027-12-31")));
    }
    assertThat(replayed.transactions()).isEqualTo(book.transactions());
    int posted = replayed.transactions().size();
    assertAlready(replayed.accrue(record("R1", V1, "2025-03-01", "20")), "acc:R1");
    assertAlready(replayed.redeem(q), "red:Q1");
    assertAlready(replayed.give(g), "tr:G1");
    assertAlready(replayed.give(pool), "don:G2");
    List<Decision<PointsOutcome>> again = replayed.expire(LocalDate.parse("2027-03-02"));
    assertThat(again).hasSameSizeAs(expired);
    for (int i = 0; i < again.size(); i++) {
      assertThat(again.get(i).outcomeOrThrow().transaction())
          .isEqualTo(expired.get(i).outcomeOrThrow().transaction());
      assertThat(again.get(i).explanation().decisiveStep().orElseThrow().id())
          .isEqualTo("points.alreadyPosted");
    }
    assertThat(replayed.transactions()).hasSize(posted);
  }

  static void assertAlready(Decision<PointsOutcome> d, String id) {
    assertThat(d.outcomeOrThrow().transaction().orElseThrow().id().value()).isEqualTo(id);
    assertThat(d.explanation().decisiveStep().orElseThrow().id()).isEqualTo("points.alreadyPosted");
    assertThat(d.explanation().decisiveStep().orElseThrow().result().orElseThrow().value())
        .isEqualTo(id);
  }
}
