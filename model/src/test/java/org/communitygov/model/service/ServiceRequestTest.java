package org.communitygov.model.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitygov.model.common.InvalidValues.assertInvalid;

import java.time.Instant;
import org.communitygov.model.household.HouseholdId;
import org.communitygov.model.household.PersonId;
import org.communitygov.model.needs.Need;
import org.communitygov.model.needs.NeedCategory;
import org.communitygov.model.needs.NeedPriority;
import org.junit.jupiter.api.Test;

class ServiceRequestTest {
  static ImmutableServiceRequest.Builder base() {
    return ServiceRequest.builder()
        .id(ServiceRequestId.of("R-1"))
        .requestedAt(Instant.parse("2026-03-01T01:00:00Z"))
        .channel(RequestChannel.GRID_WORKER)
        .priority(NeedPriority.HIGH);
  }

  @Test
  void takesItsCategoryFromTheNeedOrAsGiven() {
    Need need =
        Need.builder()
            .category(NeedCategory.BATHING)
            .priority(NeedPriority.HIGH)
            .evidence("家访")
            .build();
    assertThat(base().person(PersonId.of("P1")).need(need).build().needCategory())
        .isEqualTo(NeedCategory.BATHING);
    ServiceRequest byCategory =
        base().household(HouseholdId.of("H1")).category(NeedCategory.CLEANING).build();
    assertThat(byCategory.needCategory()).isEqualTo(NeedCategory.CLEANING);
    assertThat(byCategory.toString()).doesNotContain("CLEANING");
  }

  @Test
  void namesAPersonOrAHousehold() {
    assertInvalid("serviceRequest.requester", () -> base().category(NeedCategory.CLEANING).build());
  }

  @Test
  void givesANeedOrACategoryNotBoth() {
    assertInvalid("serviceRequest.need", () -> base().person(PersonId.of("P1")).build());
    Need need =
        Need.builder()
            .category(NeedCategory.BATHING)
            .priority(NeedPriority.LOW)
            .evidence("x")
            .build();
    assertInvalid(
        "serviceRequest.need",
        () -> base().person(PersonId.of("P1")).need(need).category(NeedCategory.BATHING).build());
  }
}
