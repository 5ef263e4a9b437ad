package org.communitygov.model.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Optional;
import org.communitygov.model.common.Extensions;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.common.LocalizedName;
import org.communitygov.model.community.CommunityId;
import org.immutables.value.Value;

/**
 * A place where services are delivered: a community service centre, a station, a canteen, an outlet
 * (HSDS {@code location}).
 *
 * <p>Invariant: latitude and longitude are given together, within −90..90 and −180..180 ({@code
 * site.coordinates}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableSite.class)
@JsonDeserialize(as = ImmutableSite.class)
public abstract class Site {
  Site() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static ImmutableSite.Builder builder() {
    return ImmutableSite.builder();
  }

  /**
   * Returns the site's identifier.
   *
   * @return the identifier, not null
   */
  public abstract SiteId id();

  /**
   * Returns the site's name.
   *
   * @return the name, not null
   */
  @Valid
  public abstract LocalizedName name();

  /**
   * Returns the street address, if known, such as 和平里七区16号楼.
   *
   * @return the address, not null
   */
  public abstract Optional<@Size(max = 200) String> address();

  /**
   * Returns the community the site lies in, if recorded.
   *
   * @return the community, not null
   */
  public abstract Optional<CommunityId> community();

  /**
   * Returns the latitude in degrees (WGS 84), if known.
   *
   * @return the latitude, not null
   */
  public abstract Optional<@DecimalMin("-90") @DecimalMax("90") BigDecimal> latitude();

  /**
   * Returns the longitude in degrees (WGS 84), if known.
   *
   * @return the longitude, not null
   */
  public abstract Optional<@DecimalMin("-180") @DecimalMax("180") BigDecimal> longitude();

  /**
   * Returns the local additions of the issuing system, kept on a read–write round trip.
   *
   * @return the extensions, not null
   */
  @Value.Default
  public Extensions extensions() {
    return Extensions.empty();
  }

  @Value.Check
  void check() {
    if (latitude().isPresent() != longitude().isPresent()
        || latitude().filter(l -> l.abs().compareTo(BigDecimal.valueOf(90)) > 0).isPresent()
        || longitude().filter(l -> l.abs().compareTo(BigDecimal.valueOf(180)) > 0).isPresent()) {
      throw InvalidValueException.of(
          "site",
          "coordinates",
          "latitude (-90..90) and longitude (-180..180) are given together or not at all");
    }
  }
}
