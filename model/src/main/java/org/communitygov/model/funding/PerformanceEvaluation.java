package org.communitygov.model.funding;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.communitygov.model.common.InvalidValueException;
import org.immutables.value.Value;

/**
 * A performance evaluation of a contract's provider (绩效评价, 《政府购买服务管理办法》): when, by whom, the score
 * out of 100 where one was given, and the result.
 *
 * <p>Invariant: a score is 0 to 100 ({@code performanceEvaluation.score}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutablePerformanceEvaluation.class)
@JsonDeserialize(as = ImmutablePerformanceEvaluation.class)
public abstract class PerformanceEvaluation {
  PerformanceEvaluation() {}

  /**
   * Obtains an evaluation.
   *
   * @param date the date, not null
   * @param evaluator who evaluated, not null
   * @param result the result, not null
   * @return the evaluation, not null
   */
  public static PerformanceEvaluation of(
      LocalDate date, String evaluator, EvaluationResult result) {
    return ImmutablePerformanceEvaluation.builder()
        .date(date)
        .evaluator(evaluator)
        .result(result)
        .build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static ImmutablePerformanceEvaluation.Builder builder() {
    return ImmutablePerformanceEvaluation.builder();
  }

  /**
   * Returns the date of the evaluation.
   *
   * @return the date, not null
   */
  public abstract LocalDate date();

  /**
   * Returns who evaluated: the buyer, a third party.
   *
   * @return the evaluator, not null
   */
  @Size(min = 1, max = 200)
  public abstract String evaluator();

  /**
   * Returns the score out of 100, if one was given.
   *
   * @return the score, not null
   */
  public abstract Optional<@Min(0) @Max(100) Integer> score();

  /**
   * Returns the result.
   *
   * @return the result, not null
   */
  public abstract EvaluationResult result();

  @Value.Check
  void check() {
    if (score().filter(s -> s < 0 || s > 100).isPresent()) {
      throw InvalidValueException.of("performanceEvaluation", "score", "a score is 0 to 100");
    }
  }
}
