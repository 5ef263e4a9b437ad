package org.communitygov.rules.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitygov.rules.ledger.LedgerFixtures.*;

import java.time.LocalDate;
import java.util.List;
import org.communitygov.model.ledger.AccountId;
import org.communitygov.model.ledger.AccountKind;
import org.communitygov.model.ledger.Amount;
import org.communitygov.model.ledger.Entry;
import org.communitygov.model.ledger.EntryKind;
import org.communitygov.model.ledger.LedgerId;
import org.communitygov.model.ledger.PendingOutcome.Resolution;
import org.communitygov.model.ledger.Refusal;
import org.communitygov.model.ledger.Transaction;
import org.communitygov.model.ledger.Unit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LedgerTest {
  final Ledger ledger = ledger();

  String code(Entry entry) {
    return ledger.post(entry).code();
  }

  Amount balance(String account) {
    return ledger.balance(AccountId.of(account)).orElseThrow();
  }

  @Nested
  class Accepting {
    @Test
    void foldsPostingsIntoBalances() {
      assertThat(code(move("T1", "2026-02-01", "issuance", "m1", "3.00"))).isEqualTo("accepted");
      assertThat(code(move("T2", "2026-02-10", "m1", "m2", "1.25"))).isEqualTo("accepted");
      assertThat(balance("m1")).isEqualTo(hours("1.75"));
      assertThat(balance("m2")).isEqualTo(hours("1.25"));
      assertThat(balance("issuance")).isEqualTo(hours("-3.00"));
      assertThat(ledger.balance(AccountId.of("m1"), LocalDate.parse("2026-02-09")))
          .contains(hours("3.00"));
      assertThat(ledger.balance(AccountId.of("m1"), LocalDate.parse("2026-01-31")))
          .contains(hours("0.00"));
      assertThat(ledger.balance(AccountId.of("nobody"))).isEmpty();
    }

    @Test
    void answersARetryWithTheSameContentWithTheOriginal() {
      Transaction t = move("T1", "2026-02-01", "issuance", "m1", "3.00");
      ledger.post(t);
      TreeHead before = ledger.head();
      Outcome retry = ledger.post(move("T1", "2026-02-01", "issuance", "m1", "3.00"));
      assertThat(retry.code()).isEqualTo("exists");
      assertThat(retry.original()).contains(t);
      assertThat(ledger.head().sameTree(before)).isTrue();
      assertThat(balance("m1")).isEqualTo(hours("3.00"));
    }

    @Test
    void refusesARetryWithOtherContentNamingTheFirstFieldThatDiffers() {
      Transaction t = move("T1", "2026-02-01", "issuance", "m1", "3.00");
      ledger.post(t);
      TreeHead before = ledger.head();
      assertThat(
              code(
                  Transaction.builder().from(t).bookingDate(LocalDate.parse("2026-02-02")).build()))
          .isEqualTo("exists_with_different_booking_date");
      assertThat(code(Transaction.builder().from(t).memo("other").build()))
          .isEqualTo("exists_with_different_memo");
      assertThat(code(move("T1", "2026-02-01", "issuance", "m1", "3.50")))
          .isEqualTo("exists_with_different_postings");
      assertThat(code(Transaction.builder().from(t).source("receipt 7").build()))
          .isEqualTo("exists_with_different_source");
      assertThat(code(close("T1", "2026-01-31"))).isEqualTo("exists_with_different_kind");
      assertThat(ledger.head().sameTree(before)).isTrue();
    }
  }

  @Nested
  class Content {
    @Test
    void refusesUnbalancedPostingsAndKeepsTheIdFree() {
      Transaction unbalanced =
          tx("T1", "2026-02-01", posting("issuance", "-3.00 HOUR"), posting("m1", "2.00 HOUR"))
              .build();
      assertThat(code(unbalanced)).isEqualTo("unbalanced");
      assertThat(ledger.entries()).noneMatch(e -> e.key().equals("T1"));
      assertThat(code(move("T1", "2026-02-01", "issuance", "m1", "3.00"))).isEqualTo("accepted");
    }

    @Test
    void refusesTwoUnitsInOneTransactionEvenWhenEachSumsToZero() {
      Transaction mixed =
          tx(
                  "T1",
                  "2026-02-01",
                  posting("issuance", "-3.00 HOUR"),
                  posting("m1", "3.00 HOUR"),
                  posting("points", "-5 POINT"),
                  posting("points", "5 POINT"))
              .build();
      assertThat(code(mixed)).isEqualTo("mixed_units");
    }

    @Test
    void answersUnbalancedBeforeMixedUnits() {
      Transaction both =
          tx("T1", "2026-02-01", posting("issuance", "-3.00 HOUR"), posting("points", "3 POINT"))
              .build();
      assertThat(code(both)).isEqualTo("unbalanced");
    }
  }

  @Nested
  class Accounts {
    @Test
    void refusesUnknownClosedAndNotYetOpenAccounts() {
      assertThat(code(move("T1", "2026-02-01", "issuance", "ghost", "1.00")))
          .isEqualTo("unknown_account");
      ledger.post(account("late", AccountKind.MEMBER, Unit.HOUR));
      assertThat(code(closeAccount("C1", "m2", "2026-02-01"))).isEqualTo("accepted");
      assertThat(code(move("T2", "2026-02-02", "issuance", "m2", "1.00")))
          .isEqualTo("account_closed");
      assertThat(code(closeAccount("C2", "m2", "2026-02-03"))).isEqualTo("account_closed");
      assertThat(
              code(
                  Transaction.builder()
                      .from(move("T3", "2026-02-02", "issuance", "m1", "1.00"))
                      .valueDate(LocalDate.parse("2025-12-31"))
                      .build()))
          .isEqualTo("account_closed");
    }

    @Test
    void refusesAPostingInAnotherUnitThanItsAccount() {
      Transaction points =
          tx("T1", "2026-02-01", posting("m1", "-5 POINT"), posting("points", "5 POINT")).build();
      assertThat(code(points)).isEqualTo("account_unit_mismatch");
      assertThat(code(assertion("B1", "m1", "2026-02-01", "0 POINT")))
          .isEqualTo("account_unit_mismatch");
    }

    @Test
    void refusesAnAccountOfAnotherLedger() {
      Ledger other = Ledger.open(LedgerId.of("other"), new MemoryLedgerStore(), CLOCK);
      assertThat(other.post(accounts().get(0)).code()).isEqualTo("wrong_ledger");
    }
  }

  @Nested
  class Overdraft {
    @Test
    void keepsAFlaggedAccountAtZeroOrMore() {
      ledger.post(move("T1", "2026-02-01", "issuance", "m1", "2.00"));
      assertThat(code(move("T2", "2026-02-02", "m1", "m2", "2.25"))).isEqualTo("overdraft");
      assertThat(code(move("T3", "2026-02-02", "m1", "m2", "2.00"))).isEqualTo("accepted");
      assertThat(balance("m1")).isEqualTo(hours("0.00"));
      assertThat(code(move("T4", "2026-02-03", "issuance", "issuance", "1.00")))
          .isEqualTo("accepted");
    }

    @Test
    void countsWhatPendingTransactionsReserveUntilTheyAreVoided() {
      ledger.post(move("T1", "2026-02-01", "issuance", "m1", "2.00"));
      Transaction hold =
          Transaction.builder()
              .from(move("P1", "2026-02-02", "m1", "m2", "1.50"))
              .expiresOn(LocalDate.parse("2026-04-10"))
              .build();
      assertThat(code(hold)).isEqualTo("accepted");
      assertThat(balance("m1")).isEqualTo(hours("2.00"));
      assertThat(ledger.available(AccountId.of("m1"))).contains(hours("0.50"));
      assertThat(code(move("T2", "2026-02-03", "m1", "m2", "1.00"))).isEqualTo("overdraft");
      assertThat(code(outcome("V1", "P1", "2026-02-04", Resolution.VOID))).isEqualTo("accepted");
      assertThat(code(move("T3", "2026-02-04", "m1", "m2", "1.00"))).isEqualTo("accepted");
      assertThat(balance("m2")).isEqualTo(hours("1.00"));
    }
  }

  @Nested
  class Pending {
    Transaction hold() {
      return Transaction.builder()
          .from(move("P1", "2026-02-02", "issuance", "m1", "1.50"))
          .expiresOn(LocalDate.parse("2026-04-10"))
          .build();
    }

    @Test
    void takesEffectOnTheDateItIsPosted() {
      ledger.post(hold());
      assertThat(balance("m1")).isEqualTo(hours("0.00"));
      assertThat(code(outcome("O1", "P1", "2026-02-05", Resolution.POST))).isEqualTo("accepted");
      assertThat(balance("m1")).isEqualTo(hours("1.50"));
      assertThat(ledger.balance(AccountId.of("m1"), LocalDate.parse("2026-02-04")))
          .contains(hours("0.00"));
      assertThat(code(outcome("O2", "P1", "2026-02-06", Resolution.VOID)))
          .isEqualTo("pending_already_resolved");
    }

    @Test
    void refusesAnOutcomeOfWhatIsNotPending() {
      ledger.post(move("T1", "2026-02-01", "issuance", "m1", "2.00"));
      assertThat(code(outcome("O1", "T1", "2026-02-05", Resolution.POST)))
          .isEqualTo("pending_unknown");
      assertThat(code(outcome("O2", "nothing", "2026-02-05", Resolution.VOID)))
          .isEqualTo("pending_unknown");
    }
  }

  @Nested
  class Reversals {
    @Test
    void correctsByTheOppositeEntryOnce() {
      Transaction t = move("T1", "2026-02-01", "issuance", "m1", "2.00");
      ledger.post(t);
      assertThat(code(reversal("R1", "2026-02-03", t))).isEqualTo("accepted");
      assertThat(balance("m1")).isEqualTo(hours("0.00"));
      assertThat(code(reversal("R2", "2026-02-04", t))).isEqualTo("already_reversed");
    }

    @Test
    void refusesAReversalOfNothingOrOfSomethingElse() {
      Transaction t = move("T1", "2026-02-01", "issuance", "m1", "2.00");
      ledger.post(t);
      assertThat(
              code(
                  reversal("R1", "2026-02-03", move("T9", "2026-02-01", "issuance", "m1", "2.00"))))
          .isEqualTo("reversal_target_unknown");
      Transaction wrong =
          Transaction.builder()
              .from(reversal("R2", "2026-02-03", t))
              .postings(move("x", "2026-02-01", "m1", "issuance", "1.00").postings())
              .build();
      assertThat(code(wrong)).isEqualTo("reversal_mismatch");
    }
  }

  @Nested
  class Periods {
    @Test
    void refusesAnyEntryDatedInAClosedPeriodEvenAReversal() {
      Transaction t = move("T1", "2026-01-15", "issuance", "m1", "2.00");
      ledger.post(t);
      assertThat(code(close("C1", "2026-01-31"))).isEqualTo("accepted");
      assertThat(code(move("T2", "2026-01-31", "issuance", "m1", "1.00")))
          .isEqualTo("closed_period");
      assertThat(code(reversal("R1", "2026-01-20", t))).isEqualTo("closed_period");
      assertThat(code(reversal("R2", "2026-02-01", t))).isEqualTo("accepted");
      assertThat(
              code(
                  Transaction.builder()
                      .from(move("T3", "2026-02-02", "issuance", "m1", "1.00"))
                      .valueDate(LocalDate.parse("2026-01-30"))
                      .build()))
          .isEqualTo("closed_period");
      assertThat(code(close("C2", "2026-01-20"))).isEqualTo("closed_period");
    }

    @Test
    void refusesEntriesDatedAfterToday() {
      assertThat(code(move("T1", "2026-04-01", "issuance", "m1", "2.00")))
          .isEqualTo("future_dated");
      assertThat(code(close("C1", "2026-04-01"))).isEqualTo("future_dated");
      assertThat(code(move("T2", TODAY.toString(), "issuance", "m1", "2.00")))
          .isEqualTo("accepted");
    }
  }

  @Nested
  class Assertions {
    @Test
    void keepsAnAssertionThatHoldsAndRefusesOneThatDoesNot() {
      ledger.post(move("T1", "2026-02-01", "issuance", "m1", "2.00"));
      ledger.post(move("T2", "2026-02-05", "issuance", "m1", "1.00"));
      assertThat(code(assertion("B1", "m1", "2026-02-04", "2.00 HOUR"))).isEqualTo("accepted");
      assertThat(code(assertion("B2", "m1", "2026-02-05", "2.00 HOUR")))
          .isEqualTo("balance_assertion_failed");
      assertThat(code(assertion("B3", "ghost", "2026-02-05", "2.00 HOUR")))
          .isEqualTo("unknown_account");
    }
  }

  @Nested
  class Refusals {
    @Test
    void answersARetryOfARefusedIdWithTheSameCodeWhateverHasChanged() {
      Transaction tooMuch = move("T1", "2026-02-02", "m1", "m2", "1.00");
      assertThat(code(tooMuch)).isEqualTo("overdraft");
      ledger.post(move("T2", "2026-02-01", "issuance", "m1", "5.00"));
      Outcome retry = ledger.post(tooMuch);
      assertThat(retry.code()).isEqualTo("overdraft");
      assertThat(retry.isRepeated()).isTrue();
      assertThat(code(move("T1", "2026-02-02", "issuance", "m1", "1.00"))).isEqualTo("overdraft");
      assertThat(balance("m2")).isEqualTo(hours("0.00"));
    }

    @Test
    void keepsTheRefusalInTheJournalSoThatAReopenedLedgerAnswersTheSame() {
      MemoryLedgerStore store = new MemoryLedgerStore();
      Ledger first = Ledger.open(LEDGER, store, CLOCK);
      first.post(accounts());
      first.post(move("T1", "2026-02-02", "m1", "m2", "1.00"));
      List<Entry> entries = first.entries();
      assertThat(entries.get(entries.size() - 1))
          .isEqualTo(
              Refusal.builder()
                  .refused("T1")
                  .code("overdraft")
                  .on(LocalDate.parse("2026-02-02"))
                  .build());
      Ledger reopened = Ledger.open(LEDGER, store, CLOCK);
      reopened.post(move("T2", "2026-02-01", "issuance", "m1", "5.00"));
      assertThat(reopened.post(move("T1", "2026-02-02", "m1", "m2", "1.00")).code())
          .isEqualTo("overdraft");
      assertThat(reopened.head().size()).isEqualTo(first.head().size() + 1);
    }
  }

  @Nested
  class Precedence {
    @Test
    void answersTheEarliestCodeOfEveryRuleAnEntryBreaks() {
      ledger.post(close("C1", "2026-01-31"));
      ledger.post(move("T1", "2026-02-01", "issuance", "m1", "1.00"));
      // Closed period, unknown account and overdraft all at once: the period comes first.
      assertThat(code(move("X1", "2026-01-15", "m1", "ghost", "9.00"))).isEqualTo("closed_period");
      // Unknown account before overdraft.
      assertThat(code(move("X2", "2026-02-15", "m1", "ghost", "9.00")))
          .isEqualTo("unknown_account");
      // An existing id before anything that depends on the state.
      assertThat(code(move("T1", "2026-01-15", "m1", "ghost", "9.00")))
          .isEqualTo("exists_with_different_booking_date");
      // Content before the id.
      assertThat(
              code(
                  tx("T1", "2026-02-01", posting("m1", "1.00 HOUR"), posting("m2", "1.00 HOUR"))
                      .build()))
          .isEqualTo("unbalanced");
    }
  }

  @Nested
  class Linked {
    @Test
    void appliesAllOrNothing() {
      TreeHead before = ledger.head();
      List<Outcome> outcomes =
          ledger.postLinked(
              List.of(
                  move("T1", "2026-02-01", "issuance", "m1", "1.00"),
                  move("T2", "2026-02-01", "m1", "m2", "2.00"),
                  move("T3", "2026-02-01", "issuance", "m2", "1.00")));
      assertThat(outcomes)
          .extracting(Outcome::code)
          .containsExactly("linked_entry_failed", "overdraft", "linked_entry_failed");
      assertThat(balance("m1")).isEqualTo(hours("0.00"));
      assertThat(ledger.entries()).hasSize((int) before.size() + 1);
      assertThat(ledger.entries().get((int) before.size()).entryKind())
          .isEqualTo(EntryKind.REFUSAL);

      List<Outcome> ok =
          ledger.postLinked(
              List.of(
                  move("T4", "2026-02-01", "issuance", "m1", "2.00"),
                  move("T5", "2026-02-01", "m1", "m2", "2.00")));
      assertThat(ok).extracting(Outcome::code).containsExactly("accepted", "accepted");
      assertThat(balance("m2")).isEqualTo(hours("2.00"));
      assertThat(JournalLine.parse(ledger.lines().get((int) ledger.head().size() - 2)).isLinked())
          .isTrue();
      assertThat(JournalLine.parse(ledger.lines().get((int) ledger.head().size() - 1)).isLinked())
          .isFalse();
    }
  }

  @Nested
  class Proofs {
    @Test
    void provesEachEntryAndEachEarlierHead() {
      ledger.post(move("T1", "2026-02-01", "issuance", "m1", "1.00"));
      TreeHead early = ledger.head();
      for (int i = 2; i < 20; i++) {
        ledger.post(move("T" + i, "2026-02-01", "issuance", "m1", "1.00"));
      }
      TreeHead head = ledger.head();
      for (Entry e : ledger.entries()) {
        InclusionProof proof = ledger.proveInclusion(e.key()).orElseThrow();
        assertThat(ProofVerifier.verify(proof, head)).as(e.key()).isTrue();
        assertThat(proof.leafHash()).isEqualTo(Hashes.create().leaf(EntryCodec.encode(e)));
      }
      assertThat(ProofVerifier.verify(ledger.proveConsistency(early.size()), early, head)).isTrue();
      assertThat(ledger.proveInclusion("none")).isEmpty();
    }
  }
}
