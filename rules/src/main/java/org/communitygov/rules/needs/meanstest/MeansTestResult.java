package org.communitygov.rules.needs.meanstest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.communitygov.model.common.Money;
import org.communitygov.model.common.SensitiveCategory;
import org.communitygov.rules.engine.Outcome;
import org.immutables.value.Value;

/**
 * The outcome of a 低保 or 低保边缘 means test: eligible or not, with the figures that decided.
 *
 * <p>Codes: {@code ELIGIBLE}, {@code NOT_ELIGIBLE}, and for 低保边缘 {@code ELIGIBLE_FOR_MLG} (income
 * below the 低保 standard itself: the household is means-tested for 低保 instead). Details: {@code
 * countedMembers}, {@code perCapitaIncome}, {@code standard}, {@code propertyTest} ({@code PASSED}
 * / {@code FAILED}) and, for an eligible 低保 household, {@code monthlyBenefit}. This class is
 * immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class MeansTestResult implements Outcome {
  /** The code of an eligible household. */
  public static final String ELIGIBLE = "ELIGIBLE";

  /** The code of a household that is not eligible. */
  public static final String NOT_ELIGIBLE = "NOT_ELIGIBLE";

  /** The code of a 低保边缘 test whose household qualifies for 低保 itself. */
  public static final String ELIGIBLE_FOR_MLG = "ELIGIBLE_FOR_MLG";

  MeansTestResult() {}

  /**
   * Returns a builder.
   *
   * @return the builder, not null
   */
  public static ImmutableMeansTestResult.Builder builder() {
    return ImmutableMeansTestResult.builder();
  }

  @Override
  @Value.Parameter
  public abstract String code();

  /**
   * Tells whether the household is eligible.
   *
   * @return true if the code is {@link #ELIGIBLE}
   */
  public boolean eligible() {
    return code().equals(ELIGIBLE);
  }

  /**
   * Returns the number of counted members (共同生活的家庭成员).
   *
   * @return the number, 0 or more
   */
  @Value.Parameter
  public abstract int countedMembers();

  /**
   * Returns the per-capita monthly income, in the currency of the standard, to its minor unit.
   *
   * @return the income, not null
   */
  @Value.Redacted
  @Value.Parameter
  public abstract Money perCapitaIncome();

  /**
   * Returns the local 低保 standard applied, CNY per person and month.
   *
   * @return the standard, not null
   */
  @Value.Parameter
  public abstract Money standard();

  /**
   * Tells whether the property conditions were met.
   *
   * @return true if met
   */
  @Value.Parameter
  public abstract boolean propertyTestPassed();

  /**
   * Returns the monthly benefit of an eligible 低保 household ((standard − per-capita income) ×
   * counted members, rounded by {@code mlg.benefit.rounding}).
   *
   * @return the benefit, not null
   */
  @Value.Redacted
  @Value.Parameter
  public abstract Optional<Money> monthlyBenefit();

  @Override
  public Map<String, String> details() {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("countedMembers", String.valueOf(countedMembers()));
    details.put("perCapitaIncome", perCapitaIncome().amount().toPlainString());
    details.put("standard", standard().amount().toPlainString());
    details.put("propertyTest", propertyTestPassed() ? "PASSED" : "FAILED");
    monthlyBenefit().ifPresent(b -> details.put("monthlyBenefit", b.amount().toPlainString()));
    return details;
  }

  /** The per-capita income and the benefit are financial data. */
  @Override
  public Optional<SensitiveCategory> detailSensitivity(String name) {
    return name.equals("perCapitaIncome") || name.equals("monthlyBenefit")
        ? Optional.of(SensitiveCategory.FINANCIAL)
        : Optional.empty();
  }
}
