package org.communitygov.rules.service.quality;

import java.math.BigDecimal;
import java.util.Map;
import org.communitygov.rules.engine.Operator;
import org.communitygov.rules.engine.ResolvedParameter;
import org.communitygov.rules.engine.Step;
import org.communitygov.rules.engine.StepSlot;
import org.communitygov.rules.engine.StepTemplate;
import org.communitygov.rules.engine.StepTemplateBuilder;
import org.communitygov.rules.engine.StepValues;
import org.jspecify.annotations.Nullable;

/**
 * The step of one quality figure: a fact (the part), the count behind the figure against the
 * minimum, and — only when the count reaches it — the figure as the result (and, for the on-time
 * rate, the on-time limit it was counted with). Two templates, made once: without and with the
 * result.
 */
final class QualityStep {
  private static final String MIN_COUNT = "minCount";
  private static final String HOURS = "onTimeHours";

  private final String part;
  private final String basis;
  private final String result;
  private final boolean withHours;
  private final StepTemplate unscored;
  private final StepTemplate scored;

  private QualityStep(String id, String part, String basis, String result, boolean withHours) {
    this.part = part;
    this.basis = basis;
    this.result = result;
    this.withHours = withHours;
    this.unscored = start(id, part, basis).build();
    StepTemplateBuilder b = start(id, part, basis).result(result);
    this.scored = (withHours ? b.parameter(HOURS) : b).build();
  }

  private static StepTemplateBuilder start(String id, String part, String basis) {
    return StepTemplate.builder(id)
        .fact(part)
        .holding(StepSlot.fact(basis), Operator.GE, StepSlot.parameter(MIN_COUNT));
  }

  /** A figure: its step's id, the fact shown, the count behind it, the figure's name. */
  static QualityStep of(String id, String part, String basis, String result) {
    return new QualityStep(id, part, basis, result, false);
  }

  /** The on-time figure: when scored, its step shows the on-time limit too. */
  static QualityStep withHours(String id, String part, String basis, String result) {
    return new QualityStep(id, part, basis, result, true);
  }

  /** A figure's step, and whether the count behind it reached the minimum. */
  record Scored(Step step, boolean held, String name, BigDecimal value) {
    /** Puts the figure into the details, if it was scored. */
    void into(Map<String, String> details) {
      if (held) {
        details.put(name, value.toPlainString());
      }
    }
  }

  /** The step of a figure that shows no on-time limit. */
  Scored scored(Object partValue, long count, ResolvedParameter<Integer> min, BigDecimal value) {
    return scored(partValue, count, min, value, null);
  }

  /** The step of a figure; {@code hours} is shown when the figure is scored and takes it. */
  Scored scored(
      Object partValue,
      long count,
      ResolvedParameter<Integer> min,
      BigDecimal value,
      @Nullable ResolvedParameter<Integer> hours) {
    Step step = unscored.with(part, partValue).with(basis, count).with(MIN_COUNT, min).step();
    if (!step.holds()) {
      return new Scored(step, false, result, value);
    }
    StepValues values =
        scored.with(part, partValue).with(basis, count).with(MIN_COUNT, min).with(result, value);
    if (withHours && hours != null) {
      values.with(HOURS, hours);
    }
    return new Scored(values.step(), true, result, value);
  }
}
