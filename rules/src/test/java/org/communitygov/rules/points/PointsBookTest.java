package org.communitygov.rules.points;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.communitygov.model.ledger.Amount;
import org.communitygov.model.ledger.Entry;
import org.communitygov.model.ledger.Posting;
import org.communitygov.model.ledger.Transaction;
import org.communitygov.model.ledger.Unit;
import org.communitygov.model.points.MemberId;
import org.communitygov.model.points.Scheme;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.engine.ExplanationRenderer;
import org.communitygov.rules.ledger.Ledger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PointsBookTest {
  static final MemberId V1 = MemberId.of("V1");
  static final MemberId V2 = MemberId.of("V2");

  static ServiceRecordInput record(String id, MemberId member, String date, String hours) {
    return new ServiceRecordInput(
        id,
        "A-" + id,
        member,
        LocalDate.parse(date),
        new BigDecimal(hours),
        "O1",
        Evaluation.NONE,
        false);
  }

  static List<String> postings(Decision<PointsOutcome> d) {
    return d.outcomeOrThrow().transaction().orElseThrow().postings().stream()
        .map(Posting::toString)
        .toList();
  }

  static List<Transaction> transactions(Ledger ledger) {
    return ledger.entries().stream()
        .filter(Transaction.class::isInstance)
        .map(Transaction.class::cast)
        .toList();
  }

  @Nested
  class Accrual {
    @Test
    void countsAtMostTheHoursPerActivityAndExplainsWhichTermItUsed() {
      PointsBook book = PointsFixtures.book("haelin");
      Decision<PointsOutcome> d = book.accrue(record("R1", V1, "2026-03-05", "3.5"));
      assertThat(d.outcomeOrThrow().code()).isEqualTo("ACCRUAL");
      assertThat(postings(d)).containsExactly("issuance -2 POINT", "m:V1 2 POINT");
      assertThat(book.balance(V1)).contains(Amount.of(Unit.POINT, BigDecimal.valueOf(2)));
      String zh = ExplanationRenderer.of(Locale.SIMPLIFIED_CHINESE).render(d);
      assertThat(zh)
          .contains("服务时长 3.5 > 每次活动最多计时 2")
          .contains("海林市社区志愿者积分, 2020-01-01起")
          .contains("部分确认")
          .contains("R1");
    }

    @Test
    void aNegativeEvaluationCreditsNothingAndPostsNothing() {
      PointsBook book = PointsFixtures.book("haelin");
      ServiceRecordInput r = record("R1", V1, "2026-03-05", "1.5");
      Decision<PointsOutcome> d = book.accrue(PointsFixtures.complainedOf(r));
      assertThat(d.outcomeOrThrow().code()).isEqualTo("NOTHING");
      assertThat(d.explanation().steps()).extracting(s -> s.id()).contains("points.evaluation");
      assertThat(book.balance(V1)).isEmpty();
    }

    @Test
    void aPolicyChangeChangesNothingBeforeItsDate() {
      PointsBook book = PointsFixtures.book("hepingli");
      MemberId m = MemberId.of("HPL-V01");
      Decision<PointsOutcome> before = book.accrue(record("R1", m, "2026-06-30", "2"));
      Decision<PointsOutcome> after = book.accrue(record("R2", m, "2026-07-01", "2"));
      assertThat(postings(before)).containsExactly("issuance -2 POINT", "m:HPL-V01 2 POINT");
      assertThat(postings(after)).containsExactly("issuance -4 POINT", "m:HPL-V01 4 POINT");
      assertThat(ExplanationRenderer.of(Locale.ENGLISH).render(before)).contains("from 2025-01-01");
      assertThat(ExplanationRenderer.of(Locale.ENGLISH).render(after)).contains("from 2026-07-01");
    }

    @Test
    void aRecordCreditedTwiceIsPostedOnce() {
      PointsBook book = PointsFixtures.book("haelin");
      Decision<PointsOutcome> first = book.accrue(record("R1", V1, "2026-03-05", "1"));
      Decision<PointsOutcome> again = book.accrue(record("R1", V1, "2026-03-05", "1"));
      assertThat(again.outcomeOrThrow().transaction())
          .isEqualTo(first.outcomeOrThrow().transaction());
      assertThat(book.balance(V1)).contains(Amount.of(Unit.POINT, BigDecimal.ONE));
    }

    @Test
    void anActivityBeforeTheFirstPolicyIsRefusedWithItsCode() {
      PointsBook book = PointsFixtures.book("hepingli");
      Decision<PointsOutcome> d = book.accrue(record("R0", V1, "2024-12-31", "1"));
      assertThat(d.outcomeOrThrow().reason()).contains(RefusalReason.NO_POLICY);
      assertThat(book.balance(V1)).isEmpty();
    }

    @Test
    void aFutureDatedRecordIsRefusedByTheLedgerAndNothingIsOpened() {
      PointsBook book = PointsFixtures.book("haelin");
      Decision<PointsOutcome> d = book.accrue(record("R9", V1, "2031-01-02", "1"));
      assertThat(d.outcomeOrThrow().reason()).contains(RefusalReason.LEDGER);
      assertThat(d.outcomeOrThrow().ledgerCode()).contains("future_dated");
      assertThat(book.balance(V1)).isEmpty();
      assertThat(book.members()).isEmpty();
    }
  }

  @Nested
  class Reopening {
    @Test
    void aBookOpenedOnTheSameLedgerKnowsWhatTheFirstKnew() {
      Scheme scheme = PointsFixtures.scheme("time-bank");
      Ledger ledger = PointsFixtures.ledger(scheme);
      PointsBook book = PointsBook.open(scheme, ledger);
      book.accrue(record("R1", V1, "2025-03-01", "200"));
      book.accrue(record("R2", V1, "2025-05-01", "150"));
      book.redeem(
          new RedemptionRequest(
              "Q1", V1, LocalDate.parse("2025-06-02"), "COMPANION_DAY", 70, false));
      PointsBook reopened = PointsBook.open(scheme, ledger);
      // The annual cap (300) was reached in 2025: a third record credits nothing, on both books.
      assertThat(reopened.accrue(record("R3", V1, "2025-07-01", "5")).outcomeOrThrow().code())
          .isEqualTo("NOTHING");
      // Once a month: a second redemption in June is refused by the reopened book.
      assertThat(
              reopened
                  .redeem(
                      new RedemptionRequest(
                          "Q2", V1, LocalDate.parse("2025-06-05"), "COMPANION_DAY", 70, false))
                  .outcomeOrThrow()
                  .reason())
          .contains(RefusalReason.ONCE_PER_PERIOD);
      assertThat(reopened.held(V1))
          .isEqualTo(ledger.balance(PointsAccounts.member(V1)).orElseThrow().minor());
    }
  }

  @Nested
  class Expiry {
    @Test
    void runningTheJobTwiceForADatePostsOnce() {
      Scheme scheme = PointsFixtures.scheme("time-bank");
      Ledger ledger = PointsFixtures.ledger(scheme);
      PointsBook book = PointsBook.open(scheme, ledger);
      book.accrue(record("R1", V1, "2025-03-01", "3"));
      List<Decision<PointsOutcome>> first = book.expire(LocalDate.parse("2027-03-01"));
      int size = ledger.entries().size();
      List<Decision<PointsOutcome>> second = book.expire(LocalDate.parse("2027-03-01"));
      assertThat(first).hasSize(1);
      assertThat(postings(first.get(0))).containsExactly("m:V1 -3.00 HOUR", "issuance 3.00 HOUR");
      assertThat(second)
          .extracting(Decision::outcomeOrThrow)
          .isEqualTo(List.of(first.get(0).outcomeOrThrow()));
      assertThat(ledger.entries()).hasSize(size);
      assertThat(PointsBook.open(scheme, ledger).expire(LocalDate.parse("2027-03-01"))).hasSize(1);
      assertThat(ledger.entries()).hasSize(size);
    }
  }

  @Nested
  class ManyCredits {
    @Test
    void
        aMemberWithFortyCreditsExpiringAtOnceGetsOneTransactionWhoseMemoNamesTheFirstAndTheCount() {
      Scheme scheme = PointsFixtures.scheme("time-bank");
      Ledger ledger = PointsFixtures.ledger(scheme);
      PointsBook book = PointsBook.open(scheme, ledger);
      LocalDate day = LocalDate.parse("2025-01-02");
      for (int i = 0; i < 40; i++) {
        book.accrue(record("R" + i, V1, day.plusDays(i).toString(), "1"));
      }
      List<Decision<PointsOutcome>> expired = book.expire(LocalDate.parse("2028-01-01"));
      assertThat(expired).hasSize(1);
      Transaction tx = expired.get(0).outcomeOrThrow().transaction().orElseThrow();
      assertThat(postings(expired.get(0)))
          .containsExactly("m:V1 -40.00 HOUR", "issuance 40.00 HOUR");
      assertThat(tx.memo())
          .startsWith("过期 40.00（记入于 2025-01-02 1.00 → ")
          .endsWith("; … 共 40 笔）")
          .hasSizeLessThanOrEqualTo(500);
      assertThat(book.balance(V1)).contains(Amount.of(Unit.HOUR, BigDecimal.ZERO));
    }
  }

  @Nested
  class AsExchangeRecords {
    @Test
    void eachTransactionNamesThePolicyInForceOnItsDateItsKindSourceAndPostings() {
      PointsBook book = PointsFixtures.book("hepingli");
      MemberId m = MemberId.of("HPL-V01");
      book.accrue(record("R1", m, "2026-06-30", "2"));
      book.accrue(record("R2", m, "2026-07-01", "2"));
      List<org.communitygov.model.points.PointsTransaction> records = book.transactions();
      assertThat(records)
          .extracting(r -> r.id().value(), r -> r.kind().name(), r -> r.policy().toString())
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("acc:R1", "ACCRUAL", "2025-01-01"),
              org.assertj.core.groups.Tuple.tuple("acc:R2", "ACCRUAL", "2026-07-01"));
      assertThat(records.get(1).postings())
          .extracting(p -> p.account() + " " + p.amount().toPlainString())
          .containsExactly("issuance -4", "m:HPL-V01 4");
      assertThat(records.get(1).source()).contains("service-record:R2");
      assertThat(records.get(1).reason()).contains("R2").contains("2026-07-01");
    }
  }

  @Nested
  class Statements {
    @Test
    void aStatementOpensAndClosesWithTheLedgersBalancesAndGivesEachReason() {
      PointsBook book = PointsFixtures.book("hepingli");
      MemberId m = MemberId.of("HPL-V01");
      book.accrue(record("R1", m, "2026-02-01", "2"));
      book.accrue(record("R2", m, "2026-08-01", "1.5"));
      Statement s =
          book.statement(m, LocalDate.parse("2026-03-01"), LocalDate.parse("2026-12-31"))
              .orElseThrow();
      assertThat(s.opening()).isEqualTo(Amount.of(Unit.POINT, BigDecimal.valueOf(2)));
      assertThat(s.lines()).hasSize(1);
      assertThat(s.lines().get(0).reason()).contains("R2").contains("2026-07-01");
      assertThat(s.closing()).isEqualTo(Amount.of(Unit.POINT, BigDecimal.valueOf(5)));
      assertThat(book.statement(MemberId.of("nobody"), s.from(), s.to()))
          .isEqualTo(Optional.empty());
    }
  }

  static Optional<Entry> none() {
    return Optional.empty();
  }
}
