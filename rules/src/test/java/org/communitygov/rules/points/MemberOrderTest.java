package org.communitygov.rules.points;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.communitygov.model.ledger.Unit;
import org.communitygov.model.points.MemberId;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The table's order of members is the order of their ids' values, for random ids of every length,
 * prefixes of one another and sharing their first 24 characters or more.
 */
class MemberOrderTest {
  private static final String CHARS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._:-";

  @TestFactory
  Stream<DynamicTest> randomIdsAreInTheOrderOfTheirValues() {
    long base = new Random().nextLong();
    return LongStream.range(0, 60)
        .mapToObj(i -> DynamicTest.dynamicTest("seed " + (base + i), () -> sameOrder(base + i)));
  }

  @Test
  void idsThatArePrefixesOfOthersComeFirst() {
    List<String> ids =
        List.of("V1", "V10", "V", "V1.", "V0", "A", "a", "V1-", "V1:", "V1_", "Z9", "V1111111");
    assertThat(ordered(ids)).containsExactlyElementsOf(ids.stream().sorted().toList());
  }

  @Test
  void idsAlikeInTheirFirst24CharactersAreComparedWhole() {
    String prefix = "member-of-a-long-name-xyz";
    List<String> ids =
        List.of(prefix + "b", prefix, prefix + "a", prefix + "ab", prefix + "-", prefix + "B");
    assertThat(ordered(ids)).containsExactlyElementsOf(ids.stream().sorted().toList());
  }

  private static void sameOrder(long seed) {
    Random random = new Random(seed);
    int count = random.nextInt(4) == 0 ? random.nextInt(40) : random.nextInt(3000);
    List<String> ids = new ArrayList<>();
    while (ids.size() < count) {
      String id = id(random, ids);
      if (!ids.contains(id)) {
        ids.add(id);
      }
    }
    List<String> expected = new ArrayList<>(ids);
    expected.sort(Comparator.naturalOrder());
    assertThat(ordered(ids)).as("seed %d", seed).containsExactlyElementsOf(expected);
  }

  /** The ids as the table orders them. */
  private static List<String> ordered(List<String> ids) {
    MemberTable table = new MemberTable(2);
    for (String id : ids) {
      table.put(MemberId.of(id), new MemberHistory(Unit.HOUR, PointsAccounts.ISSUANCE));
    }
    return Arrays.stream(table.order()).mapToObj(i -> table.member(i).value()).toList();
  }

  /** A new id, or one made from a known one: cut short, lengthened, or with a character changed. */
  private static String id(Random random, List<String> known) {
    if (!known.isEmpty() && random.nextBoolean()) {
      String id = known.get(random.nextInt(known.size()));
      int pick = random.nextInt(3);
      if (pick == 0 && id.length() > 1) {
        return id.substring(0, 1 + random.nextInt(id.length() - 1));
      } else if (pick == 1 && id.length() < 64) {
        return id + CHARS.charAt(random.nextInt(CHARS.length()));
      } else if (id.length() > 1) {
        int at = 1 + random.nextInt(id.length() - 1);
        return id.substring(0, at)
            + CHARS.charAt(random.nextInt(CHARS.length()))
            + id.substring(at + 1);
      }
    }
    int length = 1 + random.nextInt(random.nextBoolean() ? 12 : 64);
    StringBuilder id = new StringBuilder(length);
    id.append(CHARS.charAt(random.nextInt(62)));
    for (int i = 1; i < length; i++) {
      id.append(CHARS.charAt(random.nextInt(random.nextInt(4) == 0 ? CHARS.length() : 3)));
    }
    return id.toString();
  }
}
