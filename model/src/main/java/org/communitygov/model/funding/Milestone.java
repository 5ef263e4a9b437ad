package org.communitygov.model.funding;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.common.Money;
import org.immutables.value.Value;

/**
 * A milestone of a purchase-of-service contract and its place in the payment schedule: what is to
 * be delivered by when, what is paid when it is met, and the date it was accepted as met.
 *
 * <p>Invariants: the code is of {@code [A-Za-z0-9._-]{1,16}}; the payment is positive ({@code
 * milestone.code}, {@code milestone.payment}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableMilestone.class)
@JsonDeserialize(as = ImmutableMilestone.class)
public abstract class Milestone {
  /** The pattern of a milestone's code. */
  public static final String CODE_PATTERN = "^[A-Za-z0-9._-]{1,16}$";

  Milestone() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static ImmutableMilestone.Builder builder() {
    return ImmutableMilestone.builder();
  }

  /**
   * Returns the milestone's code, unique in its contract, such as {@code M1}.
   *
   * @return the code, not null
   */
  @Pattern(regexp = CODE_PATTERN)
  public abstract String code();

  /**
   * Returns what is to be delivered.
   *
   * @return the description, not null
   */
  @Size(max = 300)
  public abstract String deliverable();

  /**
   * Returns the date it is due.
   *
   * @return the date, not null
   */
  public abstract LocalDate dueOn();

  /**
   * Returns what is paid when it is met.
   *
   * @return the payment, positive, not null
   */
  public abstract Money payment();

  /**
   * Returns the date the buyer accepted it as met, if it has.
   *
   * @return the date, not null
   */
  public abstract Optional<LocalDate> metOn();

  /**
   * Tells whether the milestone was met on or before a date.
   *
   * @param date the date, not null
   * @return true if accepted as met on or before it
   */
  public final boolean isMetOn(LocalDate date) {
    return metOn().filter(m -> !m.isAfter(date)).isPresent();
  }

  @Value.Check
  void check() {
    if (!code().matches(CODE_PATTERN)) {
      throw InvalidValueException.of("milestone", "code", "a code of 1 to 16 letters or digits");
    }
    if (!payment().isPositive()) {
      throw InvalidValueException.of("milestone", "payment", "a milestone's payment is positive");
    }
  }
}
