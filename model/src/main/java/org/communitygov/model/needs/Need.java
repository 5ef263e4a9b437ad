package org.communitygov.model.needs;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.communitygov.model.common.InvalidValueException;
import org.immutables.value.Value;

/**
 * One need in a needs profile: its category, its priority, and what it came from (an assessment, or
 * other evidence such as a survey or a visit).
 *
 * <p>A need says something about a person's health, disability or situation: its {@code toString()}
 * hides the category and the evidence.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableNeed.class)
@JsonDeserialize(as = ImmutableNeed.class)
public abstract class Need {
  Need() {}

  /**
   * Returns a builder.
   *
   * @return the builder, not null
   */
  public static ImmutableNeed.Builder builder() {
    return ImmutableNeed.builder();
  }

  /**
   * Returns the category.
   *
   * @return the category, not null
   */
  @Value.Redacted
  public abstract NeedCategory category();

  /**
   * Returns the priority.
   *
   * @return the priority, not null
   */
  public abstract NeedPriority priority();

  /**
   * Returns the assessment the need was found in, if any.
   *
   * @return the assessment, not null
   */
  public abstract Optional<AssessmentId> assessment();

  /**
   * Returns other evidence of the need, such as "household visit 2024-03-02", if any.
   *
   * @return the evidence, not null
   */
  @Value.Redacted
  public abstract Optional<String> evidence();

  @Value.Check
  void check() {
    if (assessment().isEmpty() && evidence().filter(e -> !e.isBlank()).isEmpty()) {
      throw InvalidValueException.of(
          "need", "source", "a need comes from an assessment or names its evidence");
    }
  }
}
