package org.communitygov.model.household;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.communitygov.model.common.InvalidValueException;
import org.immutables.value.Value;

/**
 * A disability as its certificate (残疾人证) records it: a category and a grade from 1 (most severe) to
 * 4 (mildest). Disability data is sensitive personal information; {@code toString()} does not show
 * it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDisability.class)
@JsonDeserialize(as = ImmutableDisability.class)
public abstract class Disability {
  /** The most severe grade, 一级. */
  public static final int MOST_SEVERE_GRADE = 1;

  /** The mildest grade, 四级. */
  public static final int MILDEST_GRADE = 4;

  Disability() {}

  /**
   * Obtains a disability.
   *
   * @param category the category, not null
   * @param grade the grade, 1 (most severe) to 4
   * @return the disability, not null
   * @throws InvalidValueException if the grade is not 1 to 4
   */
  public static Disability of(DisabilityCategory category, int grade) {
    return ImmutableDisability.builder().category(category).grade(grade).build();
  }

  /**
   * Returns the category.
   *
   * @return the category, not null
   */
  public abstract DisabilityCategory category();

  /**
   * Returns the grade, 1 (most severe) to 4 (mildest).
   *
   * @return the grade
   */
  @Min(MOST_SEVERE_GRADE)
  @Max(MILDEST_GRADE)
  public abstract int grade();

  /**
   * Tells whether the grade is 1 or 2 (重度残疾).
   *
   * @return true for grades 1 and 2
   */
  @JsonIgnore
  public boolean isSevere() {
    return grade() <= 2;
  }

  @Value.Check
  void check() {
    if (grade() < MOST_SEVERE_GRADE || grade() > MILDEST_GRADE) {
      throw InvalidValueException.of("grade", "range", "a disability grade is 1 to 4");
    }
  }

  @Override
  public String toString() {
    return "Disability{redacted}";
  }
}
