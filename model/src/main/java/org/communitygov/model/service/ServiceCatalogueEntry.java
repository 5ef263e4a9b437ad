package org.communitygov.model.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import java.util.Optional;
import java.util.stream.Stream;
import org.communitygov.model.common.InvalidValueException;
import org.immutables.value.Value;

/**
 * One entry of a service catalogue sent as a stream: exactly one provider, site or service, written
 * {@code {"provider": …}}, {@code {"site": …}} or {@code {"service": …}}.
 *
 * <p>A {@link ServiceCatalogue} holds its providers, sites and services in three lists; a catalogue
 * of any size travels as a stream of entries instead, in which a service refers to a provider and
 * sites of the same stream. Invariant: exactly one member ({@code entry.oneOf}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableServiceCatalogueEntry.class)
@JsonDeserialize(as = ImmutableServiceCatalogueEntry.class)
public abstract class ServiceCatalogueEntry {
  ServiceCatalogueEntry() {}

  /**
   * Obtains the entry of a provider.
   *
   * @param provider the provider, not null
   * @return the entry, not null
   */
  public static ServiceCatalogueEntry of(Provider provider) {
    return ImmutableServiceCatalogueEntry.builder().provider(provider).build();
  }

  /**
   * Obtains the entry of a site.
   *
   * @param site the site, not null
   * @return the entry, not null
   */
  public static ServiceCatalogueEntry of(Site site) {
    return ImmutableServiceCatalogueEntry.builder().site(site).build();
  }

  /**
   * Obtains the entry of a service.
   *
   * @param service the service, not null
   * @return the entry, not null
   */
  public static ServiceCatalogueEntry of(Service service) {
    return ImmutableServiceCatalogueEntry.builder().service(service).build();
  }

  /**
   * Returns the provider, if this entry is one.
   *
   * @return the provider, not null
   */
  public abstract Optional<@Valid Provider> provider();

  /**
   * Returns the site, if this entry is one.
   *
   * @return the site, not null
   */
  public abstract Optional<@Valid Site> site();

  /**
   * Returns the service, if this entry is one.
   *
   * @return the service, not null
   */
  public abstract Optional<@Valid Service> service();

  @Value.Check
  void check() {
    long present = Stream.of(provider(), site(), service()).filter(Optional::isPresent).count();
    if (present != 1) {
      throw InvalidValueException.of(
          "entry", "oneOf", "an entry holds exactly one of provider, site and service");
    }
  }
}
