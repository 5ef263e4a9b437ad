package org.communitygov.model.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitygov.model.common.InvalidValues.assertInvalid;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SiteTest {
  @Test
  void takesLatitudeAndLongitudeTogether() {
    Site site =
        Site.builder()
            .from(ServiceFixtures.canteen())
            .latitude(new BigDecimal("39.9612"))
            .longitude(new BigDecimal("116.4170"))
            .build();
    assertThat(site.latitude()).contains(new BigDecimal("39.9612"));
    assertInvalid(
        "site.coordinates",
        () -> Site.builder().from(ServiceFixtures.canteen()).latitude(BigDecimal.ONE).build());
  }

  @Test
  void refusesCoordinatesOffTheGlobe() {
    assertInvalid(
        "site.coordinates",
        () ->
            Site.builder()
                .from(ServiceFixtures.canteen())
                .latitude(new BigDecimal("90.1"))
                .longitude(BigDecimal.ZERO)
                .build());
    assertInvalid(
        "site.coordinates",
        () ->
            Site.builder()
                .from(ServiceFixtures.canteen())
                .latitude(BigDecimal.ZERO)
                .longitude(new BigDecimal("-180.5"))
                .build());
  }
}
