package org.communitygov.rules.points;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.communitygov.model.ledger.Amount;
import org.communitygov.model.ledger.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The compact lots against a plain list of lot objects (the structure they replace), for seeded
 * random histories of credits (mostly in date order, some earlier), debits and expiries.
 */
class LotsTest {
  static final LocalDate START = LocalDate.of(2025, 1, 1);

  /** The model: one object per lot, in date order, debits from the oldest. */
  static final class ModelLot {
    final LocalDate date;
    final LocalDate expiresOn;
    long remaining;

    ModelLot(LocalDate date, LocalDate expiresOn, long remaining) {
      this.date = date;
      this.expiresOn = expiresOn;
      this.remaining = remaining;
    }
  }

  static final class Model {
    final List<ModelLot> lots = new ArrayList<>();

    void add(LocalDate date, LocalDate expiresOn, long minor) {
      int at = lots.size();
      while (at > 0 && lots.get(at - 1).date.isAfter(date)) {
        at--;
      }
      lots.add(at, new ModelLot(date, expiresOn, minor));
    }

    void take(long minor) {
      long left = minor;
      for (ModelLot lot : lots) {
        long take = Math.min(left, lot.remaining);
        lot.remaining -= take;
        left -= take;
      }
    }

    List<ModelLot> expiredOn(LocalDate date) {
      return lots.stream()
          .filter(l -> l.remaining > 0 && l.expiresOn != null && !l.expiresOn.isAfter(date))
          .toList();
    }

    long held() {
      return lots.stream().mapToLong(l -> l.remaining).sum();
    }

    String text(LocalDate date) {
      return String.join(
          "; ",
          expiredOn(date).stream()
              .map(
                  l ->
                      l.date
                          + " "
                          + Amount.ofMinor(Unit.HOUR, l.remaining).decimalText()
                          + " → "
                          + l.expiresOn)
              .toList());
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 7, 42, 20261202, 987654321})
  void aRandomHistoryHoldsWhatTheListOfLotsHolds(long seed) {
    Random random = new Random(seed);
    Lots lots = new Lots();
    Model model = new Model();
    LocalDate day = START;
    for (int op = 0; op < 600; op++) {
      String where = "seed " + seed + " op " + op;
      int kind = random.nextInt(10);
      if (kind < 6) {
        day = day.plusDays(random.nextInt(3));
        LocalDate date = random.nextInt(8) == 0 ? day.minusDays(random.nextInt(30)) : day;
        LocalDate expires = random.nextInt(5) == 0 ? null : date.plusDays(20 + random.nextInt(60));
        long minor = 1 + random.nextInt(500);
        lots.add(date, expires, minor);
        model.add(date, expires, minor);
      } else if (kind < 8) {
        long minor = random.nextInt((int) Math.max(1, model.held() / 2) + 1);
        lots.take(minor);
        model.take(minor);
      } else {
        LocalDate on = day.plusDays(random.nextInt(40));
        ExpiredLots expired = lots.expiredOn(on, Unit.HOUR);
        assertThat(expired.toString()).as(where).isEqualTo(model.text(on));
        List<ModelLot> modelExpired = model.expiredOn(on);
        long sum = modelExpired.stream().mapToLong(l -> l.remaining).sum();
        assertThat(expired.total()).as(where).isEqualTo(sum);
        assertThat(lots.expirable(on)).as(where).isEqualTo(sum);
        if (random.nextBoolean()) {
          assertThat(lots.expire(on)).as(where).isEqualTo(sum);
          modelExpired.forEach(l -> l.remaining = 0);
        }
      }
      assertThat(lots.held()).as(where).isEqualTo(model.held());
    }
  }

  @Test
  void aCreditOfAnEarlierDateGoesBeforeTheLaterOnesAndIsSpentFirst() {
    Lots lots = new Lots();
    lots.add(LocalDate.of(2025, 3, 1), LocalDate.of(2026, 3, 1), 100);
    lots.add(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1), 50);
    lots.take(60);
    assertThat(lots.expiredOn(LocalDate.of(2026, 3, 1), Unit.HOUR))
        .hasToString("2025-03-01 0.90 → 2026-03-01");
    assertThat(lots.held()).isEqualTo(90);
  }

  @Test
  void aLotWithoutExpiryNeverExpires() {
    Lots lots = new Lots();
    lots.add(START, null, 100);
    assertThat(lots.expirable(LocalDate.of(9999, 12, 31))).isZero();
    assertThat(lots.expire(LocalDate.of(9999, 12, 31))).isZero();
    assertThat(lots.held()).isEqualTo(100);
  }

  @Test
  void spentLotsMakeRoomForNewOnesAndTheRestStaysInOrder() {
    Lots lots = new Lots();
    for (int i = 0; i < 100; i++) {
      lots.add(START.plusDays(i), START.plusDays(i + 10), 10);
      lots.take(5);
    }
    assertThat(lots.held()).isEqualTo(500);
    assertThat(lots.expiredOn(START.plusDays(60), Unit.HOUR))
        .hasToString("2025-02-20 0.10 → 2025-03-02");
  }
}
