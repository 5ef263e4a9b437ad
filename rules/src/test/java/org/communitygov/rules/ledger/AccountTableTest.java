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

  /**
   * A key of 1 to 12 characters: ones of equal hash codes ({@code Aa}/{@code BB} blocks, up to
   * eight characters confirmed by their head alone), ones that share their first eight characters
   * and differ in length or after them, and plain ones.
   */
  static String shortKey(SplittableRandom random) {
    return switch (random.nextInt(4)) {
      case 0 -> JournalTest.colliding(random.nextInt(1 << 6), 1 + random.nextInt(6));
      case 1 -> "m:V12345".substring(0, 1 + random.nextInt(8)) + "xyz".substring(random.nextInt(4));
      case 2 -> "m:V" + random.nextInt(100_000);
      default ->
          "a"
              + Long.toString(random.nextLong() & 0xff_ffffL, 36)
                  .substring(0, 1 + random.nextInt(3));
    };
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {3, 20261203, 65537})
  void findsShortKeysByTheirHeadAsAMapFindsThem(long seed) {
    System.out.println("AccountTableTest short keys seed " + seed);
    SplittableRandom random = new SplittableRandom(seed);
    AccountTable table = new AccountTable();
    Map<String, AccountState> model = new HashMap<>();
    for (int step = 0; step < 20_000; step++) {
      String key = shortKey(random);
      if (random.nextInt(5) == 0) {
        table.remove(AccountId.of(key));
        model.remove(key);
      } else {
        AccountState s = state(key);
        table.put(s);
        model.put(key, s);
      }
      if (step % 500 == 0) {
        assertThat(table.size()).isEqualTo(model.size());
        for (int i = 0; i < 200; i++) {
          String probe = shortKey(random);
          assertThat(table.get(AccountId.of(probe))).as(probe).isSameAs(model.get(probe));
        }
      }
    }
    model.forEach((key, s) -> assertThat(table.get(AccountId.of(key))).as(key).isSameAs(s));
  }

  @Test
  void tellsKeysApartThatShareTheirFirstEightCharacters() {
    AccountTable table = new AccountTable();
    AccountState eight = state("m:V12345");
    AccountState nine = state("m:V123456");
    AccountState other = state("m:V123457");
    table.put(eight);
    table.put(nine);
    table.put(other);
    assertThat(table.get(AccountId.of("m:V12345"))).isSameAs(eight);
    assertThat(table.get(AccountId.of("m:V123456"))).isSameAs(nine);
    assertThat(table.get(AccountId.of("m:V123457"))).isSameAs(other);
    assertThat(table.get(nine.id)).isSameAs(nine);
    assertThat(table.get(AccountId.of("m:V1234"))).isNull();
    assertThat(table.get(AccountId.of("m:V123458"))).isNull();
    assertThat(table.get(AccountId.of("m:V1234567"))).isNull();
    assertThat(AccountTable.head("AaAa")).isNotEqualTo(AccountTable.head("BBBB"));
    assertThat(AccountTable.head("m:V12345")).isNotEqualTo(AccountTable.head("m:V123456"));
  }

  @ParameterizedTest(name = "{0}<n>")
  @ValueSource(strings = {"m:V", "V", "points:member:V"})
  void sequentialIdsLeaveNoLongProbeRun(String prefix) {
    AccountTable table = new AccountTable();
    int n = 50_000;
    for (int i = 0; i < n; i++) {
      table.put(state(prefix + i));
    }
    long probes = 0;
    int longest = 0;
    for (int i = 0; i < n; i++) {
      int p = table.probes(AccountId.of(prefix + i));
      assertThat(p).as(prefix + i).isPositive();
      probes += p;
      longest = Math.max(longest, p);
    }
    // String.hashCode with its high half folded in gave 5.5 slots on average and 375 at most for
    // m:V<n> (ADR 0115)
    assertThat((double) probes / n).isLessThan(2.0);
    assertThat(longest).isLessThan(64);
    assertThat(table.probes(AccountId.of(prefix + n))).isZero();
  }
}
