package org.communitygov.rules.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitygov.rules.points.PointsBookTest.V1;
import static org.communitygov.rules.points.PointsBookTest.V2;
import static org.communitygov.rules.points.PointsBookTest.postings;
import static org.communitygov.rules.points.PointsBookTest.record;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.communitygov.model.ledger.Unit;
import org.communitygov.rules.engine.Decision;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a member's history remembers, seen through the time bank's book: credits expire 24 months
 * after their date, the oldest credit is spent first, and each year's accruals are counted apart.
 */
class MemberHistoryTest {
  final PointsBook book = PointsFixtures.book("time-bank");

  @BeforeEach
  void theReceiverHasAnAccount() {
    assertThat(book.join(V2).isAccepted()).isTrue();
  }

  void give(String id, String amount, String date) {
    Decision<PointsOutcome> d =
        book.give(
            new GiftRequest(
                id,
                V1,
                Recipient.FRIEND,
                Optional.of(V2),
                new BigDecimal(amount),
                LocalDate.parse(date)));
    assertThat(d.outcomeOrThrow().code()).isEqualTo("TRANSFER");
  }

  List<String> expiredPostings(String date) {
    return book.expire(LocalDate.parse(date)).stream()
        .filter(d -> postings(d).toString().contains("m:V1"))
        .flatMap(d -> postings(d).stream())
        .toList();
  }

  @Test
  void aMemberWithoutAnAccountHasTheFactsOfAnEmptyHistoryOnAnyDate() {
    MemberHistories histories =
        new MemberHistories(Unit.HOUR, PolicyParameters.of(PointsFixtures.scheme("time-bank")));
    for (String date : List.of("1970-01-01", "2025-06-10", "2026-12-31", "+99999-01-01")) {
      LocalDate day = LocalDate.parse(date);
      assertThat(histories.facts(null, day))
          .isEqualTo(new MemberHistory(Unit.HOUR, PointsAccounts.ISSUANCE).facts(day));
    }
  }

  @Test
  void aCreditExpiresOnTheDayItsTermEndsAndNotTheDayBefore() {
    book.accrue(record("R1", V1, "2025-06-10", "10"));
    assertThat(expiredPostings("2027-06-09")).isEmpty();
    assertThat(book.held(V1)).isEqualTo(1000);
    assertThat(expiredPostings("2027-06-10")).contains("m:V1 -10.00 HOUR");
    assertThat(book.balance(V1).orElseThrow().decimalText()).isEqualTo("0.00");
    assertThat(book.held(V1)).isZero();
  }

  @Test
  void theOldestCreditIsSpentFirstSoOnlyTheRestOfTheNewerOneExpires() {
    book.accrue(record("R1", V1, "2025-01-10", "10"));
    book.accrue(record("R2", V1, "2025-06-10", "10"));
    give("G1", "12", "2025-07-01");
    assertThat(book.held(V1)).isEqualTo(800);
    assertThat(expiredPostings("2027-01-10")).isEmpty();
    assertThat(expiredPostings("2027-06-10")).contains("m:V1 -8.00 HOUR");
    assertThat(book.balance(V1).orElseThrow().decimalText()).isEqualTo("0.00");
  }

  @Test
  void aCreditRecordedOutOfDateOrderIsStillSpentInDateOrder() {
    book.accrue(record("R2", V1, "2025-06-10", "10"));
    book.accrue(record("R1", V1, "2025-01-10", "10"));
    give("G1", "10", "2025-07-01");
    // The January credit was spent: nothing expires in January 2027, the June one in June.
    assertThat(expiredPostings("2027-01-10")).isEmpty();
    assertThat(expiredPostings("2027-06-10")).contains("m:V1 -10.00 HOUR");
  }

  @Test
  void eachYearsAccrualsCountTowardsThatYearsCapOnly() {
    book.accrue(record("R1", V1, "2025-03-01", "200"));
    book.accrue(record("R2", V1, "2026-03-01", "200"));
    Decision<PointsOutcome> d = book.accrue(record("R3", V1, "2026-04-01", "150"));
    assertThat(postings(d)).containsExactly("issuance -100.00 HOUR", "m:V1 100.00 HOUR");
    Decision<PointsOutcome> back = book.accrue(record("R4", V1, "2025-04-01", "150"));
    assertThat(postings(back)).containsExactly("issuance -100.00 HOUR", "m:V1 100.00 HOUR");
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1L, 2L, 3L, 20261203L})
  void eachYearsAccrualsAreCountedAsAMapOfYearsCountsThem(long seed) {
    Random random = new Random(seed);
    System.out.println("MemberHistoryTest seed " + seed);
    MemberHistory history = new MemberHistory(Unit.HOUR, PointsAccounts.ISSUANCE);
    Map<Integer, Long> model = new HashMap<>();
    LocalDate first = LocalDate.of(2020 + random.nextInt(5), 1, 1);
    for (int i = 0; i < 400; i++) {
      LocalDate date = first.plusDays(random.nextInt(365 * (1 + random.nextInt(7))));
      long minor = 1 + random.nextInt(1000);
      boolean accrual = random.nextInt(4) > 0;
      history.credit(date, minor, null, accrual);
      if (accrual) {
        model.merge(date.getYear(), minor, Long::sum);
      }
      LocalDate asked = first.plusDays(random.nextInt(365 * 8) - 365);
      assertThat(history.facts(asked).accruedInYear().minor())
          .as("seed %d, step %d", seed, i)
          .isEqualTo(model.getOrDefault(asked.getYear(), 0L));
    }
  }

  @Test
  void aGiftOrADonationIsNotAnAccrualAndLeavesTheReceiversCapAlone() {
    book.accrue(record("R1", V1, "2025-03-01", "100"));
    give("G1", "50", "2025-04-01");
    Decision<PointsOutcome> d = book.accrue(record("R2", V2, "2025-05-01", "300"));
    assertThat(postings(d)).containsExactly("issuance -300.00 HOUR", "m:V2 300.00 HOUR");
  }
}
