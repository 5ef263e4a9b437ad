package org.communitygov.model.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitygov.model.common.InvalidValues.assertInvalid;

import java.util.Currency;
import org.communitygov.model.common.InvalidValueException;
import org.junit.jupiter.api.Test;

class ServiceCatalogueTest {
  static ServiceCatalogue catalogue() {
    return ServiceCatalogue.builder()
        .addProvider(ServiceFixtures.kitchen())
        .addSite(ServiceFixtures.canteen())
        .addService(ServiceFixtures.meals())
        .build();
  }

  @Test
  void findsProvidersAndSitesById() {
    ServiceCatalogue catalogue = catalogue();
    assertThat(catalogue.provider(ServiceFixtures.KITCHEN)).contains(ServiceFixtures.kitchen());
    assertThat(catalogue.site(SiteId.of("nowhere"))).isEmpty();
    assertThat(catalogue.currency().getCurrencyCode()).isEqualTo("CNY");
  }

  @Test
  void refusesAFeeInAnotherCurrencyThanTheCatalogues() {
    InvalidValueException e =
        assertInvalid(
            "services.feeCurrency",
            () ->
                ServiceCatalogue.builder()
                    .from(catalogue())
                    .currency(Currency.getInstance("HKD"))
                    .build());
    assertThat(e.pointer()).contains("/services/0/fees/0");
    assertThat(e.arguments()).containsEntry("expected", "HKD").containsEntry("actual", "CNY");
  }

  @Test
  void refusesAServiceOfAnUnknownProvider() {
    InvalidValueException e =
        assertInvalid(
            "services.unknownProvider",
            () ->
                ServiceCatalogue.builder()
                    .from(catalogue())
                    .providers(java.util.List.of())
                    .build());
    assertThat(e.pointer()).contains("/services/0/provider");
  }

  @Test
  void refusesAServiceAtAnUnknownSite() {
    InvalidValueException e =
        assertInvalid(
            "services.unknownSite",
            () -> ServiceCatalogue.builder().from(catalogue()).sites(java.util.List.of()).build());
    assertThat(e.pointer()).contains("/services/0/sites/0");
  }

  @Test
  void refusesTwoServicesOfOneId() {
    assertInvalid(
        "services.duplicate",
        () ->
            ServiceCatalogue.builder()
                .from(catalogue())
                .addService(ServiceFixtures.meals())
                .build());
  }

  @Test
  void printsOnlyCounts() {
    assertThat(catalogue().toString())
        .isEqualTo("ServiceCatalogue{providers=1, sites=1, services=1}");
  }
}
