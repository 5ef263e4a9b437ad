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
   * Parses a disability code {@code CATEGORY:grade}, such as {@code MENTAL:2}: a {@link
   * DisabilityCategory} name, a colon and one ASCII digit from 1 to 4, nothing else (no sign, no
   * second grade, no other digits, no spaces).
   *
   * @param text the code, not null
   * @return the disability, not null
   * @throws InvalidValueException with code {@code disability.format} if the text is not of that
   *     form, or {@code grade.range} if the grade is not 1 to 4; the message does not quote it
   * @since 0.1.0
   */
  public static Disability parse(CharSequence text) {
    String s = text.toString();
    int colon = s.indexOf(':');
    if (colon < 0
        || s.length() != colon + 2
        || s.charAt(colon + 1) < '0'
        || s.charAt(colon + 1) > '9') {
      throw InvalidValueException.of(
          "disability", "format", "a disability is CATEGORY:grade, such as INTELLECTUAL:2");
    }
    DisabilityCategory category = null;
    for (DisabilityCategory c : DisabilityCategory.values()) {
      if (c.name().contentEquals(s.subSequence(0, colon))) {
        category = c;
      }
    }
    if (category == null) {
      throw InvalidValueException.of(
          "disability", "format", "a disability's category is one of DisabilityCategory");
    }
    return of(category, s.charAt(colon + 1) - '0');
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
