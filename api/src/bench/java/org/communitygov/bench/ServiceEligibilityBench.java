package org.communitygov.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.communitygov.model.common.LocalizedName;
import org.communitygov.model.community.CommunityId;
import org.communitygov.model.household.Household;
import org.communitygov.model.household.PopulationGroup;
import org.communitygov.model.service.Capacity;
import org.communitygov.model.service.CapacityPeriod;
import org.communitygov.model.service.CapacityUnit;
import org.communitygov.model.service.EligibilityReference;
import org.communitygov.model.service.ProviderId;
import org.communitygov.model.service.Service;
import org.communitygov.model.service.ServiceCategory;
import org.communitygov.model.service.ServiceId;
import org.communitygov.model.service.ServiceStatus;
import org.communitygov.model.service.SupplyMode;
import org.communitygov.rules.service.eligibility.CatalogueEligibility;
import org.communitygov.rules.service.eligibility.HouseholdEligibility;
import org.communitygov.rules.service.eligibility.HouseholdProfile;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The eligibility of one household for every service of a 200-service catalogue, on one core (one
 * JMH thread), cycling through {@value NeedsRules#COUNT} seeded households; one operation is one
 * household, so the score is households per second (× 200 service decisions):
 *
 * <ul>
 *   <li>{@code answers}: the household's facts found once, then every service answered from masks
 *       and bounds ({@link CatalogueEligibility#countEligible});
 *   <li>{@code answersAndExplanations}: the same, and the explained decision of every service
 *       ({@link HouseholdEligibility#decisions}).
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ServiceEligibilityBench {
  private static final LocalDate DATE = LocalDate.of(2024, 6, 1);
  private static final String[] RULES = {
    "service.open",
    "service.ageAtLeast",
    "service.childUnder3",
    "service.assistance",
    "service.elderAbility"
  };

  private List<Household> households;
  private CatalogueEligibility catalogue;
  private List<Service> services;
  private int next;

  /** Generates the households and a catalogue of 200 services of varied terms. */
  @Setup
  public void setUp() {
    households = new ArrayList<>();
    NeedsHouseholds.generate(NeedsRules.COUNT, NeedsRules.SEED)
        .forEach(s -> households.add(s.household()));
    CommunityId community = households.get(0).community();
    SplittableRandom r = new SplittableRandom(20_261_202L);
    services = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      String rule = RULES[r.nextInt(RULES.length)];
      Map<String, String> parameters =
          switch (rule) {
            case "service.ageAtLeast" -> Map.of("age", Integer.toString(55 + r.nextInt(30)));
            case "service.assistance" -> Map.of("statuses", "MLG");
            case "service.elderAbility" -> Map.of("minimumLevel", Integer.toString(r.nextInt(5)));
            default -> Map.of();
          };
      var b =
          Service.builder()
              .id(ServiceId.of("S" + i))
              .name(LocalizedName.of("服务" + i))
              .category(ServiceCategory.known().get(i % ServiceCategory.known().size()))
              .supplyMode(SupplyMode.PUBLIC)
              .provider(ProviderId.of("P1"))
              .status(r.nextInt(10) == 0 ? ServiceStatus.INACTIVE : ServiceStatus.ACTIVE)
              .addCommunity(r.nextInt(4) == 0 ? CommunityId.of("elsewhere") : community)
              .addCapacity(Capacity.of(10, CapacityUnit.VISITS, CapacityPeriod.MONTH))
              .eligibility(
                  EligibilityReference.builder()
                      .rule(rule)
                      .parameters(parameters)
                      .description(LocalizedName.of("条件"))
                      .build());
      if (r.nextBoolean()) {
        PopulationGroup[] groups = PopulationGroup.values();
        b.targetGroups(
            EnumSet.of(groups[r.nextInt(groups.length)], groups[r.nextInt(groups.length)]));
      }
      services.add(b.build());
    }
    catalogue = CatalogueEligibility.of(services);
  }

  private Household nextHousehold() {
    Household h = households.get(next);
    next = (next + 1) % households.size();
    return h;
  }

  /**
   * Answers one household for all 200 services.
   *
   * @return the number of services it is eligible for
   */
  @Benchmark
  public int answers() {
    return catalogue.countEligible(HouseholdProfile.of(nextHousehold(), DATE, Map.of()));
  }

  /**
   * Answers one household and explains every one of the 200 decisions.
   *
   * @return the number of steps made, so that nothing is left unused
   */
  @Benchmark
  public int answersAndExplanations() {
    HouseholdEligibility answers = catalogue.of(nextHousehold(), DATE, Map.of());
    int steps = 0;
    for (var d : answers.decisions()) {
      steps += d.explanation().steps().size();
    }
    return steps;
  }
}
