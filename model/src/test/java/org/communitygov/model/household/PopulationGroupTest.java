package org.communitygov.model.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitygov.model.household.Fixtures.P1;
import static org.communitygov.model.household.Fixtures.P2;
import static org.communitygov.model.household.Fixtures.date;
import static org.communitygov.model.household.PopulationGroup.CHILD;
import static org.communitygov.model.household.PopulationGroup.CHILD_UNDER_14;
import static org.communitygov.model.household.PopulationGroup.DISABLED;
import static org.communitygov.model.household.PopulationGroup.ELDERLY;
import static org.communitygov.model.household.PopulationGroup.EMPTY_NEST;
import static org.communitygov.model.household.PopulationGroup.EXTREME_POVERTY_HOUSEHOLD;
import static org.communitygov.model.household.PopulationGroup.LIVING_ALONE;
import static org.communitygov.model.household.PopulationGroup.MIGRANT;
import static org.communitygov.model.household.PopulationGroup.MLG_HOUSEHOLD;
import static org.communitygov.model.household.PopulationGroup.NEAR_MLG_HOUSEHOLD;
import static org.communitygov.model.household.PopulationGroup.SEVERELY_DISABLED;
import static org.communitygov.model.household.PopulationGroup.UNEMPLOYED;
import static org.communitygov.model.household.PopulationGroup.VERY_ELDERLY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.communitygov.model.common.DateRange;
import org.communitygov.model.common.Sex;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PopulationGroupTest {
  static final LocalDate ON = date("2026-11-20");

  static ImmutablePerson.Builder bornOn(PersonId id, String birthDate) {
    return Person.builder().from(Fixtures.bornOn(id, birthDate));
  }

  /** A household of the persons, the first the head, each a member from birth. */
  static ImmutableHousehold.Builder householdOf(Person... persons) {
    List<Membership> memberships = new ArrayList<>();
    for (int i = 0; i < persons.length; i++) {
      memberships.add(
          Membership.of(
              persons[i].id(),
              i == 0 ? MemberRole.HEAD : MemberRole.OTHER_RELATIVE,
              persons[i].birthDate()));
    }
    return Household.builder()
        .id(HouseholdId.of("H1"))
        .community(Fixtures.HEPINGLI)
        .address("和平里1号楼")
        .kind(HouseholdKind.REGISTERED)
        .addMembers(persons)
        .memberships(memberships);
  }

  static Set<PopulationGroup> groupsOf(Person person) {
    return householdOf(person).build().populationGroupsOn(person.id(), ON);
  }

  @Nested
  class ByAge {
    @ParameterizedTest(name = "born {0}: {1}")
    @CsvSource({
      "1966-11-20, ELDERLY",
      "1966-11-21, ''",
      "1946-11-20, VERY_ELDERLY",
      "1946-11-21, ELDERLY",
      "2008-11-21, CHILD",
      "2008-11-20, ''",
      "2012-11-21, CHILD_UNDER_14",
      "2012-11-20, CHILD",
      "2026-11-20, CHILD_UNDER_14",
    })
    void includeAPersonFromTheBirthdayOfTheAge(String born, String group) {
      Person person = bornOn(P2, born).build();
      Set<PopulationGroup> groups =
          householdOf(bornOn(P1, "1980-01-01").build(), person).build().populationGroupsOn(P2, ON);
      Set<PopulationGroup> ageGroups = Set.of(ELDERLY, VERY_ELDERLY, CHILD, CHILD_UNDER_14);
      assertThat(groups.stream().filter(ageGroups::contains))
          .containsExactlyInAnyOrderElementsOf(expectedAgeGroups(group));
    }

    private static Set<PopulationGroup> expectedAgeGroups(String highest) {
      return switch (highest) {
        case "VERY_ELDERLY" -> Set.of(ELDERLY, VERY_ELDERLY);
        case "ELDERLY" -> Set.of(ELDERLY);
        case "CHILD_UNDER_14" -> Set.of(CHILD, CHILD_UNDER_14);
        case "CHILD" -> Set.of(CHILD);
        default -> Set.of();
      };
    }
  }

  @Nested
  class LivingAlone {
    @Test
    void includesAnElderlyPersonAlone() {
      assertThat(groupsOf(bornOn(P1, "1941-03-15").build()))
          .contains(ELDERLY, LIVING_ALONE, EMPTY_NEST);
    }

    @Test
    void excludesAPersonOf59Alone() {
      assertThat(groupsOf(bornOn(P1, "1966-11-21").build()))
          .doesNotContain(LIVING_ALONE, EMPTY_NEST, ELDERLY);
    }

    @Test
    void excludesTwoElderlyButBothAreEmptyNest() {
      Household h =
          householdOf(bornOn(P1, "1940-01-05").build(), bornOn(P2, "1944-06-18").build()).build();
      for (PersonId id : List.of(P1, P2)) {
        assertThat(h.populationGroupsOn(id, ON)).contains(EMPTY_NEST).doesNotContain(LIVING_ALONE);
      }
    }

    @Test
    void includesAnElderlyPersonWhoseSpouseLeftBeforeThatDay() {
      Person head = bornOn(P1, "1940-01-05").build();
      Person spouse = bornOn(P2, "1944-06-18").build();
      Household h =
          householdOf(head, spouse)
              .memberships(
                  List.of(
                      Membership.of(P1, MemberRole.HEAD, date("1966-10-01")),
                      Membership.builder()
                          .person(P2)
                          .role(MemberRole.SPOUSE)
                          .period(DateRange.of(date("1966-10-01"), ON))
                          .build()))
              .build();
      assertThat(h.populationGroupsOn(P1, ON)).contains(LIVING_ALONE);
      assertThat(h.populationGroupsOn(P1, ON.minusDays(1))).doesNotContain(LIVING_ALONE);
      assertThat(h.populationGroupsOn(P2, ON)).isEmpty();
    }
  }

  @Nested
  class EmptyNest {
    @Test
    void excludesAnElderlyPersonLivingWithAMemberOf59() {
      Household h =
          householdOf(bornOn(P1, "1950-01-01").build(), bornOn(P2, "1966-11-21").build()).build();
      assertThat(h.populationGroupsOn(P1, ON)).contains(ELDERLY).doesNotContain(EMPTY_NEST);
    }

    @Test
    void includesAnElderlyPersonLivingWithAMemberWhoTurns60ThatDay() {
      Household h =
          householdOf(bornOn(P1, "1950-01-01").build(), bornOn(P2, "1966-11-20").build()).build();
      assertThat(h.populationGroupsOn(P1, ON)).contains(EMPTY_NEST);
      assertThat(h.populationGroupsOn(P1, ON.minusDays(1))).doesNotContain(EMPTY_NEST);
    }
  }

  @Nested
  class ByDisability {
    @ParameterizedTest(name = "grade {0}: severe {1}")
    @CsvSource({"1, true", "2, true", "3, false", "4, false"})
    void includesEveryGradeAsDisabledAndGradesOneAndTwoAsSevere(int grade, boolean severe) {
      Set<PopulationGroup> groups =
          groupsOf(
              bornOn(P1, "1996-04-08")
                  .disability(Disability.of(DisabilityCategory.PHYSICAL, grade))
                  .build());
      assertThat(groups).contains(DISABLED);
      assertThat(groups.contains(SEVERELY_DISABLED)).isEqualTo(severe);
    }

    @Test
    void excludesAPersonWithoutCertificate() {
      assertThat(groupsOf(bornOn(P1, "1996-04-08").build()))
          .doesNotContain(DISABLED, SEVERELY_DISABLED);
    }
  }

  @Nested
  class ByStatus {
    @Test
    void includesOnlyTheUnemployedAsUnemployed() {
      for (EmploymentStatus status : EmploymentStatus.values()) {
        assertThat(
                groupsOf(bornOn(P1, "1968-07-02").employment(status).build()).contains(UNEMPLOYED))
            .as(status.name())
            .isEqualTo(status == EmploymentStatus.UNEMPLOYED);
      }
      assertThat(groupsOf(bornOn(P1, "1968-07-02").build())).doesNotContain(UNEMPLOYED);
    }

    @Test
    void includesOnlyMigrantHukouAsMigrant() {
      for (HukouStatus hukou : HukouStatus.values()) {
        assertThat(groupsOf(bornOn(P1, "1990-09-12").hukou(hukou).build()).contains(MIGRANT))
            .as(hukou.name())
            .isEqualTo(hukou == HukouStatus.MIGRANT);
      }
    }

    @Test
    void includeEveryMemberOfAnAssistedHousehold() {
      Household h =
          householdOf(bornOn(P1, "1968-07-02").build(), bornOn(P2, "1996-04-08").build())
              .addAssistance(AssistanceStatus.MLG, AssistanceStatus.EXTREME_POVERTY_SUPPORT)
              .build();
      for (PersonId id : List.of(P1, P2)) {
        assertThat(h.populationGroupsOn(id, ON))
            .contains(MLG_HOUSEHOLD, EXTREME_POVERTY_HOUSEHOLD)
            .doesNotContain(NEAR_MLG_HOUSEHOLD);
      }
      Household near =
          householdOf(bornOn(P1, "1968-07-02").build())
              .addAssistance(AssistanceStatus.NEAR_MLG)
              .build();
      assertThat(near.populationGroupsOn(P1, ON))
          .contains(NEAR_MLG_HOUSEHOLD)
          .doesNotContain(MLG_HOUSEHOLD);
    }
  }

  @Nested
  class ForANonMember {
    @Test
    void areEmpty() {
      Household h = householdOf(bornOn(P1, "1941-03-15").build()).build();
      assertThat(h.populationGroupsOn(PersonId.of("P9"), ON)).isEmpty();
      assertThat(h.populationGroupsOn(P1, date("1941-03-14"))).isEmpty();
    }

    @Test
    void includeNoGroupForAMemberBeforeTheyJoin() {
      Person person = Fixtures.person(P1, "王秀英", date("1941-03-15"), Sex.FEMALE).build();
      Household h =
          householdOf(person)
              .memberships(List.of(Membership.of(P1, MemberRole.HEAD, date("1985-05-01"))))
              .build();
      assertThat(h.populationGroupsOn(P1, date("1985-04-30"))).isEmpty();
      assertThat(h.populationGroupsOn(P1, date("1985-05-01")))
          .doesNotContain(ELDERLY, LIVING_ALONE);
      assertThat(h.populationGroupsOn(P1, ON)).contains(ELDERLY, LIVING_ALONE);
    }
  }
}
