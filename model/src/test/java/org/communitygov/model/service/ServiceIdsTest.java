package org.communitygov.model.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitygov.model.common.InvalidValues.assertInvalid;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.communitygov.model.common.Identifier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The typed ids of the package: one behaviour each, so one parameterized test for all. */
class ServiceIdsTest {
  static Stream<Arguments> ids() {
    List<Object[]> ids =
        List.of(
            new Object[] {"providerId", (Function<String, Identifier>) ProviderId::of},
            new Object[] {"serviceId", (Function<String, Identifier>) ServiceId::of},
            new Object[] {"siteId", (Function<String, Identifier>) SiteId::of},
            new Object[] {"serviceRequestId", (Function<String, Identifier>) ServiceRequestId::of},
            new Object[] {"serviceOrderId", (Function<String, Identifier>) ServiceOrderId::of},
            new Object[] {"deliveryId", (Function<String, Identifier>) DeliveryId::of},
            new Object[] {"workerId", (Function<String, Identifier>) WorkerId::of},
            new Object[] {"actorId", (Function<String, Identifier>) ActorId::of});
    return ids.stream().map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  void keepsAValidValueAndRefusesAnotherWithItsOwnCode(
      String attribute, Function<String, Identifier> of) {
    assertThat(of.apply("S-001").value()).isEqualTo("S-001");
    assertThat(of.apply("S-001")).isEqualTo(of.apply("S-001")).isNotEqualTo(ServiceId.of("x"));
    assertInvalid(attribute + ".pattern", () -> of.apply("-bad"));
  }
}
