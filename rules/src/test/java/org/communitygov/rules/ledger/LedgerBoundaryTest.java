package org.communitygov.rules.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communitygov.rules.ledger.LedgerFixtures.*;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.communitygov.model.ledger.AccountId;
import org.communitygov.model.ledger.AccountKind;
import org.communitygov.model.ledger.Entry;
import org.communitygov.model.ledger.EntryId;
import org.communitygov.model.ledger.PendingOutcome.Resolution;
import org.communitygov.model.ledger.Posting;
import org.communitygov.model.ledger.Transaction;
import org.communitygov.model.ledger.Unit;
import org.junit.jupiter.api.Test;

/**
 * The edges of the posting rules and of a batch's undo, seen through the ledger's answers: codes,
 * balances, what is available, and what a retry gets.
 */
class LedgerBoundaryTest {
  final Ledger ledger = LedgerFixtures.ledger();

  String code(Entry entry) {
    return ledger.post(entry).code();
  }

  Object balance(String account) {
    return ledger.balance(AccountId.of(account)).map(Object::toString).orElse("not open");
  }

  Object available(String account) {
    return ledger.available(AccountId.of(account)).map(Object::toString).orElse("not open");
  }

  static Transaction pending(String id, String from, String to, String hours, String expires) {
    return Transaction.builder()
        .from(move(id, "2026-02-02", from, to, hours))
        .expiresOn(LocalDate.parse(expires))
        .build();
  }

  @Test
  void aLinkedBatchThatFailsLeavesEveryKindOfChangeUndone() {
    Transaction t0 = move("T0", "2026-01-10", "issuance", "m2", "1.00");
    ledger.post(List.of(t0, move("T1", "2026-01-10", "issuance", "m1", "2.00")));
    ledger.post(pending("P1", "m1", "m2", "0.50", "2026-04-30"));
    List<Entry> batch =
        List.of(
            account("m3", AccountKind.MEMBER, Unit.HOUR),
            move("T2", "2026-02-03", "issuance", "m3", "1.00"),
            reversal("R1", "2026-02-03", t0),
            pending("P2", "m1", "m2", "0.25", "2026-04-30"),
            outcome("O1", "P1", "2026-02-04", Resolution.POST),
            move("T4", "2026-01-20", "issuance", "m1", "0.10"),
            closeAccount("C1", "points", "2026-03-01"),
            close("PC1", "2026-01-31"),
            move("T3", "2026-02-05", "m2", "m1", "99.00"));

    List<Outcome> outcomes = ledger.postLinked(batch);

    assertThat(outcomes)
        .extracting(Outcome::code)
        .containsExactly(
            "linked_entry_failed",
            "linked_entry_failed",
            "linked_entry_failed",
            "linked_entry_failed",
            "linked_entry_failed",
            "linked_entry_failed",
            "linked_entry_failed",
            "linked_entry_failed",
            "overdraft");
    assertThat(balance("m3")).isEqualTo("not open");
    assertThat(balance("m1")).isEqualTo("2.00 HOUR");
    assertThat(balance("m2")).isEqualTo("1.00 HOUR");
    assertThat(available("m1")).isEqualTo("1.50 HOUR");
    assertThat(ledger.accepted("T2")).isEmpty();
    assertThat(ledger.entries())
        .extracting(Entry::key)
        .containsExactly("issuance", "m1", "m2", "points", "T0", "T1", "P1", "T3");
    // what the failed batch tried is possible again, entry by entry (its overdraft is kept)
    assertThat(ledger.post(batch))
        .extracting(Outcome::code)
        .containsExactly(
            "accepted",
            "accepted",
            "accepted",
            "accepted",
            "accepted",
            "accepted",
            "accepted",
            "accepted",
            "overdraft");
    assertThat(ledger.post(batch).get(8).isRepeated()).isTrue();
    assertThat(balance("m3")).isEqualTo("1.00 HOUR");
    assertThat(balance("m2")).isEqualTo("0.50 HOUR");
    assertThat(balance("m1")).isEqualTo("1.60 HOUR");
    assertThat(available("m1")).isEqualTo("1.35 HOUR");
  }

  @Test
  void aBatchOfManyPostingsIsUndoneWholeWhenItsLastEntryFails() {
    ledger.post(move("T0", "2026-01-10", "issuance", "m1", "1.00"));
    List<Posting> postings = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      postings.add(posting("issuance", "-0.10 HOUR"));
      postings.add(posting(i % 2 == 0 ? "m1" : "m2", "0.10 HOUR"));
    }
    Transaction many =
        Transaction.builder().from(move("T1", "2026-02-01", "issuance", "m1", "0.10")).build();
    many = Transaction.builder().from(many).postings(postings).build();
    List<Outcome> outcomes =
        ledger.postLinked(
            List.of(
                many,
                Transaction.builder().from(many).id(EntryId.of("T2")).build(),
                move("T3", "2026-02-02", "m2", "m1", "5.00")));
    assertThat(outcomes)
        .extracting(Outcome::code)
        .containsExactly("linked_entry_failed", "linked_entry_failed", "overdraft");
    assertThat(balance("m1")).isEqualTo("1.00 HOUR");
    assertThat(balance("m2")).isEqualTo("0.00 HOUR");
    assertThat(code(many)).isEqualTo("accepted");
    assertThat(balance("m1")).isEqualTo("1.50 HOUR");
    assertThat(balance("m2")).isEqualTo("0.50 HOUR");
    assertThat(balance("issuance")).isEqualTo("-2.00 HOUR");
  }

  @Test
  void countsTwoPostingsFromOneAccountTogetherAgainstItsBalance() {
    ledger.post(move("T0", "2026-01-10", "issuance", "m1", "1.50"));
    Transaction twice =
        tx(
                "T1",
                "2026-02-01",
                posting("m1", "-1.00 HOUR"),
                posting("m1", "-1.00 HOUR"),
                posting("m2", "2.00 HOUR"))
            .build();
    assertThat(code(twice)).isEqualTo("overdraft");
    Transaction fits =
        tx(
                "T2",
                "2026-02-01",
                posting("m1", "-0.75 HOUR"),
                posting("m2", "1.50 HOUR"),
                posting("m1", "-0.75 HOUR"))
            .build();
    assertThat(code(fits)).isEqualTo("accepted");
    assertThat(balance("m1")).isEqualTo("0.00 HOUR");
  }

  @Test
  void findsTheFirstEntryOfTheJournalAsAcceptedAndTheFirstRefusalAsKept() {
    assertThat(code(account("issuance", AccountKind.ISSUANCE, Unit.HOUR))).isEqualTo("exists");
    Ledger empty = Ledger.open(LEDGER, new MemoryLedgerStore(), CLOCK);
    Transaction unknown = move("T1", "2026-02-01", "issuance", "m1", "1.00");
    assertThat(empty.post(unknown).code()).isEqualTo("unknown_account");
    Outcome retry = empty.post(unknown);
    assertThat(retry.code()).isEqualTo("unknown_account");
    assertThat(retry.isRepeated()).isTrue();
  }

  @Test
  void takesTheValueDateWhenItIsLaterThanTheBookingDate() {
    Transaction valuedTomorrow =
        Transaction.builder()
            .from(move("T1", "2026-03-31", "issuance", "m1", "1.00"))
            .valueDate(LocalDate.parse("2026-04-01"))
            .build();
    assertThat(code(valuedTomorrow)).isEqualTo("future_dated");
    Transaction bookedTomorrow =
        Transaction.builder()
            .from(move("T2", "2026-04-01", "issuance", "m1", "1.00"))
            .valueDate(LocalDate.parse("2026-03-30"))
            .build();
    assertThat(code(bookedTomorrow)).isEqualTo("future_dated");
    assertThat(balance("m1")).isEqualTo("0.00 HOUR");
  }

  @Test
  void acceptsAnAccountsFirstDayAndRefusesTheDayBefore() {
    assertThat(code(move("T0", "2025-12-31", "issuance", "m1", "1.00")))
        .isEqualTo("account_closed");
    assertThat(code(move("T1", "2026-01-01", "issuance", "m1", "1.00"))).isEqualTo("accepted");
    assertThat(code(closeAccount("C0", "points", "2025-12-31"))).isEqualTo("account_closed");
    assertThat(code(closeAccount("C1", "points", "2026-01-01"))).isEqualTo("accepted");
    assertThat(code(closeAccount("C2", "nobody", "2026-01-01"))).isEqualTo("unknown_account");
  }

  @Test
  void voidsAPendingTransactionWhoseAccountClosedButDoesNotPostIt() {
    ledger.post(move("T0", "2026-01-10", "issuance", "m1", "2.00"));
    ledger.post(pending("P1", "m1", "m2", "0.50", "2026-04-30"));
    ledger.post(pending("P2", "m1", "m2", "0.50", "2026-04-30"));
    assertThat(available("m2")).isEqualTo("0.00 HOUR");
    assertThat(code(closeAccount("C1", "m2", "2026-03-01"))).isEqualTo("accepted");
    assertThat(code(outcome("O1", "P1", "2026-03-02", Resolution.POST)))
        .isEqualTo("account_closed");
    assertThat(code(outcome("O2", "P2", "2026-03-02", Resolution.VOID))).isEqualTo("accepted");
    assertThat(code(outcome("O3", "P9", "2026-03-02", Resolution.VOID)))
        .isEqualTo("pending_unknown");
    assertThat(code(outcome("O4", "P9", "2026-03-02", Resolution.POST)))
        .isEqualTo("pending_unknown");
    assertThat(available("m1")).isEqualTo("1.50 HOUR");
  }

  @Test
  void postsAPendingTransactionFromWhatItReservedNotTwice() {
    ledger.post(move("T0", "2026-01-10", "issuance", "m1", "2.00"));
    assertThat(code(pending("P1", "m1", "m2", "1.50", "2026-04-30"))).isEqualTo("accepted");
    assertThat(code(pending("P2", "m1", "m2", "0.60", "2026-04-30"))).isEqualTo("overdraft");
    assertThat(code(outcome("O1", "P1", "2026-03-02", Resolution.POST))).isEqualTo("accepted");
    assertThat(balance("m1")).isEqualTo("0.50 HOUR");
    assertThat(available("m1")).isEqualTo("0.50 HOUR");
  }

  @Test
  void letsAPendingTransactionThatExpiredBeforeTodayTakeMoreThanTheBalance() {
    assertThat(code(pending("P1", "m1", "m2", "5.00", "2026-03-30"))).isEqualTo("accepted");
    assertThat(code(pending("P2", "m1", "m2", "5.00", "2026-03-31"))).isEqualTo("overdraft");
    assertThat(available("m1")).isEqualTo("0.00 HOUR");
  }

  @Test
  void reversesAPendingTransactionOnlyOnceItWasPosted() {
    ledger.post(move("T0", "2026-01-10", "issuance", "m1", "2.00"));
    Transaction posted = pending("P1", "m1", "m2", "0.50", "2026-04-30");
    Transaction voided = pending("P2", "m1", "m2", "0.25", "2026-04-30");
    ledger.post(List.of(posted, voided));
    assertThat(code(reversal("R0", "2026-02-03", posted))).isEqualTo("reversal_target_unknown");
    ledger.post(outcome("O1", "P1", "2026-02-04", Resolution.POST));
    ledger.post(outcome("O2", "P2", "2026-02-04", Resolution.VOID));
    assertThat(code(reversal("R1", "2026-02-05", posted))).isEqualTo("accepted");
    assertThat(code(reversal("R2", "2026-02-05", voided))).isEqualTo("reversal_target_unknown");
    assertThat(balance("m1")).isEqualTo("2.00 HOUR");
    assertThat(balance("m2")).isEqualTo("0.00 HOUR");
  }

  @Test
  void asksAPurposeOnlyOfARestrictedAccount() {
    Transaction withPurpose =
        Transaction.builder()
            .from(move("T1", "2026-02-01", "issuance", "m1", "1.00"))
            .purpose("长者食堂 2026")
            .build();
    assertThat(code(withPurpose)).isEqualTo("accepted");
    assertThat(balance("m1")).isEqualTo("1.00 HOUR");
  }

  @Test
  void answersNoBalanceForAnAccountNotOpen() {
    assertThat(ledger.balance(AccountId.of("nobody"), TODAY)).isEmpty();
    assertThat(ledger.available(AccountId.of("nobody"))).isEmpty();
    assertThat(ledger.balance(AccountId.of("m1"), TODAY)).contains(hours("0.00"));
  }

  @Test
  void keepsNoRefusalOfAFailedLinkedBatchThatTheStoreRefused() {
    LedgerRootTest.KeepingStore store = new LedgerRootTest.KeepingStore();
    Ledger refusing = Ledger.open(LEDGER, store, CLOCK);
    refusing.post(accounts());
    List<Transaction> batch =
        List.of(
            move("T1", "2026-02-01", "issuance", "m1", "1.00"),
            move("T2", "2026-02-01", "m2", "m1", "5.00"));
    store.refuseNext = true;
    assertThatThrownBy(() -> refusing.postLinked(batch)).isInstanceOf(LedgerStoreException.class);
    assertThat(refusing.entries()).hasSize(4);
    assertThat(refusing.head().size()).isEqualTo(4);
    Outcome again = refusing.post(batch.get(1));
    assertThat(again.code()).isEqualTo("overdraft");
    assertThat(again.isRepeated()).isFalse();
    assertThat(store.lines()).hasSize(5);
  }

  @Test
  void hashesTheRootAnewAfterABatchTheStoreRefusedWhoseRootWasFound() {
    LedgerRootTest.KeepingStore store = new LedgerRootTest.KeepingStore();
    Ledger refusing = Ledger.open(LEDGER, store, CLOCK);
    refusing.post(accounts());
    store.refuseNext = true;
    assertThatThrownBy(() -> refusing.post(move("x", "2026-02-01", "issuance", "m1", "1.00")))
        .isInstanceOf(LedgerStoreException.class);
    refusing.post(move("y", "2026-02-01", "issuance", "m1", "2.00"));
    Ledger accepting = Ledger.open(LEDGER, new MemoryLedgerStore(), CLOCK);
    accepting.post(accounts());
    accepting.post(move("y", "2026-02-01", "issuance", "m1", "2.00"));
    assertThat(refusing.head().rootHex()).isEqualTo(accepting.head().rootHex());
    assertThat(refusing.head().size()).isEqualTo(5);
  }

  /** A clock whose instant and zone a test sets. */
  static final class MovableClock extends Clock {
    Instant now;
    ZoneId zone;

    MovableClock(String instant, ZoneId zone) {
      this.now = Instant.parse(instant);
      this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return new MovableClock(now.toString(), zone);
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void readsTodayAgainWhenTheClocksInstantOrZoneChanges() {
    MovableClock clock = new MovableClock("2026-03-31T20:00:00Z", ZoneOffset.UTC);
    Ledger moving = Ledger.open(LEDGER, new MemoryLedgerStore(), clock);
    moving.post(accounts());
    assertThat(moving.post(move("T1", "2026-04-01", "issuance", "m1", "1.00")).code())
        .isEqualTo("future_dated");
    clock.zone = ZoneOffset.ofHours(8);
    assertThat(moving.post(move("T2", "2026-04-01", "issuance", "m1", "1.00")).code())
        .isEqualTo("accepted");
    assertThat(moving.post(move("T3", "2026-04-02", "issuance", "m1", "1.00")).code())
        .isEqualTo("future_dated");
    clock.now = Instant.parse("2026-04-01T20:00:00Z");
    assertThat(moving.post(move("T4", "2026-04-02", "issuance", "m1", "1.00")).code())
        .isEqualTo("accepted");
    clock.zone = ZoneId.of("Asia/Shanghai");
    clock.now = Instant.parse("2026-04-02T17:00:00Z");
    assertThat(moving.post(move("T5", "2026-04-03", "issuance", "m1", "1.00")).code())
        .isEqualTo("accepted");
    assertThat(moving.post(move("T6", "2026-04-04", "issuance", "m1", "1.00")).code())
        .isEqualTo("future_dated");
  }
}
