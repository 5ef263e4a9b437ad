package org.communitygov.rules.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.communitygov.model.ledger.AccountId;
import org.communitygov.model.ledger.AccountKind;
import org.communitygov.model.ledger.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccountTableTest {
  final PostedAmounts postings = new PostedAmounts();

  AccountState state(String id) {
    return new AccountState(LedgerFixtures.account(id, AccountKind.MEMBER, Unit.HOUR), postings);
  }

  /** A key drawn from ids with equal hash codes, ids at the table's ends, and plain ones. */
  static String key(SplittableRandom random, List<String> atTheEnds) {
    return switch (random.nextInt(3)) {
      case 0 -> JournalTest.colliding(random.nextInt(1 << 9), 9);
      case 1 -> atTheEnds.get(random.nextInt(atTheEnds.size()));
      default -> "member:V" + random.nextInt(5_000);
    };
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 20261202, 8191})
  void findsWhatAMapFindsThroughPutsReplacementsAndRemovals(long seed) {
    System.out.println("AccountTableTest seed " + seed);
    SplittableRandom random = new SplittableRandom(seed);
    List<String> atTheEnds = JournalTest.keysAtTheEnds();
    AccountTable table = new AccountTable();
    Map<String, AccountState> model = new HashMap<>();
    List<String> opened = new ArrayList<>();
    for (int step = 0; step < 30_000; step++) {
      int op = random.nextInt(10);
      if (op < 6) {
        String key = key(random, atTheEnds);
        AccountState s = state(key);
        table.put(s);
        if (model.put(key, s) == null) {
          opened.add(key);
        }
      } else if (op < 8 && !opened.isEmpty()) {
        // undo the last opening, as a batch's rollback does
        String key = opened.remove(opened.size() - 1);
        table.remove(AccountId.of(key));
        model.remove(key);
      } else if (!opened.isEmpty()) {
        String key = opened.remove(random.nextInt(opened.size()));
        table.remove(AccountId.of(key));
        model.remove(key);
      } else {
        table.remove(AccountId.of(key(random, atTheEnds)));
      }
      if (step % 1_000 == 0) {
        assertThat(table.size()).isEqualTo(model.size());
        for (int i = 0; i < 500; i++) {
          String key = key(random, atTheEnds);
          assertThat(table.get(AccountId.of(key))).as(key).isSameAs(model.get(key));
        }
        model.forEach((key, s) -> assertThat(table.get(AccountId.of(key))).isSameAs(s));
      }
    }
    model.forEach((key, s) -> assertThat(table.get(s.account.id())).isSameAs(s));
  }

  @Test
  void findsAnAccountByTheIdItWasOpenedWithAndByAnEqualOne() {
    AccountTable table = new AccountTable();
    AccountState s = state("member:V1");
    table.put(s);
    assertThat(table.get(s.account.id())).isSameAs(s);
    assertThat(table.get(AccountId.of("member:V1"))).isSameAs(s);
    assertThat(table.get(AccountId.of("member:V10"))).isNull();
    assertThat(table.get(AccountId.of("member:V"))).isNull();
  }

  @Test
  void keepsEveryKeyOfEqualHashCodesThroughGrowthAndTakesThemAllBack() {
    AccountTable table = new AccountTable();
    List<AccountState> states = new ArrayList<>();
    for (int i = 0; i < 4_096; i++) {
      AccountState s = state(JournalTest.colliding(i, 12));
      states.add(s);
      table.put(s);
    }
    assertThat(table.size()).isEqualTo(4_096);
    for (AccountState s : states) {
      assertThat(table.get(AccountId.of(s.account.id().value()))).isSameAs(s);
    }
    for (int i = states.size() - 1; i >= 0; i--) {
      table.remove(states.get(i).account.id());
    }
    assertThat(table.size()).isZero();
    assertThat(table.get(AccountId.of(JournalTest.colliding(7, 12)))).isNull();
    AccountState again = state(JournalTest.colliding(7, 12));
    table.put(again);
    assertThat(table.get(AccountId.of(JournalTest.colliding(7, 12)))).isSameAs(again);
  }

  @Test
  void replacesTheStateOfAnAccountOpenedAgain() {
    AccountTable table = new AccountTable();
    AccountState first = state("pool");
    AccountState second = state("pool");
    table.put(first);
    table.put(second);
    assertThat(table.size()).isOne();
    assertThat(table.get(first.account.id())).isSameAs(second);
    table.remove(AccountId.of("pool"));
    assertThat(table.get(first.account.id())).isNull();
  }
}
