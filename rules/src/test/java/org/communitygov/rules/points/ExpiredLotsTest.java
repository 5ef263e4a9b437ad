package org.communitygov.rules.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Random;
import org.communitygov.model.ledger.Amount;
import org.communitygov.model.ledger.Unit;
import org.junit.jupiter.api.Test;

/** Expired lots read the same from three arrays and from one of three numbers per lot. */
class ExpiredLotsTest {
  @Test
  void lotsPackedThreeNumbersEachReadAsTheThreeArraysTheyWereMadeFrom() {
    long seed = new Random().nextLong();
    System.out.println("ExpiredLotsTest seed " + seed);
    Random random = new Random(seed);
    for (int round = 0; round < 200; round++) {
      int size = random.nextInt(30);
      long[] days = new long[size];
      long[] expires = new long[size];
      long[] amounts = new long[size];
      long[] packed = new long[3 * size];
      long day = 20_000 + random.nextInt(2_000);
      for (int i = 0; i < size; i++) {
        day += random.nextInt(3) == 0 ? 0 : random.nextInt(40);
        days[i] = day;
        expires[i] = day + 365 + random.nextInt(400);
        amounts[i] = 1 + random.nextInt(1_000_000);
        packed[3 * i] = days[i];
        packed[3 * i + 1] = expires[i];
        packed[3 * i + 2] = amounts[i];
      }
      ExpiredLots fromArrays = new ExpiredLots(Unit.HOUR, days, expires, amounts);
      ExpiredLots fromPacked = new ExpiredLots(Unit.HOUR, packed);
      long total = 0;
      int credited = 0;
      for (int i = 0; i < size; i++) {
        total += amounts[i];
        credited += i == 0 || days[i] != days[i - 1] ? 1 : 0;
      }
      for (ExpiredLots lots : new ExpiredLots[] {fromArrays, fromPacked}) {
        assertThat(lots.size()).as("seed %d", seed).isEqualTo(size);
        assertThat(lots.total()).isEqualTo(total);
        assertThat(lots.days()).isEqualTo(credited);
        for (int i = 0; i < size; i++) {
          assertThat(lots.day(i)).isEqualTo(days[i]);
          assertThat(lots.date(i)).isEqualTo(LocalDate.ofEpochDay(days[i]));
          assertThat(lots.expires(i)).isEqualTo(LocalDate.ofEpochDay(expires[i]));
          assertThat(lots.amount(i)).isEqualTo(amounts[i]);
          assertThat(lots.line(i))
              .isEqualTo(
                  LocalDate.ofEpochDay(days[i])
                      + " "
                      + Amount.ofMinor(Unit.HOUR, amounts[i]).decimalText()
                      + " → "
                      + LocalDate.ofEpochDay(expires[i]));
        }
      }
      assertThat(fromPacked.toString()).isEqualTo(fromArrays.toString());
    }
  }

  @Test
  void arraysThatDoNotMakeWholeLotsAreRefused() {
    assertThatThrownBy(() -> new ExpiredLots(Unit.HOUR, new long[4]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ExpiredLots(Unit.HOUR, new long[2], new long[2], new long[1]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
