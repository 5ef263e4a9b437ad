package org.communitygov.model.household;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.communitygov.model.common.DateRange;
import org.communitygov.model.common.InvalidValueException;
import org.immutables.value.Value;

/**
 * A person's membership of a household over a period, in one role.
 *
 * <p>A change of role is two memberships that meet: a spouse who becomes head on 1 June has {@code
 * SPOUSE 2010-05-01/2024-06-01} and {@code HEAD 2024-06-01/..}. The period is half-open (see {@link
 * DateRange}); a leaving reason is given only when the period has ended.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMembership.class)
@JsonDeserialize(as = ImmutableMembership.class)
public abstract class Membership {
  Membership() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static ImmutableMembership.Builder builder() {
    return ImmutableMembership.builder();
  }

  /**
   * Obtains an open-ended membership without recorded reasons.
   *
   * @param person the member, not null
   * @param role the role, not null
   * @param start the first day of membership, not null
   * @return the membership, not null
   */
  public static Membership of(PersonId person, MemberRole role, LocalDate start) {
    return builder().person(person).role(role).period(DateRange.ofOpenEnded(start)).build();
  }

  /**
   * Returns the member.
   *
   * @return the person's identifier, not null
   */
  public abstract PersonId person();

  /**
   * Returns the member's relation to the head during the period.
   *
   * @return the role, not null
   */
  public abstract MemberRole role();

  /**
   * Returns the period of membership, start inclusive, end exclusive.
   *
   * @return the period, not null
   */
  public abstract DateRange period();

  /**
   * Returns why the person joined, if recorded.
   *
   * @return the reason, not null
   */
  public abstract Optional<MembershipChange> joinReason();

  /**
   * Returns why the person left, if the membership has ended and a reason was recorded.
   *
   * @return the reason, not null
   */
  public abstract Optional<MembershipChange> leaveReason();

  /**
   * Tells whether the membership covers a date.
   *
   * @param date the date, not null
   * @return true if {@code date} lies in the period
   */
  public boolean isActiveOn(LocalDate date) {
    return period().contains(date);
  }

  @Value.Check
  void check() {
    if (leaveReason().isPresent() && period().isOpenEnded()) {
      throw InvalidValueException.of(
          "leaveReason", "openPeriod", "a leaving reason needs a period that has ended");
    }
  }
}
