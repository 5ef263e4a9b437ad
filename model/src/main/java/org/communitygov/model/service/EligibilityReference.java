package org.communitygov.model.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.util.Map;
import java.util.Optional;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.common.LocalizedName;
import org.immutables.value.Value;

/**
 * Who may use a service: a reference to an eligibility rule by its id, with the parameters the
 * service gives it, a readable description, and the age bounds where the rule has them.
 *
 * <p>The rule itself lives in {@code communitygov-rules}; the model only names it, so a catalogue
 * can be exchanged without the rules. HSDS 3.0 has only free text for eligibility: the description
 * becomes {@code eligibility_description} and the ages {@code minimum_age} and {@code maximum_age}.
 *
 * <p>Invariants: the rule id is of the form {@value #RULE_PATTERN} ({@code eligibility.rule}); ages
 * are 0 to 150 and the minimum is not above the maximum ({@code eligibility.ages}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableEligibilityReference.class)
@JsonDeserialize(as = ImmutableEligibilityReference.class)
public abstract class EligibilityReference {
  /** The pattern of a rule id: dot-separated lower-camel segments, such as {@code service.age}. */
  public static final String RULE_PATTERN = "^[a-z][A-Za-z0-9]*(\\.[a-z][A-Za-z0-9]*)*$";

  EligibilityReference() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static ImmutableEligibilityReference.Builder builder() {
    return ImmutableEligibilityReference.builder();
  }

  /**
   * Returns the id of the eligibility rule, such as {@code service.elderlyMeal}.
   *
   * @return the rule id, not null
   */
  @Pattern(regexp = RULE_PATTERN)
  public abstract String rule();

  /**
   * Returns the values the service gives the rule's parameters, by parameter name.
   *
   * @return the parameters, not null
   */
  public abstract Map<String, String> parameters();

  /**
   * Returns who may use the service, in words, in Chinese and English.
   *
   * @return the description, not null
   */
  @Valid
  public abstract LocalizedName description();

  /**
   * Returns the youngest age, in whole years, the rule admits, if it has one.
   *
   * @return the minimum age, not null
   */
  public abstract Optional<@Min(0) @Max(150) Integer> minimumAge();

  /**
   * Returns the oldest age, in whole years, the rule admits, if it has one.
   *
   * @return the maximum age, not null
   */
  public abstract Optional<@Min(0) @Max(150) Integer> maximumAge();

  @Value.Check
  void check() {
    if (!rule().matches(RULE_PATTERN)) {
      throw InvalidValueException.of(
          "eligibility", "rule", "a rule id is dot-separated lower-camel names");
    }
    int min = minimumAge().orElse(0);
    int max = maximumAge().orElse(150);
    if (min < 0 || max > 150 || min > max) {
      throw InvalidValueException.of(
          "eligibility", "ages", "ages are 0 to 150 and the minimum is not above the maximum");
    }
  }
}
