package org.communitygov.rules.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitygov.rules.points.PointsBookTest.V1;
import static org.communitygov.rules.points.PointsBookTest.postings;
import static org.communitygov.rules.points.PointsBookTest.record;

import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.engine.Step;
import org.junit.jupiter.api.Test;

/**
 * The caps of an accrual at their edges: equal to the cap, one above and one below. The time bank
 * caps a year at 300 and a balance at 1500; Haelin counts at most 2 hours per activity.
 */
class AccrualCapsTest {
  static Step step(Decision<PointsOutcome> d, String id) {
    return d.explanation().steps().stream()
        .filter(s -> s.id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  static String result(Step s) {
    return s.result().orElseThrow().value();
  }

  @Test
  void hoursEqualToThePerActivityCapAreCountedWhole() {
    PointsBook book = PointsFixtures.book("haelin");
    Decision<PointsOutcome> d = book.accrue(record("R1", V1, "2026-03-05", "2"));
    assertThat(step(d, "points.hours").holds()).isTrue();
    assertThat(result(step(d, "points.hours"))).isEqualTo("2");
    assertThat(postings(d)).containsExactly("issuance -2 POINT", "m:V1 2 POINT");
  }

  @Test
  void hoursJustAboveThePerActivityCapAreCountedAtTheCap() {
    PointsBook book = PointsFixtures.book("haelin");
    Decision<PointsOutcome> d = book.accrue(record("R1", V1, "2026-03-05", "3"));
    assertThat(step(d, "points.hours").holds()).isFalse();
    assertThat(result(step(d, "points.hours"))).isEqualTo("2");
    assertThat(result(step(d, "points.value"))).isEqualTo("2 POINT");
    assertThat(postings(d)).containsExactly("issuance -2 POINT", "m:V1 2 POINT");
  }

  @Test
  void hoursJustBelowThePerActivityCapAreCountedAsServed() {
    PointsBook book = PointsFixtures.book("haelin");
    Decision<PointsOutcome> d = book.accrue(record("R1", V1, "2026-03-05", "1"));
    assertThat(step(d, "points.hours").holds()).isTrue();
    assertThat(postings(d)).containsExactly("issuance -1 POINT", "m:V1 1 POINT");
  }

  @Test
  void aYearReachingTheAnnualCapExactlyIsCreditedWhole() {
    PointsBook book = PointsFixtures.book("time-bank");
    book.accrue(record("R1", V1, "2025-03-01", "299"));
    Decision<PointsOutcome> d = book.accrue(record("R2", V1, "2025-04-01", "1"));
    Step annual = step(d, "points.annualCap");
    assertThat(annual.holds()).isTrue();
    assertThat(postings(d)).containsExactly("issuance -1.00 HOUR", "m:V1 1.00 HOUR");
    // At the cap, the next hour of the same year credits nothing and posts nothing.
    Decision<PointsOutcome> over = book.accrue(record("R3", V1, "2025-05-01", "1"));
    assertThat(over.outcomeOrThrow().code()).isEqualTo("NOTHING");
    assertThat(over.outcomeOrThrow().transaction()).isEmpty();
  }

  @Test
  void aRecordOneAboveTheAnnualCapIsCreditedUpToTheCap() {
    PointsBook book = PointsFixtures.book("time-bank");
    book.accrue(record("R1", V1, "2025-03-01", "298"));
    Decision<PointsOutcome> d = book.accrue(record("R2", V1, "2025-04-01", "3"));
    Step annual = step(d, "points.annualCap");
    assertThat(annual.holds()).isFalse();
    assertThat(result(annual)).isEqualTo("2.00 HOUR");
    assertThat(postings(d)).containsExactly("issuance -2.00 HOUR", "m:V1 2.00 HOUR");
    // A new year starts from nothing.
    Decision<PointsOutcome> next = book.accrue(record("R3", V1, "2026-01-01", "300"));
    assertThat(postings(next)).containsExactly("issuance -300.00 HOUR", "m:V1 300.00 HOUR");
  }

  @Test
  void aRecordJustBelowTheAnnualCapIsCreditedWhole() {
    PointsBook book = PointsFixtures.book("time-bank");
    Decision<PointsOutcome> d = book.accrue(record("R1", V1, "2025-03-01", "299"));
    assertThat(step(d, "points.annualCap").holds()).isTrue();
    assertThat(postings(d)).containsExactly("issuance -299.00 HOUR", "m:V1 299.00 HOUR");
  }

  @Test
  void aBalanceReachingTheStorageCapExactlyKeepsEverythingAndTheNextPointIsDonated() {
    PointsBook book = PointsFixtures.book("time-bank");
    for (int year = 2025; year <= 2028; year++) {
      book.accrue(record("Y" + year, V1, year + "-02-01", "300"));
    }
    book.accrue(record("Y2029", V1, "2029-02-01", "299"));
    Decision<PointsOutcome> equal = book.accrue(record("E", V1, "2029-03-01", "1"));
    Step storage = equal.explanation().decisiveStep().orElseThrow();
    assertThat(storage.id()).isEqualTo("points.storageCap");
    assertThat(storage.holds()).isTrue();
    assertThat(postings(equal)).containsExactly("issuance -1.00 HOUR", "m:V1 1.00 HOUR");
    Decision<PointsOutcome> above = book.accrue(record("A", V1, "2030-01-02", "2"));
    Step over = step(above, "points.storageCap");
    assertThat(over.holds()).isFalse();
    assertThat(result(over)).isEqualTo("2.00 HOUR");
    assertThat(postings(above)).containsExactly("issuance -2.00 HOUR", "donations 2.00 HOUR");
    assertThat(book.balance(V1).orElseThrow().decimalText()).isEqualTo("1500.00");
  }

  @Test
  void aRecordCrossingTheStorageCapIsSplitBetweenTheMemberAndDonations() {
    PointsBook book = PointsFixtures.book("time-bank");
    for (int year = 2025; year <= 2028; year++) {
      book.accrue(record("Y" + year, V1, year + "-02-01", "300"));
    }
    book.accrue(record("Y2029", V1, "2029-02-01", "298"));
    Decision<PointsOutcome> d = book.accrue(record("C", V1, "2030-01-02", "3"));
    assertThat(result(step(d, "points.storageCap"))).isEqualTo("1.00 HOUR");
    assertThat(postings(d))
        .containsExactly("issuance -3.00 HOUR", "m:V1 2.00 HOUR", "donations 1.00 HOUR");
    assertThat(d.outcomeOrThrow().transaction().orElseThrow().memo())
        .contains("记入 2")
        .contains("转入捐赠 1");
  }
}
