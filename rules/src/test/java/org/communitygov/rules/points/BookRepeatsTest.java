package org.communitygov.rules.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitygov.rules.points.PointsBookTest.V1;
import static org.communitygov.rules.points.PointsBookTest.record;

import org.communitygov.model.ledger.Transaction;
import org.communitygov.model.points.Scheme;
import org.communitygov.model.points.TransactionKind;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.engine.Step;
import org.communitygov.rules.ledger.Ledger;
import org.junit.jupiter.api.Test;

/** A repeated request, answered from the transactions the ledger accepted (ADR 0106). */
class BookRepeatsTest {
  final Scheme scheme = PointsFixtures.scheme("haelin");
  final Ledger ledger = PointsFixtures.ledger(scheme);
  final PointsBook book = PointsBook.open(scheme, ledger);

  @Test
  void aRepeatIsAnsweredWithTheLedgersTransactionAndOneAlreadyPostedStep() {
    Decision<PointsOutcome> first = book.accrue(record("R1", V1, "2026-03-05", "1"));
    Transaction posted = first.outcomeOrThrow().transaction().orElseThrow();
    int entries = ledger.entries().size();

    Decision<PointsOutcome> again = book.accrue(record("R1", V1, "2026-03-05", "1"));

    assertThat(again.ruleId()).isEqualTo(first.ruleId());
    assertThat(again.outcomeOrThrow())
        .isEqualTo(PointsOutcome.posting(TransactionKind.ACCRUAL, posted));
    assertThat(again.outcomeOrThrow().transaction().orElseThrow())
        .isSameAs(ledger.accepted("acc:R1").orElseThrow());
    assertThat(again.explanation().steps()).hasSize(1);
    Step step = again.explanation().decisiveStep().orElseThrow();
    assertThat(step.id()).isEqualTo("points.alreadyPosted");
    assertThat(step.result().orElseThrow().value()).isEqualTo("acc:R1");
    assertThat(ledger.entries()).hasSize(entries);
  }

  @Test
  void aRequestTheLedgerRefusedIsDecidedAgainAndRefusedWithTheSameCode() {
    Decision<PointsOutcome> first = book.accrue(record("R9", V1, "2031-01-02", "1"));
    int entries = ledger.entries().size();

    Decision<PointsOutcome> again = book.accrue(record("R9", V1, "2031-01-02", "1"));

    assertThat(ledger.accepted("acc:R9")).isEmpty();
    assertThat(again.outcomeOrThrow()).isEqualTo(first.outcomeOrThrow());
    assertThat(again.outcomeOrThrow().ledgerCode()).contains("future_dated");
    assertThat(again.explanation().decisiveStep().orElseThrow().id())
        .isNotEqualTo("points.alreadyPosted");
    assertThat(ledger.entries()).hasSize(entries);
    assertThat(book.balance(V1)).isEmpty();
  }

  @Test
  void aTransactionOnTheLedgerBeforeTheBookOpenedIsAnsweredAsPosted() {
    book.accrue(record("R1", V1, "2026-03-05", "1"));
    PointsBook reopened = PointsBook.open(scheme, ledger);

    Decision<PointsOutcome> again = reopened.accrue(record("R1", V1, "2026-03-05", "1"));

    PointsRefusalsTest.assertAlready(again, "acc:R1");
    assertThat(reopened.balance(V1)).isEqualTo(book.balance(V1));
  }
}
