package org.communitygov.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.communitygov.api.json.CommunityGovMappers;
import org.communitygov.model.common.Extensions;
import org.communitygov.model.common.Money;
import org.communitygov.model.common.PhoneNumber;
import org.communitygov.model.common.Sex;
import org.communitygov.model.household.AssetType;
import org.communitygov.model.household.AssistanceStatus;
import org.communitygov.model.household.DisabilityCategory;
import org.communitygov.model.household.EmploymentStatus;
import org.communitygov.model.household.Household;
import org.communitygov.model.household.HouseholdKind;
import org.communitygov.model.household.HukouStatus;
import org.communitygov.model.household.IncomeType;
import org.communitygov.model.household.MemberRole;
import org.communitygov.model.household.MembershipChange;
import org.openjdk.jol.info.GraphLayout;

/**
 * Prints the heap footprint of the 4-person {@link FourPersonHousehold} as the strict mapper reads
 * it (issue 3: at most 1 KB), beside the plain records of the baseline, with a table by class. Run
 * with {@code java -Djdk.attach.allowAttachSelf=true -cp api/target/benchmarks.jar
 * org.communitygov.bench.HouseholdFootprint}.
 *
 * <p>JOL's {@code totalSize()} follows every reference, so it also counts objects that every
 * household shares: enum constants with their name strings, the {@code Class} an {@code EnumSet}
 * refers to (with its reflection caches), the CNY {@code Currency}, {@code Extensions.empty()} and
 * the JDK's empty collections. The "own" figure subtracts those shared objects: what one more
 * household costs.
 */
public final class HouseholdFootprint {
  private HouseholdFootprint() {}

  /**
   * Runs the measurement.
   *
   * @param args ignored
   * @throws IOException if the household cannot be read
   */
  public static void main(String[] args) throws IOException {
    Household household =
        CommunityGovMappers.strict().readValue(FourPersonHousehold.JSON, Household.class);
    PlainHousehold plain =
        PlainJackson.mapper().readValue(FourPersonHousehold.JSON, PlainHousehold.class);
    Object[] shared = shared();
    Footprint.layout(shared); // JOL's first walk of the classes fills caches it then reaches
    print("Household as read, total", Footprint.layout(household));
    Own own = Own.of(household, shared);
    System.out.printf(
        "%-34s %,7d bytes in %,4d objects%n", "Household as read, own", own.size, own.count);
    print("PlainHousehold as read, total", Footprint.layout(plain));
    Own plainOwn = Own.of(plain, shared);
    System.out.printf(
        "%-34s %,7d bytes in %,4d objects%n",
        "PlainHousehold as read, own", plainOwn.size, plainOwn.count);
    household.member(household.members().get(0).id()); // fills the lazy index of members
    Own indexed = Own.of(household, shared);
    System.out.printf(
        "%-34s %,7d bytes in %,4d objects%n",
        "Household after member(), own", indexed.size, indexed.count);
    System.out.println();
    System.out.println("Household as read, own objects by class:");
    own.print();
    System.out.println();
    System.out.println("PlainHousehold as read, own objects by class:");
    plainOwn.print();
  }

  private static void print(String name, GraphLayout layout) {
    System.out.printf(
        "%-34s %,7d bytes in %,4d objects%n", name, layout.totalSize(), layout.totalCount());
  }

  /**
   * What a root costs beyond the shared objects: the objects reachable from the root and the shared
   * ones, less those reachable from the shared ones alone, class by class. Computed from two walks'
   * tallies (JOL's {@code subtract} goes by address, which a garbage collection in between
   * changes). {@code java.lang.Class} objects are left out: JOL sizes them differently from walk to
   * walk, and a household never owns one.
   */
  private record Own(long size, long count, Map<String, long[]> byClass) {
    static Own of(Object root, Object[] shared) {
      Object[] both = Arrays.copyOf(shared, shared.length + 1);
      both[shared.length] = root;
      GraphLayout all = Footprint.layout(both);
      GraphLayout common = Footprint.layout(shared);
      Map<String, long[]> byClass = new TreeMap<>();
      long size = 0;
      long count = 0;
      for (Class<?> type : all.getClasses()) {
        long n = all.getClassCounts().count(type) - common.getClassCounts().count(type);
        if (n != 0 && type != Class.class) {
          long bytes = all.getClassSizes().count(type) - common.getClassSizes().count(type);
          byClass.put(type.getName(), new long[] {n, bytes});
          size += bytes;
          count += n;
        }
      }
      return new Own(size, count, byClass);
    }

    void print() {
      System.out.printf("%7s %7s  %s%n", "COUNT", "BYTES", "CLASS");
      byClass.forEach((type, cs) -> System.out.printf("%7d %7d  %s%n", cs[0], cs[1], type));
      System.out.printf("%7d %7d  (total)%n", count, size);
    }
  }

  /** The objects every household shares, and the JVM objects JOL reaches through them. */
  private static Object[] shared() {
    List<Object> roots = new ArrayList<>();
    for (Class<? extends Enum<?>> type :
        List.<Class<? extends Enum<?>>>of(
            Sex.class,
            HouseholdKind.class,
            HukouStatus.class,
            MemberRole.class,
            MembershipChange.class,
            EmploymentStatus.class,
            DisabilityCategory.class,
            AssistanceStatus.class,
            IncomeType.class,
            AssetType.class,
            PhoneNumber.Kind.class)) {
      roots.add(type);
      Collections.addAll(roots, type.getEnumConstants());
    }
    Collections.addAll(
        roots,
        Money.CNY,
        Extensions.empty(),
        List.of(),
        Set.of(),
        Map.of(),
        Collections.emptyList(),
        Collections.emptySet(),
        Collections.emptyMap());
    return roots.toArray();
  }
}
