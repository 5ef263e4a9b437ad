package org.communitygov.rules.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.communitygov.model.ledger.AccountKind;
import org.communitygov.model.ledger.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PostedAmountsTest {
  static final LocalDate START = LocalDate.of(2026, 1, 1);

  final PostedAmounts postings = new PostedAmounts();

  AccountState state(String id) {
    return new AccountState(LedgerFixtures.account(id, AccountKind.MEMBER, Unit.HOUR), postings);
  }

  /** The fold of an account's postings in posting order, as a list of its own kept them. */
  static long fold(List<long[]> postings, long day) {
    long sum = 0;
    for (long[] p : postings) {
      if (p[0] <= day) {
        sum = Math.addExact(sum, p[1]);
      }
    }
    return sum;
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {3, 20261202, 65537})
  void foldsEachAccountsAmountsByDateAsItsOwnListDoesThroughUndos(long seed) {
    System.out.println("PostedAmountsTest seed " + seed);
    SplittableRandom random = new SplittableRandom(seed);
    int n = 40;
    List<AccountState> states = new ArrayList<>();
    List<List<long[]>> model = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      states.add(state("a" + i));
      model.add(new ArrayList<>());
    }
    List<Integer> order = new ArrayList<>();
    for (int step = 0; step < 20_000; step++) {
      if (random.nextInt(20) == 0 && !order.isEmpty()) {
        // undo the last few postings, the last first, as a batch's rollback does
        for (int k = random.nextInt(Math.min(order.size(), 30) + 1); k > 0; k--) {
          int a = order.remove(order.size() - 1);
          states.get(a).removeLast();
          List<long[]> own = model.get(a);
          own.remove(own.size() - 1);
        }
      } else {
        int a = random.nextInt(n);
        long day = START.toEpochDay() + random.nextInt(60);
        long amount = random.nextLong(-500, 1_000);
        states.get(a).add(day, amount);
        model.get(a).add(new long[] {day, amount});
        order.add(a);
      }
      if (step % 500 == 0) {
        for (int a = 0; a < n; a++) {
          LocalDate on = START.plusDays(random.nextInt(-1, 61));
          assertThat(states.get(a).balanceOn(on)).isEqualTo(fold(model.get(a), on.toEpochDay()));
          assertThat(states.get(a).posted).isEqualTo(fold(model.get(a), Long.MAX_VALUE));
        }
      }
    }
  }

  @Test
  void findsAnOverflowWhereAFoldInPostingOrderFindsIt() {
    AccountState s = state("a");
    s.add(START.toEpochDay(), Long.MAX_VALUE);
    s.add(START.plusDays(1).toEpochDay(), -Long.MAX_VALUE);
    s.add(START.toEpochDay(), 1);
    s.add(START.toEpochDay(), -1);
    // in posting order the first day's amounts overflow at MAX + 1; backwards they would not
    assertThatThrownBy(() -> s.balanceOn(START)).isInstanceOf(ArithmeticException.class);
    assertThat(s.balanceOn(START.plusDays(1))).isZero();
  }

  @Test
  void answersABalanceOnADayOutsideItsPostingsAlsoAfterTheLatestOrEarliestIsUndone() {
    AccountState s = state("a");
    assertThat(s.balanceOn(START)).isZero();
    s.add(START.plusDays(10).toEpochDay(), 5);
    s.add(START.plusDays(20).toEpochDay(), 7);
    s.add(START.plusDays(50).toEpochDay(), 11);
    assertThat(s.balanceOn(START.plusDays(9))).isZero();
    assertThat(s.balanceOn(START.plusDays(20))).isEqualTo(12);
    assertThat(s.balanceOn(START.plusDays(50))).isEqualTo(23);
    assertThat(s.balanceOn(START.plusDays(99))).isEqualTo(23);
    s.removeLast(); // the latest day's posting: the days left end on day 20
    assertThat(s.balanceOn(START.plusDays(30))).isEqualTo(12);
    assertThat(s.balanceOn(START.plusDays(50))).isEqualTo(12);
    assertThat(s.balanceOn(START.plusDays(19))).isEqualTo(5);
    s.removeLast();
    s.removeLast();
    assertThat(s.balanceOn(START.plusDays(10))).isZero();
    assertThat(s.balanceOn(START.plusDays(60))).isZero();
    s.add(START.plusDays(30).toEpochDay(), 3);
    assertThat(s.balanceOn(START.plusDays(15))).isZero();
    assertThat(s.balanceOn(START.plusDays(30))).isEqualTo(3);
  }

  @Test
  void undoesOnlyTheLedgersLastPosting() {
    AccountState a = state("a");
    AccountState b = state("b");
    a.add(START.toEpochDay(), 5);
    b.add(START.toEpochDay(), 7);
    assertThatThrownBy(a::removeLast).isInstanceOf(IllegalStateException.class);
    b.removeLast();
    a.removeLast();
    assertThat(a.posted).isZero();
    assertThat(a.balanceOn(START)).isZero();
  }
}
