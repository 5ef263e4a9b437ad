package org.communitygov.rules.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.communitygov.model.ledger.Unit;
import org.communitygov.model.points.MemberId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The member table against a {@link HashMap} (the structure it replaces), for seeded random ids of
 * every length an id may have, many of them sharing long prefixes, looked up by fresh instances.
 */
class MemberTableTest {
  private static final String CHARS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._:-";

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1L, 2L, 3L, 20261202L, 987654321L})
  void findsWhatAHashMapFindsForRandomIds(long seed) {
    Random random = new Random(seed);
    System.out.println("MemberTableTest seed " + seed);
    MemberTable table = new MemberTable(2);
    Map<MemberId, MemberHistory> model = new HashMap<>();
    List<String> known = new ArrayList<>();
    for (int step = 0; step < 20_000; step++) {
      String id = id(random, known);
      MemberId member = MemberId.of(id);
      MemberId again = MemberId.of(new String(id.toCharArray()));
      assertThat(table.get(again)).as("seed %d: %s", seed, id).isSameAs(model.get(member));
      assertThat(table.contains(again)).isEqualTo(model.containsKey(member));
      if (!model.containsKey(member) && random.nextInt(3) > 0) {
        MemberHistory history = new MemberHistory(Unit.HOUR, PointsAccounts.member(member));
        table.put(member, history);
        model.put(member, history);
        known.add(id);
      }
      assertThat(table.size()).isEqualTo(model.size());
    }
    Map<MemberId, MemberHistory> sorted = new TreeMap<>(model);
    int[] order = table.order();
    assertThat(Arrays.stream(order).mapToObj(table::member).toList())
        .containsExactlyElementsOf(sorted.keySet());
    assertThat(Arrays.stream(order).mapToObj(table::history).toList())
        .containsExactlyElementsOf(sorted.values());
  }

  @Test
  void idsThatDifferOnlyAfterTheirFirst24CharactersAreDifferentMembers() {
    String prefix = "member-of-a-long-name-xyz-";
    MemberTable table = new MemberTable();
    MemberHistory a = new MemberHistory(Unit.HOUR, PointsAccounts.ISSUANCE);
    MemberHistory b = new MemberHistory(Unit.HOUR, PointsAccounts.ISSUANCE);
    table.put(MemberId.of(prefix + "a"), a);
    table.put(MemberId.of(prefix + "b"), b);
    assertThat(table.get(MemberId.of(prefix + "a"))).isSameAs(a);
    assertThat(table.get(MemberId.of(prefix + "b"))).isSameAs(b);
    assertThat(table.get(MemberId.of(prefix + "c"))).isNull();
  }

  @Test
  void aMemberIsPutOnce() {
    MemberTable table = new MemberTable();
    table.put(MemberId.of("V1"), new MemberHistory(Unit.HOUR, PointsAccounts.ISSUANCE));
    assertThatThrownBy(
            () ->
                table.put(MemberId.of("V1"), new MemberHistory(Unit.HOUR, PointsAccounts.ISSUANCE)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(table.size()).isOne();
  }

  @Test
  void aCapacityIsAPowerOfTwo() {
    assertThatThrownBy(() -> new MemberTable(12)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new MemberTable(1)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {4L, 5L, 20261203L})
  void theOrderAskedBetweenAdditionsIsAlwaysThatOfTheMembersThen(long seed) {
    Random random = new Random(seed);
    System.out.println("MemberTableTest order seed " + seed);
    // A small table, so that additions between two orders often grow it (its slots placed again).
    MemberTable table = new MemberTable(2);
    TreeMap<MemberId, MemberHistory> model = new TreeMap<>();
    List<String> known = new ArrayList<>();
    for (int step = 0; step < 300; step++) {
      int additions = random.nextInt(3) == 0 ? 0 : random.nextInt(random.nextBoolean() ? 3 : 40);
      for (int i = 0; i < additions; i++) {
        String id = id(random, known);
        MemberId member = MemberId.of(id);
        if (!model.containsKey(member)) {
          MemberHistory history = new MemberHistory(Unit.HOUR, PointsAccounts.member(member));
          table.put(member, history);
          model.put(member, history);
          known.add(id);
        }
      }
      int[] order = table.order();
      assertThat(Arrays.stream(order).mapToObj(table::member).toList())
          .as("seed %d, step %d", seed, step)
          .containsExactlyElementsOf(model.keySet());
      assertThat(Arrays.stream(order).mapToObj(table::history).toList())
          .containsExactlyElementsOf(model.values());
      // The order handed out is the caller's: changing it changes nothing the table keeps.
      Arrays.fill(order, 0);
    }
  }

  @Test
  void anOrderAskedAgainWithoutAdditionsIsAnEqualCopy() {
    MemberTable table = new MemberTable();
    for (String id : List.of("V3", "V10", "V1", "A7")) {
      table.put(MemberId.of(id), new MemberHistory(Unit.HOUR, PointsAccounts.ISSUANCE));
    }
    int[] first = table.order();
    int[] second = table.order();
    assertThat(second).isEqualTo(first).isNotSameAs(first);
    assertThat(Arrays.stream(second).mapToObj(i -> table.member(i).value()).toList())
        .containsExactly("A7", "V1", "V10", "V3");
  }

  /** An id known before (a third of the time) or a new one of 1 to 62 characters. */
  private static String id(Random random, List<String> known) {
    if (!known.isEmpty() && random.nextInt(3) == 0) {
      String id = known.get(random.nextInt(known.size()));
      // An id one character away from a known one, or the known one itself.
      if (random.nextBoolean() && id.length() > 1) {
        int at = random.nextInt(id.length() - 1) + 1;
        return id.substring(0, at)
            + CHARS.charAt(random.nextInt(CHARS.length()))
            + id.substring(at + 1);
      }
      return id;
    }
    int length = 1 + (random.nextBoolean() ? random.nextInt(10) : random.nextInt(62));
    StringBuilder id = new StringBuilder(length);
    id.append(CHARS.charAt(random.nextInt(62)));
    for (int i = 1; i < length; i++) {
      id.append(CHARS.charAt(random.nextInt(random.nextInt(4) == 0 ? CHARS.length() : 3)));
    }
    return id.toString();
  }
}
