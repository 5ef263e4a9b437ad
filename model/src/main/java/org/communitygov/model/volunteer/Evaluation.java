package org.communitygov.model.volunteer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.communitygov.model.common.InvalidValueException;
import org.immutables.value.Value;

/**
 * An evaluation (评价情况, 民政部令第67号 第四条): who rated a volunteer's service, the rating from 1 (poor) to
 * 5 (excellent), when, and the record it is about, if one.
 *
 * <p>An evaluation is identified by its {@link #id()}, where the system that recorded it gives one:
 * an {@code EVALUATIONS} exchange document checks that no two of its evaluations share one (ADR
 * 0119). Without an id it is not identified (as in the files that came before ids).
 *
 * <p>Invariant: the rating is 1 to 5 ({@code evaluation.rating}, at {@code /rating}). The comment
 * may describe the person served: {@code toString()} hides it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableEvaluation.class)
@JsonDeserialize(as = ImmutableEvaluation.class)
public abstract class Evaluation {
  Evaluation() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static ImmutableEvaluation.Builder builder() {
    return ImmutableEvaluation.builder();
  }

  /**
   * Returns the evaluation's identifier, if the system that recorded it gives one.
   *
   * @return the identifier, not null
   */
  public abstract Optional<EvaluationId> id();

  /**
   * Returns the volunteer evaluated.
   *
   * @return the volunteer number, not null
   */
  public abstract VolunteerId volunteer();

  /**
   * Returns the service record evaluated, if the evaluation is about one.
   *
   * @return the record, not null
   */
  public abstract Optional<ServiceRecordId> record();

  /**
   * Returns who evaluated: the organiser, the person served or a role.
   *
   * @return the evaluator, not null
   */
  @NotBlank
  @Size(max = 100)
  public abstract String evaluator();

  /**
   * Returns the rating, 1 (poor) to 5 (excellent).
   *
   * @return the rating
   */
  @Min(1)
  @Max(5)
  public abstract int rating();

  /**
   * Returns the date of the evaluation.
   *
   * @return the date, not null
   */
  public abstract LocalDate date();

  /**
   * Returns a comment, if any.
   *
   * @return the comment, not null
   */
  @Value.Redacted
  public abstract Optional<@Size(max = 1000) String> comment();

  @Value.Check
  void check() {
    if (rating() < 1 || rating() > 5) {
      throw InvalidValueException.of(
          "evaluation", "rating", "a rating is 1 to 5", "/rating", Map.of());
    }
  }
}
