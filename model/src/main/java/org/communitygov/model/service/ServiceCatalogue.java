package org.communitygov.model.service;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.communitygov.model.common.Extensions;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.common.Money;
import org.immutables.value.Value;

/**
 * A service catalogue: the providers, the sites and the services of a community or a district, with
 * the one currency of its fees.
 *
 * <p>Invariants: provider, site and service ids are unique ({@code providers.duplicate}, {@code
 * sites.duplicate}, {@code services.duplicate}); a service names a provider and sites of the
 * catalogue ({@code services.unknownProvider}, {@code services.unknownSite}); every fee is in the
 * catalogue's currency ({@code services.feeCurrency}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableServiceCatalogue.class)
@JsonDeserialize(as = ImmutableServiceCatalogue.class)
public abstract class ServiceCatalogue {
  ServiceCatalogue() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static ImmutableServiceCatalogue.Builder builder() {
    return ImmutableServiceCatalogue.builder();
  }

  /**
   * Returns the currency of every fee, CNY unless given.
   *
   * @return the currency, not null
   */
  @Value.Default
  public Currency currency() {
    return Money.CNY;
  }

  /**
   * Returns the providers.
   *
   * @return the providers, not null
   */
  public abstract List<@Valid Provider> providers();

  /**
   * Returns the sites.
   *
   * @return the sites, not null
   */
  public abstract List<@Valid Site> sites();

  /**
   * Returns the services.
   *
   * @return the services, not null
   */
  public abstract List<@Valid Service> services();

  /**
   * Returns the local additions of the issuing system, kept on a read–write round trip.
   *
   * @return the extensions, not null
   */
  @Value.Default
  public Extensions extensions() {
    return Extensions.empty();
  }

  /**
   * Returns a provider by its id.
   *
   * @param id the id, not null
   * @return the provider, empty if the catalogue has none of that id, not null
   */
  public Optional<Provider> provider(ProviderId id) {
    return providers().stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /**
   * Returns a site by its id.
   *
   * @param id the id, not null
   * @return the site, empty if the catalogue has none of that id, not null
   */
  public Optional<Site> site(SiteId id) {
    return sites().stream().filter(s -> s.id().equals(id)).findFirst();
  }

  @Value.Check
  void check() {
    Unique.check("providers", providers().stream().map(Provider::id).toList());
    Unique.check("sites", sites().stream().map(Site::id).toList());
    Unique.check("services", services().stream().map(Service::id).toList());
    Set<ProviderId> providerIds =
        providers().stream().map(Provider::id).collect(Collectors.toSet());
    Set<SiteId> siteIds = sites().stream().map(Site::id).collect(Collectors.toSet());
    for (int i = 0; i < services().size(); i++) {
      Service service = services().get(i);
      String at = "/services/" + i;
      if (!providerIds.contains(service.provider())) {
        throw InvalidValueException.of(
            "services",
            "unknownProvider",
            "a service's provider is one of the catalogue's",
            at + "/provider",
            Map.of("service", service.id().value(), "provider", service.provider().value()));
      }
      for (int j = 0; j < service.sites().size(); j++) {
        if (!siteIds.contains(service.sites().get(j))) {
          throw InvalidValueException.of(
              "services",
              "unknownSite",
              "a service's sites are the catalogue's",
              at + "/sites/" + j,
              Map.of("service", service.id().value(), "site", service.sites().get(j).value()));
        }
      }
      Optional<Currency> currency = service.currency();
      if (currency.isPresent() && !currency.get().equals(currency())) {
        throw InvalidValueException.of(
            "services",
            "feeCurrency",
            "every fee is in the catalogue's currency",
            at + "/fees/0",
            Map.of(
                "service",
                service.id().value(),
                "expected",
                currency().getCurrencyCode(),
                "actual",
                currency.get().getCurrencyCode()));
      }
    }
  }

  @Override
  public String toString() {
    return "ServiceCatalogue{providers="
        + providers().size()
        + ", sites="
        + sites().size()
        + ", services="
        + services().size()
        + "}";
  }
}
