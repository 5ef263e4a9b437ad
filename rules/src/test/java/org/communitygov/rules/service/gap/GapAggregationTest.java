package org.communitygov.rules.service.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communitygov.rules.service.ServiceRecords.EAST;
import static org.communitygov.rules.service.ServiceRecords.FAR;
import static org.communitygov.rules.service.ServiceRecords.WEST;
import static org.communitygov.rules.service.ServiceRecords.catalogue;
import static org.communitygov.rules.service.ServiceRecords.community;
import static org.communitygov.rules.service.ServiceRecords.delivery;
import static org.communitygov.rules.service.ServiceRecords.meals;
import static org.communitygov.rules.service.ServiceRecords.order;
import static org.communitygov.rules.service.ServiceRecords.request;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.communitygov.model.community.CommunityId;
import org.communitygov.model.household.HouseholdId;
import org.communitygov.model.needs.AssessmentId;
import org.communitygov.model.needs.Need;
import org.communitygov.model.needs.NeedCategory;
import org.communitygov.model.needs.NeedPriority;
import org.communitygov.model.needs.NeedsProfile;
import org.communitygov.model.service.Capacity;
import org.communitygov.model.service.CapacityPeriod;
import org.communitygov.model.service.CapacityUnit;
import org.communitygov.model.service.DeliveryOutcome;
import org.communitygov.model.service.ImmutableService;
import org.communitygov.model.service.Service;
import org.communitygov.model.service.ServiceCategory;
import org.communitygov.model.service.ServiceStatus;
import org.communitygov.rules.engine.Jurisdiction;
import org.communitygov.rules.engine.ParameterSet;
import org.communitygov.rules.engine.RuleContext;
import org.communitygov.rules.service.shared.ReportPeriod;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class GapAggregationTest {
  static final ReportPeriod Q2 =
      ReportPeriod.of(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30));
  static final RuleContext CONTEXT =
      RuleContext.of(
          ParameterSet.defaults(), Jurisdiction.parse("500103"), LocalDate.of(2026, 6, 30));
  static final Instant APRIL = Instant.parse("2026-04-10T01:00:00Z");

  /** East: 10 requests, 4 never served (a shortage); west: 2 requests, lots of spare meals. */
  static GapReport eastShortWestSpare() {
    GapAggregation gap =
        GapAggregation.of(catalogue(meals("S-E", EAST, 1), meals("S-W", WEST, 10)), Q2);
    for (int i = 0; i < 10; i++) {
      gap.addRequest(request("RE" + i, EAST, APRIL.plusSeconds(i * 3600)));
    }
    gap.addRequest(request("RW0", WEST, APRIL));
    gap.addRequest(request("RW1", WEST, APRIL));
    for (int i = 0; i < 6; i++) {
      gap.addOrder(order("OE" + i, "RE" + i, "S-E", APRIL.plusSeconds(i * 3600), 2 + i * 10));
    }
    gap.addOrder(order("OE6", "RE6", "S-E", APRIL, -1)); // accepted, never started
    gap.addOrder(order("OW0", "RW0", "S-W", APRIL, 1));
    gap.addOrder(order("OW1", "RW1", "S-W", APRIL, 1));
    for (int day = 0; day < 80; day++) {
      Instant at = APRIL.plusSeconds(day * 86400L);
      gap.addDelivery(delivery("DE" + day, "OE" + (day % 6), at, "1", DeliveryOutcome.COMPLETED));
      gap.addDelivery(delivery("DW" + day, "OW" + (day % 2), at, "2", DeliveryOutcome.COMPLETED));
    }
    gap.addDelivery(
        delivery(
            "D-JULY",
            "OE0",
            Instant.parse("2026-07-01T01:00:00Z"),
            "5",
            DeliveryOutcome.COMPLETED));
    gap.addDelivery(delivery("D-LOST", "O-UNKNOWN", APRIL, "1", DeliveryOutcome.COMPLETED));
    return gap.report(CONTEXT, List.of(community(EAST, "500103003"), community(WEST, "500103003")));
  }

  @Nested
  class Figures {
    @Test
    void countRequestsServedAndUnmetPerCommunityAndCategory() {
      GapRow east = eastShortWestSpare().rows().get(0);
      assertThat(east.community()).isEqualTo(EAST);
      assertThat(east.category()).isEqualTo(ServiceCategory.MEAL_ASSISTANCE);
      assertThat(east.requests()).isEqualTo(10);
      assertThat(east.servedRequests()).isEqualTo(6);
      assertThat(east.unmetRequests()).isEqualTo(4);
    }

    @Test
    void addTheDeliveriesOfThePeriodOnlyAndCountTheOnesWithoutAnOrder() {
      GapReport report = eastShortWestSpare();
      assertThat(report.rows().get(0).delivered())
          .containsEntry(CapacityUnit.MEALS, new BigDecimal("80"));
      assertThat(report.rows().get(1).delivered())
          .containsEntry(CapacityUnit.MEALS, new BigDecimal("160"));
      assertThat(report.unplacedDeliveries()).isEqualTo(1);
    }

    @Test
    void takeTheCapacityPerDayOverTheNinetyOneDaysOfTheQuarter() {
      GapReport report = eastShortWestSpare();
      assertThat(report.rows().get(0).capacity())
          .containsEntry(CapacityUnit.MEALS, new BigDecimal("91.00"));
      assertThat(report.rows().get(1).capacity())
          .containsEntry(CapacityUnit.MEALS, new BigDecimal("910.00"));
    }

    @Test
    void measureTheWaitFromTheRequestToTheStartOfService() {
      GapRow east = eastShortWestSpare().rows().get(0);
      // Started 2, 12, 22, 32, 42, 52 hours after each request: median rank 3, p90 rank 6.
      assertThat(east.medianWait()).contains(Duration.ofHours(22));
      assertThat(east.p90Wait()).contains(Duration.ofHours(52));
    }
  }

  @Nested
  class Judgement {
    @Test
    void flagsTheShortageAndSuggestsTheNeighbourWithSpareMeals() {
      GapReport report = eastShortWestSpare();
      GapRow east = report.rows().get(0);
      GapRow west = report.rows().get(1);
      assertThat(east.status()).isEqualTo(GapStatus.SHORTAGE);
      assertThat(east.decision().outcomeOrThrow().details()).containsEntry("unmetShare", "0.4000");
      assertThat(west.status()).isEqualTo(GapStatus.OVERSUPPLY);
      assertThat(east.suggestions())
          .containsExactly(
              new SharingSuggestion(WEST, CapacityUnit.MEALS, new BigDecimal("750.00")));
      assertThat(report.shortages()).containsExactly(east);
    }

    @Test
    void suggestsNoCommunityOfAnotherStreetOffice() {
      GapAggregation gap =
          GapAggregation.of(catalogue(meals("S-E", EAST, 1), meals("S-F", FAR, 10)), Q2);
      for (int i = 0; i < 5; i++) {
        gap.addRequest(request("RE" + i, EAST, APRIL));
      }
      GapReport report =
          gap.report(CONTEXT, List.of(community(EAST, "500103003"), community(FAR, "500103004")));
      assertThat(report.rows().get(0).status()).isEqualTo(GapStatus.SHORTAGE);
      assertThat(report.rows().get(0).suggestions()).isEmpty();
    }
  }

  @Nested
  class Suggestions {
    static final CommunityId NORTH = CommunityId.of("north");
    static final CommunityId SOUTH = CommunityId.of("south");

    /** East short (5 requests, 1 meal a day, none served); its neighbours as the lists say. */
    GapReport eastShortAmong(List<ImmutableService> neighbours, List<CommunityId> known) {
      List<Service> services = new java.util.ArrayList<>(neighbours);
      services.add(meals("S-E", EAST, 1));
      GapAggregation gap = GapAggregation.of(catalogue(services.toArray(Service[]::new)), Q2);
      for (int i = 0; i < 5; i++) {
        gap.addRequest(request("RE" + i, EAST, APRIL));
      }
      return gap.report(CONTEXT, known.stream().map(c -> community(c, "500103003")).toList());
    }

    static GapRow east(GapReport report) {
      GapRow east =
          report.rows().stream().filter(r -> r.community().equals(EAST)).findFirst().orElseThrow();
      assertThat(east.status()).isEqualTo(GapStatus.SHORTAGE);
      return east;
    }

    @Test
    void nameEveryNeighbourWithSpareMealsMostFirstThenByCommunity() {
      GapReport report =
          eastShortAmong(
              List.of(meals("S-W", WEST, 10), meals("S-N", NORTH, 3), meals("S-S", SOUTH, 10)),
              List.of(EAST, WEST, NORTH, SOUTH));

      assertThat(east(report).suggestions())
          .containsExactly(
              new SharingSuggestion(SOUTH, CapacityUnit.MEALS, new BigDecimal("910.00")),
              new SharingSuggestion(WEST, CapacityUnit.MEALS, new BigDecimal("910.00")),
              new SharingSuggestion(NORTH, CapacityUnit.MEALS, new BigDecimal("273.00")));
      assertThat(report.rows())
          .filteredOn(r -> !r.community().equals(EAST))
          .allSatisfy(r -> assertThat(r.suggestions()).isEmpty());
    }

    @Test
    void leaveOutNeighboursOfAnotherCategoryShortThemselvesOrWithNothingToSpare() {
      GapAggregation gap =
          GapAggregation.of(
              catalogue(
                  meals("S-E", EAST, 1),
                  meals("S-W", WEST, 10).withCategory(ServiceCategory.BATHING),
                  meals("S-N", NORTH, 1),
                  meals("S-S", SOUTH, 1)),
              Q2);
      for (int i = 0; i < 5; i++) {
        gap.addRequest(request("RE" + i, EAST, APRIL));
        gap.addRequest(request("RN" + i, NORTH, APRIL));
      }
      gap.addRequest(request("RS0", SOUTH, APRIL));
      gap.addOrder(order("OS0", "RS0", "S-S", APRIL, 1));
      for (int day = 0; day < 46; day++) { // 92 meals delivered of South's 91: nothing to spare
        gap.addDelivery(
            delivery(
                "DS" + day,
                "OS0",
                APRIL.plusSeconds(day * 86400L),
                "2",
                DeliveryOutcome.COMPLETED));
      }

      GapReport report =
          gap.report(
              CONTEXT,
              List.of(
                  community(EAST, "500103003"),
                  community(WEST, "500103003"),
                  community(NORTH, "500103003"),
                  community(SOUTH, "500103003")));

      GapRow north =
          report.rows().stream().filter(r -> r.community().equals(NORTH)).findFirst().orElseThrow();
      assertThat(north.status()).isEqualTo(GapStatus.SHORTAGE);
      assertThat(north.spare(CapacityUnit.MEALS)).isPositive();
      assertThat(
              report.rows().stream()
                  .filter(r -> r.community().equals(SOUTH))
                  .findFirst()
                  .orElseThrow()
                  .spare(CapacityUnit.MEALS))
          .isZero();
      assertThat(east(report).suggestions()).isEmpty();
    }

    @Test
    void neverOfferNothingToSpare() {
      assertThatThrownBy(() -> new SharingSuggestion(WEST, CapacityUnit.MEALS, BigDecimal.ZERO))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(
              () -> new SharingSuggestion(WEST, CapacityUnit.MEALS, new BigDecimal("-0.01")))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(new SharingSuggestion(WEST, CapacityUnit.MEALS, new BigDecimal("0.01")).spare())
          .isEqualByComparingTo("0.01");
    }

    @Test
    void areNoneForACommunityWhoseStreetOfficeIsUnknown() {
      GapReport report = eastShortAmong(List.of(meals("S-W", WEST, 10)), List.of(WEST));
      assertThat(east(report).suggestions()).isEmpty();

      GapReport neitherKnown = eastShortAmong(List.of(meals("S-W", WEST, 10)), List.of());
      assertThat(east(neitherKnown).suggestions())
          .as("two unknown street offices are not one")
          .isEmpty();
    }

    @Test
    void comeWithRowsInOrderOfCommunityThenCategoryCodeListingOnlyTheUnitsHeld() {
      GapReport report =
          eastShortAmong(
              List.of(
                  meals("S-WM", WEST, 10),
                  meals("S-WB", WEST, 2).withCategory(ServiceCategory.BATHING)),
              List.of(EAST, WEST));

      assertThat(report.rows())
          .extracting(r -> r.community().value() + " " + r.category().code())
          .containsExactly("east MEAL_ASSISTANCE", "west BATHING", "west MEAL_ASSISTANCE");
      assertThat(report.rows())
          .allSatisfy(r -> assertThat(r.capacity()).containsOnlyKeys(CapacityUnit.MEALS));
      assertThat(report.rows()).allSatisfy(r -> assertThat(r.delivered()).isEmpty());
    }
  }

  @Nested
  class Capacity_ {
    @Test
    void ofAMonthlyServiceIsThreeMonthsOverACalendarQuarter() {
      Service rehab =
          meals("S-R", EAST, 1)
              .withCapacities(Capacity.of(40, CapacityUnit.VISITS, CapacityPeriod.MONTH));
      assertThat(
              GapAggregation.of(catalogue(rehab), Q2)
                  .capacity(EAST, ServiceCategory.MEAL_ASSISTANCE)[CapacityUnit.VISITS.ordinal()])
          .isEqualByComparingTo("120");
    }

    @Test
    void isSharedEquallyAmongTheCommunitiesServedAndNoneOfAnInactiveService() {
      Service shared = meals("S-S", EAST, 3).withCommunities(EAST, WEST);
      Service closed = meals("S-C", EAST, 100).withStatus(ServiceStatus.TEMPORARILY_CLOSED);
      GapAggregation gap = GapAggregation.of(catalogue(shared, closed), Q2);
      assertThat(gap.capacity(WEST, ServiceCategory.MEAL_ASSISTANCE)[CapacityUnit.MEALS.ordinal()])
          .isEqualByComparingTo("136.50");
      assertThat(gap.capacity(EAST, ServiceCategory.MEAL_ASSISTANCE)[CapacityUnit.MEALS.ordinal()])
          .isEqualByComparingTo("136.50");
    }

    @Test
    void ofAWeeklyServiceOverTwoWeeksIsTwice() {
      Service weekly =
          meals("S-W", EAST, 1)
              .withCapacities(Capacity.of(15, CapacityUnit.PLACES, CapacityPeriod.WEEK));
      ReportPeriod twoWeeks = ReportPeriod.of(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 14));
      assertThat(CapacityOver.period(weekly, twoWeeks).get(EAST))
          .containsEntry(CapacityUnit.PLACES, new BigDecimal("30.00"));
    }
  }

  @Nested
  class Memory {
    @Test
    void growsWithTheCellsNotWithTheDeliveries() {
      GapAggregation gap = GapAggregation.of(catalogue(meals("S-E", EAST, 1)), Q2);
      gap.addRequest(request("R", EAST, APRIL));
      gap.addOrder(order("O", "R", "S-E", APRIL, 1));
      int cells = gap.cellCount();
      for (int i = 0; i < 20_000; i++) {
        gap.addDelivery(
            delivery("D" + i, "O", APRIL.plusSeconds(i), "1", DeliveryOutcome.COMPLETED));
      }
      assertThat(gap.cellCount()).isEqualTo(cells).isEqualTo(1);
      assertThat(gap.report(CONTEXT, List.of()).rows().get(0).delivered())
          .containsEntry(CapacityUnit.MEALS, new BigDecimal("20000"));
    }
  }

  @Nested
  class AssessedNeeds {
    private NeedsProfile profile(LocalDate asOf, NeedCategory... categories) {
      var b = NeedsProfile.builder().household(HouseholdId.of("H1")).asOf(asOf);
      for (NeedCategory c : categories) {
        b.addNeeds(
            Need.builder()
                .category(c)
                .priority(NeedPriority.HIGH)
                .assessment(AssessmentId.of("A1"))
                .build());
      }
      return b.build();
    }

    @Test
    void needsAssessedInThePeriodCountInTheirCellBesideTheRequestsAndAreNotJudged() {
      GapAggregation gap = GapAggregation.of(catalogue(meals("S-E", EAST, 1)), Q2);
      gap.addAssessedNeeds(
          profile(
              LocalDate.of(2026, 4, 1), NeedCategory.MEAL_ASSISTANCE, NeedCategory.MEAL_ASSISTANCE),
          Optional.of(EAST));
      gap.addAssessedNeeds(
          profile(LocalDate.of(2026, 6, 30), NeedCategory.LEGAL), Optional.of(EAST));
      gap.addAssessedNeeds(
          profile(LocalDate.of(2026, 3, 31), NeedCategory.MEAL_ASSISTANCE), Optional.of(EAST));
      gap.addAssessedNeeds(
          profile(LocalDate.of(2026, 7, 1), NeedCategory.MEAL_ASSISTANCE), Optional.of(EAST));

      GapReport report = gap.report(CONTEXT, List.of());

      assertThat(report.rows())
          .extracting(r -> r.category().code(), GapRow::assessedNeeds, GapRow::requests)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("LEGAL_MEDIATION", 1, 0),
              org.assertj.core.groups.Tuple.tuple("MEAL_ASSISTANCE", 2, 0));
      assertThat(report.rows()).extracting(GapRow::status).doesNotContain(GapStatus.SHORTAGE);
      assertThat(report.unplacedNeeds()).isZero();
    }

    @Test
    void needsOfAProfileWhoseCommunityIsUnknownAreCountedAsUnplaced() {
      GapAggregation gap = GapAggregation.of(catalogue(meals("S-E", EAST, 1)), Q2);
      gap.addAssessedNeeds(
          profile(LocalDate.of(2026, 5, 1), NeedCategory.BATHING, NeedCategory.CLEANING),
          Optional.empty());

      GapReport report = gap.report(CONTEXT, List.of());

      assertThat(report.unplacedNeeds()).isEqualTo(2);
      assertThat(report.rows()).extracting(GapRow::assessedNeeds).containsOnly(0);
    }
  }

  @Nested
  class Placing {
    @Test
    void countsARequestWithoutACommunityAsUnplaced() {
      GapAggregation gap = GapAggregation.of(catalogue(), Q2);
      gap.addRequest(request("R", EAST, APRIL).withCommunity(Optional.empty()));
      assertThat(gap.report(CONTEXT, List.of()).unplacedRequests()).isEqualTo(1);
    }

    @Test
    void mapsANeedOfLegalAidToLegalMediationAndOthersToTheirOwnCode() {
      assertThat(GapAggregation.category(NeedCategory.LEGAL))
          .isEqualTo(ServiceCategory.LEGAL_MEDIATION);
      assertThat(GapAggregation.category(NeedCategory.MEAL_ASSISTANCE))
          .isEqualTo(ServiceCategory.MEAL_ASSISTANCE);
      assertThat(GapAggregation.category(NeedCategory.HOUSING).code()).isEqualTo("HOUSING");
    }
  }

  @Nested
  class TheEdgesOfThePeriod {
    private final Instant start = Q2.start();
    private final Instant end = Q2.end();

    private GapRow row(GapReport report, CommunityId community) {
      return report.rows().stream()
          .filter(r -> r.community().equals(community))
          .findFirst()
          .orElseThrow();
    }

    @Test
    void countARequestMadeAtItsFirstInstantButNotOneMadeAtItsEnd() {
      GapAggregation gap = GapAggregation.of(catalogue(meals("S-E", EAST, 1)), Q2);
      gap.addRequest(request("R-FIRST", EAST, start));
      gap.addRequest(request("R-BEFORE", EAST, start.minusSeconds(1)));
      gap.addRequest(request("R-END", EAST, end));

      assertThat(row(gap.report(CONTEXT, List.of(community(EAST, "500103003"))), EAST).requests())
          .isEqualTo(1);
    }

    @Test
    void serveARequestOfThePeriodOnceByTheFirstOrderStartedBeforeItsEnd() {
      GapAggregation gap = GapAggregation.of(catalogue(meals("S-E", EAST, 1)), Q2);
      gap.addRequest(request("R1", EAST, APRIL));
      gap.addRequest(request("R-OLD", EAST, start.minusSeconds(3600)));
      gap.addRequest(request("R-LATE", EAST, end.minusSeconds(3600)));
      gap.addOrder(order("O1", "R1", "S-E", APRIL, 5));
      gap.addOrder(order("O1-AGAIN", "R1", "S-E", APRIL, 9));
      gap.addOrder(order("O-OLD", "R-OLD", "S-E", start.minusSeconds(3600), 2));
      gap.addOrder(order("O-LATE", "R-LATE", "S-E", end.minusSeconds(3600), 1));

      GapRow east = row(gap.report(CONTEXT, List.of(community(EAST, "500103003"))), EAST);
      assertThat(east.requests()).isEqualTo(2);
      assertThat(east.servedRequests()).isEqualTo(1);
      assertThat(east.medianWait()).contains(Duration.ofHours(5));
      assertThat(east.p90Wait()).contains(Duration.ofHours(5));
    }

    @Test
    void placeAnOrderWithoutItsRequestByAServiceOfOneCommunityOnly() {
      ImmutableService both = meals("S-BOTH", EAST, 1).withCommunities(EAST, WEST);
      GapAggregation gap = GapAggregation.of(catalogue(meals("S-E", EAST, 1), both), Q2);
      gap.addOrder(order("O-E", "R-NONE", "S-E", APRIL, 1));
      gap.addOrder(order("O-BOTH", "R-NONE", "S-BOTH", APRIL, 1));
      gap.addOrder(order("O-X", "R-NONE", "S-UNKNOWN", APRIL, 1));
      gap.addDelivery(delivery("D-E", "O-E", APRIL, "3", DeliveryOutcome.COMPLETED));
      gap.addDelivery(delivery("D-FIRST", "O-E", start, "1", DeliveryOutcome.COMPLETED));
      gap.addDelivery(delivery("D-END", "O-E", end, "100", DeliveryOutcome.COMPLETED));
      gap.addDelivery(delivery("D-BOTH", "O-BOTH", APRIL, "7", DeliveryOutcome.COMPLETED));

      GapReport report =
          gap.report(CONTEXT, List.of(community(EAST, "500103003"), community(WEST, "500103003")));
      assertThat(report.unplacedOrders()).isEqualTo(2);
      assertThat(report.unplacedDeliveries()).isEqualTo(1);
      assertThat(row(report, EAST).delivered())
          .containsEntry(CapacityUnit.MEALS, new BigDecimal("4"));
    }
  }

  @Nested
  class TheJudgedUnit {
    private final ImmutableService hours =
        meals("S-H", EAST, 1)
            .withId(org.communitygov.model.service.ServiceId.of("S-H"))
            .withCapacities(Capacity.of(10, CapacityUnit.HOURS, CapacityPeriod.DAY));

    private org.communitygov.model.service.DeliveryRecord hoursDelivered(String id, String n) {
      var mealsRecord =
          (org.communitygov.model.service.ImmutableDeliveryRecord)
              delivery(id, "O-H", APRIL, "1", DeliveryOutcome.COMPLETED);
      return mealsRecord.withUnits(
          org.communitygov.model.service.DeliveredUnits.of(new BigDecimal(n), CapacityUnit.HOURS));
    }

    private Optional<CapacityUnit> judged(
        ImmutableService meals,
        ImmutableService hours,
        String mealsDelivered,
        String hoursDelivered) {
      GapAggregation gap = GapAggregation.of(catalogue(meals, hours), Q2);
      gap.addOrder(order("O-M", "R-NONE", "S-E", APRIL, 1));
      gap.addOrder(order("O-H", "R-NONE", "S-H", APRIL, 1));
      gap.addDelivery(delivery("D-M", "O-M", APRIL, mealsDelivered, DeliveryOutcome.COMPLETED));
      gap.addDelivery(hoursDelivered("D-H", hoursDelivered));
      return gap.report(CONTEXT, List.of(community(EAST, "500103003"))).rows().get(0).judgedUnit();
    }

    @Test
    void isTheUnitWithCapacityMostUsed() {
      // 91 meals and 910 hours over the quarter.
      assertThat(judged(meals("S-E", EAST, 1), hours, "80", "100")).contains(CapacityUnit.MEALS);
      assertThat(judged(meals("S-E", EAST, 1), hours, "10", "900")).contains(CapacityUnit.HOURS);
      assertThat(judged(meals("S-E", EAST, 1), hours, "0", "1")).contains(CapacityUnit.HOURS);
    }

    @Test
    void withoutCapacityIsTheUnitMostDelivered() {
      ImmutableService noMeals = meals("S-E", EAST, 1).withCapacities();
      ImmutableService noHours = hours.withCapacities();
      assertThat(judged(noMeals, noHours, "5", "9")).contains(CapacityUnit.HOURS);
      assertThat(judged(noMeals, noHours, "9", "5")).contains(CapacityUnit.MEALS);
      assertThat(judged(noMeals, noHours, "0", "5")).contains(CapacityUnit.HOURS);
      assertThat(judged(noMeals, noHours, "0", "0")).isEmpty();
    }
  }
}
