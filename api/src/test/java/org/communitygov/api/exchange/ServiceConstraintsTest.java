package org.communitygov.api.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import org.communitygov.api.hsds.HepingliCatalogue;
import org.communitygov.model.service.DeliveredUnits;
import org.communitygov.model.service.DeliveryId;
import org.communitygov.model.service.RatingDimension;
import org.communitygov.model.service.SatisfactionFeedback;
import org.communitygov.model.service.Service;
import org.communitygov.model.service.ServiceCatalogue;
import org.junit.jupiter.api.Test;

/**
 * The Bean Validation constraints of the service types work with the validator the exchange uses:
 * every annotation sits on a type its validator supports, and a violation names its path.
 */
class ServiceConstraintsTest {
  final Validator validator = BeanValidation.newValidator();

  @Test
  void acceptTheHepingliCatalogueAndReachEveryNestedType() {
    ServiceCatalogue catalogue = HepingliCatalogue.catalogue();
    assertThat(validator.validate(catalogue)).isEmpty();
  }

  @Test
  void reportATooLongDescriptionByItsPath() {
    ServiceCatalogue catalogue = HepingliCatalogue.catalogue();
    Service longer =
        Service.builder().from(catalogue.services().get(0)).description("长".repeat(2001)).build();
    Set<ConstraintViolation<ServiceCatalogue>> violations =
        validator.validate(
            ServiceCatalogue.builder().from(catalogue).services(Set.of(longer)).build());

    assertThat(violations)
        .singleElement()
        .satisfies(v -> assertThat(v.getPropertyPath()).hasToString("services[0].description"));
  }

  @Test
  void checkTheContainerElementsOfOptionalsAndMaps() {
    SatisfactionFeedback feedback =
        SatisfactionFeedback.builder()
            .delivery(DeliveryId.of("D-1"))
            .givenAt(Instant.parse("2026-03-03T08:00:00Z"))
            .putRating(RatingDimension.OVERALL, 4)
            .build();
    assertThat(validator.validate(feedback)).isEmpty();
    assertThat(
            validator.validate(
                DeliveredUnits.of(
                    BigDecimal.ONE, org.communitygov.model.service.CapacityUnit.HOURS)))
        .isEmpty();
  }
}
