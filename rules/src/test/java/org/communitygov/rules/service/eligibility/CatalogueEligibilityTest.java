package org.communitygov.rules.service.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.LongStream;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.common.LocalizedName;
import org.communitygov.model.common.SensitiveCategory;
import org.communitygov.model.community.CommunityId;
import org.communitygov.model.household.AssistanceStatus;
import org.communitygov.model.household.Household;
import org.communitygov.model.household.PersonId;
import org.communitygov.model.household.PopulationGroup;
import org.communitygov.model.service.EligibilityReference;
import org.communitygov.model.service.Service;
import org.communitygov.model.service.ServiceStatus;
import org.communitygov.rules.engine.DecisionStatus;
import org.communitygov.rules.needs.elderability.ElderAbilityLevel;
import org.communitygov.rules.needs.shared.Eligibility;
import org.communitygov.rules.needs.shared.HouseholdJson;
import org.communitygov.rules.service.ServiceRecords;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CatalogueEligibilityTest {
  static final LocalDate DATE = LocalDate.of(2026, 6, 30);
  static final String[] COMMUNITIES = {"east", "west"};
  static final String[] RULES = {
    "service.open",
    "service.ageAtLeast",
    "service.childUnder3",
    "service.assistance",
    "service.elderAbility"
  };

  /** A random household JSON: 1 to 4 members of any age, sometimes disabled, sometimes assisted. */
  static Household household(Random r, int n) {
    StringBuilder members = new StringBuilder();
    StringBuilder memberships = new StringBuilder();
    int size = 1 + r.nextInt(4);
    for (int i = 0; i < size; i++) {
      String id = "P" + n + "x" + i;
      LocalDate born = DATE.minusDays(r.nextInt(100 * 365));
      String disability =
          r.nextInt(6) == 0
              ? ",\"disability\":{\"category\":\"PHYSICAL\",\"grade\":" + (1 + r.nextInt(4)) + "}"
              : "";
      members
          .append(i == 0 ? "" : ",")
          .append("{\"id\":\"")
          .append(id)
          .append("\",\"name\":\"成员\",\"birthDate\":\"")
          .append(born)
          .append("\",\"sex\":\"FEMALE\",\"hukou\":\"LOCAL\"")
          .append(disability)
          .append('}');
      memberships
          .append(i == 0 ? "" : ",")
          .append("{\"person\":\"")
          .append(id)
          .append("\",\"role\":\"")
          .append(i == 0 ? "HEAD" : "OTHER_RELATIVE")
          .append("\",\"period\":{\"start\":\"")
          .append(born)
          .append("\"}}");
    }
    String assistance =
        r.nextInt(4) == 0
            ? ",\"assistance\":[\"" + AssistanceStatus.values()[r.nextInt(3)] + "\"]"
            : "";
    String json =
        "{\"id\":\"H"
            + n
            + "\",\"community\":\""
            + COMMUNITIES[r.nextInt(2)]
            + "\",\"address\":\"1号楼\",\"kind\":\"REGISTERED\",\"members\":["
            + members
            + "],\"memberships\":["
            + memberships
            + "]"
            + assistance
            + "}";
    return HouseholdJson.household("household", json);
  }

  static Service service(Random r, int n) {
    var b =
        ServiceRecords.meals("S" + n, CommunityId.of(COMMUNITIES[r.nextInt(2)]), 10)
            .withStatus(r.nextInt(8) == 0 ? ServiceStatus.INACTIVE : ServiceStatus.ACTIVE);
    if (r.nextBoolean()) {
      b = b.withTargetGroups(PopulationGroup.values()[r.nextInt(PopulationGroup.values().length)]);
    }
    String rule = RULES[r.nextInt(RULES.length)];
    Map<String, String> parameters = new HashMap<>();
    switch (rule) {
      case "service.ageAtLeast" -> parameters.put("age", Integer.toString(50 + r.nextInt(40)));
      case "service.assistance" -> parameters.put("statuses", "MLG,EXTREME_POVERTY_SUPPORT");
      case "service.elderAbility" -> parameters.put("minimumLevel", Integer.toString(r.nextInt(5)));
      default -> {}
    }
    return b.withEligibility(
        EligibilityReference.builder()
            .rule(rule)
            .parameters(parameters)
            .description(LocalizedName.of("条件", "terms"))
            .build());
  }

  static LongStream seeds() {
    return LongStream.of(3L, 11L, 2026L);
  }

  @Nested
  class TheFastAnswer {
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("org.communitygov.rules.service.eligibility.CatalogueEligibilityTest#seeds")
    void agreesWithTheExplainedDecisionOfEveryService(long seed) {
      Random r = new Random(seed);
      List<Service> services = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        services.add(service(r, i));
      }
      CatalogueEligibility catalogue = CatalogueEligibility.of(services);
      int[] seen = new int[3];
      for (int h = 0; h < 150; h++) {
        Household household = household(r, h);
        Map<PersonId, ElderAbilityLevel> levels = new HashMap<>();
        household.members().stream()
            .filter(m -> r.nextBoolean())
            .forEach(m -> levels.put(m.id(), ElderAbilityLevel.ofNumber(r.nextInt(5))));
        HouseholdEligibility answers = catalogue.of(household, DATE, levels);
        for (Service s : services) {
          var decision = answers.decision(s.id());
          String where = "seed " + seed + ", household " + h + ", " + s.id();
          if (answers.eligible().contains(s)) {
            seen[0]++;
            assertThat(decision.outcome()).as(where).contains(Eligibility.ELIGIBLE);
          } else if (answers.notEligible().contains(s)) {
            seen[1]++;
            assertThat(decision.outcome()).as(where).contains(Eligibility.NOT_ELIGIBLE);
          } else {
            seen[2]++;
            assertThat(answers.undetermined()).as(where).contains(s);
            assertThat(decision.status()).as(where).isEqualTo(DecisionStatus.UNDETERMINED);
          }
        }
        assertThat(catalogue.countEligible(answers.profile())).isEqualTo(answers.eligible().size());
      }
      assertThat(java.util.Arrays.stream(seen).min().orElseThrow())
          .as("every answer occurs, seed %d", seed)
          .isGreaterThan(20);
    }
  }

  @Nested
  class TheTerms {
    @Test
    void ofAnUnknownRuleAreRefusedWithACode() {
      Service s =
          ServiceRecords.meals("S", CommunityId.of("east"), 1)
              .withEligibility(
                  EligibilityReference.builder()
                      .rule("service.lottery")
                      .description(LocalizedName.of("抽签", "by lot"))
                      .build());
      assertThatThrownBy(() -> CatalogueEligibility.of(List.of(s)))
          .isInstanceOf(InvalidValueException.class)
          .extracting(e -> ((InvalidValueException) e).code())
          .isEqualTo("eligibility.unknownRule");
    }

    @Test
    void takeTheStricterOfTwoAgeBounds() {
      Service s =
          ServiceRecords.meals("S", CommunityId.of("east"), 1)
              .withEligibility(
                  EligibilityReference.builder()
                      .rule("service.childUnder3")
                      .minimumAge(0)
                      .maximumAge(3)
                      .description(LocalizedName.of("3岁以下", "under 3"))
                      .build());
      ServiceTerms terms = ServiceTerms.of(s);
      assertThat(terms.maximumAge()).contains(2);
      assertThat(terms.minimumAge()).contains(0);
    }
  }

  @Nested
  class TheFastAnswerAtTheEdgesOfTheTerms {
    /** A household of the east whose members are born on the dates given. */
    private Household born(String... birthDates) {
      return assisted("", birthDates);
    }

    /** The same, with an assistance list ({@code ,"assistance":[…]}) or none. */
    private Household assisted(String assistance, String... birthDates) {
      StringBuilder members = new StringBuilder();
      StringBuilder memberships = new StringBuilder();
      for (int i = 0; i < birthDates.length; i++) {
        String sep = i == 0 ? "" : ",";
        members.append(
            sep
                + "{\"id\":\"P"
                + i
                + "\",\"name\":\"成员\",\"birthDate\":\""
                + birthDates[i]
                + "\",\"sex\":\"FEMALE\",\"hukou\":\"LOCAL\"}");
        memberships.append(
            sep
                + "{\"person\":\"P"
                + i
                + "\",\"role\":\""
                + (i == 0 ? "HEAD" : "OTHER_RELATIVE")
                + "\",\"period\":{\"start\":\""
                + birthDates[i]
                + "\"}}");
      }
      return HouseholdJson.household(
          "household",
          "{\"id\":\"H1\",\"community\":\"east\",\"address\":\"1号楼\",\"kind\":\"REGISTERED\","
              + "\"members\":["
              + members
              + "],\"memberships\":["
              + memberships
              + "]"
              + assistance
              + "}");
    }

    private Service service(String id, String rule, String parameter, String value) {
      Map<String, String> parameters = new HashMap<>();
      if (parameter != null) {
        parameters.put(parameter, value);
      }
      return ServiceRecords.meals(id, CommunityId.of("east"), 10)
          .withEligibility(
              EligibilityReference.builder()
                  .rule(rule)
                  .parameters(parameters)
                  .description(LocalizedName.of("条件", "terms"))
                  .build());
    }

    private final Service sixty = service("S-60", "service.ageAtLeast", "age", "60");
    private final Service underThree = service("S-U3", "service.childUnder3", null, null);
    private final Service levelTwo = service("S-L2", "service.elderAbility", "minimumLevel", "2");
    private final CatalogueEligibility catalogue =
        CatalogueEligibility.of(List.of(sixty, underThree, levelTwo));

    /** The fast answer for each service, checked against the explained decision. */
    private String answer(Household h, Map<PersonId, ElderAbilityLevel> levels, Service s) {
      HouseholdEligibility answers = catalogue.of(h, DATE, levels);
      var decision = answers.decision(s.id());
      String fast =
          answers.eligible().contains(s)
              ? "ELIGIBLE"
              : answers.notEligible().contains(s) ? "NOT_ELIGIBLE" : "UNDETERMINED";
      String explained = decision.outcome().map(Enum::name).orElse("UNDETERMINED");
      assertThat(fast)
          .as("%s: the fast answer agrees with the decision", s.id())
          .isEqualTo(explained);
      return fast;
    }

    @Test
    void showsExactlyTheAssistanceStatusesTheHouseholdHas() {
      Service relief =
          service("S-R", "service.assistance", "statuses", "MLG,EXTREME_POVERTY_SUPPORT");
      CatalogueEligibility reliefOnly = CatalogueEligibility.of(List.of(relief));
      for (String status : List.of("MLG", "NEAR_MLG", "EXTREME_POVERTY_SUPPORT")) {
        Household h = assisted(",\"assistance\":[\"" + status + "\"]", "1950-01-01");
        var decision = reliefOnly.of(h, DATE, Map.of()).decision(relief.id());
        var step =
            decision.explanation().steps().stream()
                .filter(x -> x.id().equals("service.eligibility.assistance"))
                .findFirst()
                .orElseThrow();
        java.util.List<org.communitygov.rules.engine.Fact> facts =
            new java.util.ArrayList<>(step.facts());
        step.result().ifPresent(facts::add);
        assertThat(facts)
            .as(status)
            .anySatisfy(
                f -> {
                  assertThat(f.name()).isEqualTo("householdAssistance");
                  assertThat(f.value()).isEqualTo(status);
                });
        assertThat(decision.outcome())
            .as(status)
            .contains(status.startsWith("NEAR") ? Eligibility.NOT_ELIGIBLE : Eligibility.ELIGIBLE);
      }
    }

    @Test
    void explainsEveryServiceInCatalogueOrderAndRefusesOneNotInIt() {
      Household h = born("1966-06-30");
      HouseholdEligibility answers = catalogue.of(h, DATE, Map.of());

      assertThat(answers.decisions())
          .hasSize(3)
          .containsExactly(
              answers.decision(sixty.id()),
              answers.decision(underThree.id()),
              answers.decision(levelTwo.id()));
      assertThat(answers.decisions().get(0).outcome()).contains(Eligibility.ELIGIBLE);
      assertThatThrownBy(
              () -> answers.decision(org.communitygov.model.service.ServiceId.of("S-NONE")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("no service S-NONE in the catalogue");
      assertThat(answers.profile().toString())
          .isEqualTo("HouseholdProfile{H1, 2026-06-30, members=1}");
    }

    /** The sensitivity of the groups a member step shows, for a service for the elderly. */
    private Optional<SensitiveCategory> groupsShownAs(Household h) {
      Service elderly =
          ServiceRecords.meals("S-G", CommunityId.of("east"), 10)
              .withTargetGroups(PopulationGroup.ELDERLY);
      var decision =
          CatalogueEligibility.of(List.of(elderly)).of(h, DATE, Map.of()).decision(elderly.id());
      return decision.explanation().steps().stream()
          .filter(x -> x.id().equals("service.eligibility.member"))
          .flatMap(x -> x.facts().stream())
          .filter(f -> f.name().equals("populationGroups"))
          .findFirst()
          .orElseThrow()
          .sensitivity();
    }

    @Test
    void masksAMembersGroupsAsAnAssistanceStatusOnlyWhenTheyTellNothingMore() {
      String mlg = ",\"assistance\":[\"MLG\"]";
      assertThat(groupsShownAs(assisted(mlg, "1940-01-01")))
          .contains(SensitiveCategory.ASSISTANCE_STATUS);
      assertThat(groupsShownAs(born("1940-01-01"))).contains(SensitiveCategory.DISABILITY);
      Household disabled =
          HouseholdJson.household(
              "household",
              HouseholdJson.write(assisted(mlg, "1940-01-01"))
                  .replace(
                      "\"hukou\":\"LOCAL\"",
                      "\"hukou\":\"LOCAL\",\"disability\":{\"category\":\"PHYSICAL\",\"grade\":2}"));
      assertThat(disabled.members().get(0).disability()).isPresent();
      assertThat(groupsShownAs(disabled)).contains(SensitiveCategory.DISABILITY);
    }

    @Test
    void admitsAMemberOnTheBirthdayThatReachesTheMinimumAgeAndNotTheDayBefore() {
      assertThat(answer(born("1966-06-30"), Map.of(), sixty)).isEqualTo("ELIGIBLE");
      assertThat(answer(born("1966-07-01"), Map.of(), sixty)).isEqualTo("NOT_ELIGIBLE");
      assertThat(answer(born("1966-07-01", "1950-01-01"), Map.of(), sixty)).isEqualTo("ELIGIBLE");
    }

    @Test
    void admitsAChildOfTwoAndNotOnTheThirdBirthday() {
      assertThat(answer(born("1990-01-01", "2024-06-30"), Map.of(), underThree))
          .isEqualTo("ELIGIBLE");
      assertThat(answer(born("1990-01-01", "2023-06-30"), Map.of(), underThree))
          .isEqualTo("NOT_ELIGIBLE");
    }

    @Test
    void admitsAMemberAtTheMinimumLevelAndLeavesAnUnknownLevelUndetermined() {
      Household h = born("1940-01-01");
      PersonId p = h.members().get(0).id();
      assertThat(answer(h, Map.of(p, ElderAbilityLevel.MODERATE), levelTwo)).isEqualTo("ELIGIBLE");
      assertThat(answer(h, Map.of(p, ElderAbilityLevel.MILD), levelTwo)).isEqualTo("NOT_ELIGIBLE");
      assertThat(answer(h, Map.of(), levelTwo)).isEqualTo("UNDETERMINED");
    }
  }
}
