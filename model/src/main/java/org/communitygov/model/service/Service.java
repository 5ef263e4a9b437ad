package org.communitygov.model.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.communitygov.model.common.Extensions;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.common.LocalizedName;
import org.communitygov.model.community.CommunityId;
import org.communitygov.model.household.PopulationGroup;
import org.immutables.value.Value;

/**
 * A service of the catalogue (服务项目): what is offered, in which category and supply mode, by which
 * provider, to which communities and groups, where, when, how much of it and at what fee.
 *
 * <p>Invariants: all fees are in one currency ({@code fees.currency}), at most one fee per group
 * ({@code fees.duplicateGroup}); a community or site is listed once ({@code communities.duplicate},
 * {@code sites.duplicate}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableService.class)
@JsonDeserialize(as = ImmutableService.class)
public abstract class Service {
  Service() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static ImmutableService.Builder builder() {
    return ImmutableService.builder();
  }

  /**
   * Returns the service's identifier.
   *
   * @return the identifier, not null
   */
  public abstract ServiceId id();

  /**
   * Returns the service's name.
   *
   * @return the name, not null
   */
  @Valid
  public abstract LocalizedName name();

  /**
   * Returns a description, if any.
   *
   * @return the description, not null
   */
  public abstract Optional<@Size(max = 2000) String> description();

  /**
   * Returns the category.
   *
   * @return the category, not null
   */
  public abstract ServiceCategory category();

  /**
   * Returns how it is supplied.
   *
   * @return the supply mode, not null
   */
  public abstract SupplyMode supplyMode();

  /**
   * Returns the provider that delivers it.
   *
   * @return the provider, not null
   */
  public abstract ProviderId provider();

  /**
   * Returns whether it is offered now.
   *
   * @return the status, not null
   */
  public abstract ServiceStatus status();

  /**
   * Returns the communities it serves.
   *
   * @return the communities, not null
   */
  public abstract List<CommunityId> communities();

  /**
   * Returns the sites where it is delivered; empty for a service delivered at home only.
   *
   * @return the sites, not null
   */
  public abstract List<SiteId> sites();

  /**
   * Returns the population groups it is meant for; empty for everyone.
   *
   * @return the groups, not null
   */
  public abstract Set<PopulationGroup> targetGroups();

  /**
   * Returns who may use it, if it is restricted.
   *
   * @return the eligibility, not null
   */
  public abstract Optional<@Valid EligibilityReference> eligibility();

  /**
   * Returns how much of it can be delivered, per unit and period.
   *
   * @return the capacities, not null
   */
  public abstract List<@Valid Capacity> capacities();

  /**
   * Returns its fees: the standard price and the prices of groups; empty if it is free.
   *
   * @return the fees, not null
   */
  public abstract List<@Valid Fee> fees();

  /**
   * Returns when it is offered.
   *
   * @return the schedule, not null
   */
  @Valid
  @Value.Default
  public Schedule schedule() {
    return Schedule.empty();
  }

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
   * Returns the fee a group pays: that group's fee, else the standard price.
   *
   * @param group the group, not null
   * @return the fee, empty if the service has neither, not null
   */
  public Optional<Fee> feeFor(PopulationGroup group) {
    Optional<Fee> own =
        fees().stream().filter(f -> f.group().equals(Optional.of(group))).findFirst();
    return own.or(() -> fees().stream().filter(f -> f.group().isEmpty()).findFirst());
  }

  /**
   * Returns the currency of its fees.
   *
   * @return the currency, empty if it has no fee, not null
   */
  public Optional<Currency> currency() {
    return fees().stream().findFirst().map(f -> f.price().currency());
  }

  @Value.Check
  void check() {
    Currency currency = currency().orElse(null);
    for (int i = 0; i < fees().size(); i++) {
      Fee fee = fees().get(i);
      if (!fee.price().currency().equals(currency)) {
        throw InvalidValueException.of(
            "fees",
            "currency",
            "all fees of a service are in one currency",
            "/fees/" + i,
            Map.of(
                "expected",
                String.valueOf(currency),
                "actual",
                fee.price().currency().getCurrencyCode()));
      }
      for (int j = 0; j < i; j++) {
        if (fees().get(j).group().equals(fee.group())) {
          throw InvalidValueException.of(
              "fees",
              "duplicateGroup",
              "a group has at most one fee",
              "/fees/" + i,
              Map.of("group", fee.group().map(Enum::name).orElse("standard")));
        }
      }
    }
    Unique.check("communities", communities());
    Unique.check("sites", sites());
  }

  @Override
  public String toString() {
    return "Service{id=" + id() + ", name=" + name().zh() + ", category=" + category() + "}";
  }
}
