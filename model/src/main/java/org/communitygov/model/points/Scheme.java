package org.communitygov.model.points;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.communitygov.model.common.DivisionCode;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.common.LocalizedName;
import org.communitygov.model.community.CommunityId;
import org.communitygov.model.ledger.Unit;
import org.immutables.value.Value;

/**
 * A community points scheme (积分制) or time bank (时间银行): who holds it (a community or an operator),
 * where it runs, and its policies, each in force from its date until the next.
 *
 * <p>Invariants checked when it is built: a community or an operator, not both; at least one
 * policy; policies in strictly increasing order of their effective dates.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableScheme.class)
@JsonDeserialize(as = ImmutableScheme.class)
public abstract class Scheme {
  Scheme() {}

  /**
   * Returns a builder.
   *
   * @return the builder, not null
   */
  public static ImmutableScheme.Builder builder() {
    return ImmutableScheme.builder();
  }

  /**
   * Returns the scheme's id; its ledger has the same id.
   *
   * @return the id, not null
   */
  public abstract SchemeId id();

  /**
   * Returns whether it counts points or time-bank hours.
   *
   * @return the kind, not null
   */
  public abstract SchemeKind kind();

  /**
   * Returns the scheme's name, shown in explanations as the place of its terms.
   *
   * @return the name, not null
   */
  public abstract @Valid LocalizedName name();

  /**
   * Returns the community that holds the scheme, if a community holds it.
   *
   * @return the community, not null
   */
  public abstract Optional<CommunityId> community();

  /**
   * Returns the operator (a social organisation, a platform) that holds the scheme, if one does.
   *
   * @return the operator's name, not null
   */
  public abstract Optional<@Valid LocalizedName> operator();

  /**
   * Returns the administrative division where the scheme runs.
   *
   * @return the division, not null
   */
  public abstract DivisionCode division();

  /**
   * Returns the policies, in increasing order of their effective dates.
   *
   * @return the policies, at least one, not null
   */
  public abstract List<@Valid SchemePolicy> policies();

  /**
   * Returns the unit of the scheme's accounts.
   *
   * @return the unit, not null
   */
  public final Unit unit() {
    return kind().unit();
  }

  /**
   * Returns the policy in force on a date: the last one effective on or before it.
   *
   * @param date the date, not null
   * @return the policy, or empty before the first
   */
  public Optional<SchemePolicy> policyOn(LocalDate date) {
    SchemePolicy found = null;
    for (SchemePolicy policy : policies()) {
      if (policy.effectiveFrom().isAfter(date)) {
        break;
      }
      found = policy;
    }
    return Optional.ofNullable(found);
  }

  @Value.Check
  void check() {
    if (community().isPresent() == operator().isPresent()) {
      throw InvalidValueException.of(
          "scheme", "holder", "a scheme is held by a community or by an operator");
    }
    if (policies().isEmpty()) {
      throw InvalidValueException.of("scheme", "policies", "a scheme has a policy");
    }
    for (int i = 1; i < policies().size(); i++) {
      if (!policies().get(i).effectiveFrom().isAfter(policies().get(i - 1).effectiveFrom())) {
        throw InvalidValueException.of(
            "scheme",
            "policyOrder",
            "policies are in strictly increasing order of their effective dates");
      }
    }
  }
}
