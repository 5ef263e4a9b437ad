package org.communitygov.api.json;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.communitygov.model.household.IncomeCategory;
import org.communitygov.model.household.IncomeType;
import org.communitygov.model.household.MemberRole;
import org.communitygov.model.household.MembershipChange;
import org.openjdk.jol.info.GraphLayout;
import org.openjdk.jol.vm.VM;

/**
 * Prints the heap footprint of the 4-person household of {@link HouseholdJsonBenchmark}, as read by
 * the strict mapper (issue 3: target at most 1,024 bytes), and what its graph is made of.
 *
 * <pre>
 * ./mvnw -B -Pbench -pl api -am package -DskipTests
 * java -Djdk.attach.allowAttachSelf -cp api/target/benchmarks.jar \
 *     org.communitygov.api.json.HouseholdFootprint
 * </pre>
 *
 * <p>JOL's {@code GraphLayout.parseInstance(household).totalSize()} follows every reference, so it
 * also counts objects every household shares: enum constants (and their name strings), the {@code
 * Class} an {@code EnumSet} refers to with its reflection caches, the CNY {@code Currency}, {@code
 * Extensions.empty()} and the JDK's empty collections. The "own" size subtracts those shared
 * objects: it is what one more household costs.
 */
public final class HouseholdFootprint {
  private HouseholdFootprint() {}

  /**
   * Runs the measurement.
   *
   * @param args ignored
   * @throws Exception if the household cannot be read
   */
  public static void main(String[] args) throws Exception {
    Household household =
        CommunityGovMappers.strict()
            .readValue(
                HouseholdJsonBenchmark.HOUSEHOLD.getBytes(StandardCharsets.UTF_8), Household.class);
    System.out.println(VM.current().details());
    GraphLayout asRead = GraphLayout.parseInstance(household);
    GraphLayout asReadOwn = asRead.subtract(shared());
    household.member(household.members().get(0).id()); // fills the lazy index of members
    GraphLayout indexed = GraphLayout.parseInstance(household);
    GraphLayout indexedOwn = indexed.subtract(shared());
    System.out.printf(
        "GraphLayout.parseInstance(household).totalSize(), as read:        %6d bytes%n",
        asRead.totalSize());
    System.out.printf(
        "  of which the household's own objects (shared ones subtracted):  %6d bytes%n",
        asReadOwn.totalSize());
    System.out.printf(
        "GraphLayout.parseInstance(household).totalSize(), after member(): %6d bytes%n",
        indexed.totalSize());
    System.out.printf(
        "  of which the household's own objects (shared ones subtracted):  %6d bytes%n",
        indexedOwn.totalSize());
    System.out.println();
    System.out.println("Own objects after member(), by class:");
    System.out.println(indexedOwn.toFootprint());
  }

  /** The objects every household shares, and the JVM objects JOL reaches through them. */
  private static GraphLayout shared() {
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
            IncomeCategory.class,
            AssetType.class,
            PhoneNumber.Kind.class)) {
      roots.add(type);
      Collections.addAll(roots, type.getEnumConstants());
    }
    roots.add(Money.CNY);
    roots.add(Extensions.empty());
    roots.add(List.of());
    roots.add(Set.of());
    roots.add(Map.of());
    roots.add(Collections.emptyList());
    roots.add(Collections.emptySet());
    roots.add(Collections.emptyMap());
    return GraphLayout.parseInstance(roots.toArray());
  }
}
