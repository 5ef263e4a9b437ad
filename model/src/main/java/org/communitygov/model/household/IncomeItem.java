package org.communitygov.model.household;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.communitygov.model.common.DateRange;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.common.Money;
import org.immutables.value.Value;

/**
 * An amount of income received over a period, by one member or by the household as a whole. Income
 * is sensitive (金融账户 and 特定身份 in PIPL 第二十八条); {@code toString()} does not show it.
 *
 * <p>The period must have an end: an amount belongs to a known span of time, from which a means
 * test derives a monthly average.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIncomeItem.class)
@JsonDeserialize(as = ImmutableIncomeItem.class)
public abstract class IncomeItem {
  IncomeItem() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static ImmutableIncomeItem.Builder builder() {
    return ImmutableIncomeItem.builder();
  }

  /**
   * Returns the member who received the income, or empty for the household as a whole.
   *
   * @return the member, not null
   */
  public abstract Optional<PersonId> person();

  /**
   * Returns the type of income.
   *
   * @return the type, not null
   */
  public abstract IncomeType type();

  /**
   * Returns the amount received over the period (net where the type is net).
   *
   * @return the amount, not null
   */
  public abstract Money amount();

  /**
   * Returns the period the amount covers; it has an end.
   *
   * @return the period, not null
   */
  public abstract DateRange period();

  @Value.Check
  void check() {
    if (period().isOpenEnded()) {
      throw InvalidValueException.of(
          "period", "openEnded", "an income amount covers a period with an end");
    }
  }

  @Override
  public String toString() {
    return "IncomeItem{type=" + type() + ", period=" + period() + ", amount=redacted}";
  }
}
