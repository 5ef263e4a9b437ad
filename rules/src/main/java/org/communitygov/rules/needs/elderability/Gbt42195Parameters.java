package org.communitygov.rules.needs.elderability;

import static org.communitygov.rules.needs.elderability.ElderAbilityParameters.GBT_CARE_RISK_EVENT_THRESHOLD;
import static org.communitygov.rules.needs.elderability.ElderAbilityParameters.GBT_COMA_TARGET;
import static org.communitygov.rules.needs.elderability.ElderAbilityParameters.GBT_MIN_TOTAL_LEVEL_0;
import static org.communitygov.rules.needs.elderability.ElderAbilityParameters.GBT_MIN_TOTAL_LEVEL_1;
import static org.communitygov.rules.needs.elderability.ElderAbilityParameters.GBT_MIN_TOTAL_LEVEL_2;
import static org.communitygov.rules.needs.elderability.ElderAbilityParameters.GBT_MIN_TOTAL_LEVEL_3;
import static org.communitygov.rules.needs.elderability.ElderAbilityParameters.GBT_STACKING;

import java.util.List;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.common.SensitiveCategory;
import org.communitygov.rules.engine.Comparison;
import org.communitygov.rules.engine.Operand;
import org.communitygov.rules.engine.Operator;
import org.communitygov.rules.engine.ResolvedParameter;
import org.communitygov.rules.engine.RuleContext;
import org.communitygov.rules.engine.Step;
import org.communitygov.rules.needs.shared.SharedFacts;
import org.communitygov.rules.needs.shared.SharedSteps;
import org.jspecify.annotations.Nullable;

/**
 * The GB/T 42195-2022 parameters of one context, resolved and checked once ({@link
 * RuleContext#shared}), with what follows from them alone: the level bands as numbers, the
 * initial-level step of every total and the level-change rules ({@link LevelChanges}).
 */
final class Gbt42195Parameters {
  /** The highest total: the sum of every item's maximum. */
  static final int MAX_TOTAL = maxTotal();

  private final RuleContext context;
  private final List<ResolvedParameter<Integer>> bands;
  private final int[] minTotals;
  private final Step[] initialLevelSteps = new Step[MAX_TOTAL + 1];
  private final LevelChanges changes;
  private final boolean comaTargetResolved;

  /**
   * Resolves and checks the parameters of a context.
   *
   * @throws org.communitygov.rules.engine.MissingParameterException if a band, the event threshold
   *     or the stacking is missing
   * @throws InvalidValueException if the bands do not fall from level 0 to level 3, or the stacking
   *     is not a {@link Stacking} code
   */
  Gbt42195Parameters(RuleContext context) {
    this.context = context;
    this.bands =
        List.of(
            context.resolve(GBT_MIN_TOTAL_LEVEL_0),
            context.resolve(GBT_MIN_TOTAL_LEVEL_1),
            context.resolve(GBT_MIN_TOTAL_LEVEL_2),
            context.resolve(GBT_MIN_TOTAL_LEVEL_3));
    this.minTotals = new int[bands.size()];
    for (int i = 0; i < minTotals.length; i++) {
      minTotals[i] = bands.get(i).value();
      if (i > 0 && minTotals[i] >= minTotals[i - 1]) {
        throw InvalidValueException.of(
            bands.get(i).id(), "order", "level bands must fall from level 0 to level 3");
      }
    }
    ResolvedParameter<String> comaTarget = comaTargetOrNull(context);
    this.comaTargetResolved = comaTarget != null;
    int comaLevel =
        comaTarget == null
                || ElderAbilityParameters.comaTarget(comaTarget) == ComaTarget.COMPLETE_LOSS
            ? 4
            : 3;
    this.changes =
        new LevelChanges(
            context.resolve(GBT_CARE_RISK_EVENT_THRESHOLD),
            context.resolve(GBT_STACKING),
            comaTarget,
            comaLevel,
            4,
            false,
            ElderAbilityAssessment.CHANGES,
            true);
  }

  /**
   * The coma target, or null if it is missing or not a {@link ComaTarget} code: only an assessment
   * of a person in a coma needs it, and fails then ({@link #changes}).
   */
  private static @Nullable ResolvedParameter<String> comaTargetOrNull(RuleContext context) {
    try {
      ResolvedParameter<String> target = context.resolve(GBT_COMA_TARGET);
      ElderAbilityParameters.comaTarget(target);
      return target;
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The level of a total alone: the first band it reaches, else 4. */
  int initialLevel(int total) {
    for (int i = 0; i < minTotals.length; i++) {
      if (total >= minTotals[i]) {
        return i;
      }
    }
    return minTotals.length;
  }

  /** The step that finds the initial level of a total (0 to {@link #MAX_TOTAL}). */
  Step initialLevelStep(int total, int level) {
    Step step = SharedSteps.get(initialLevelSteps, total);
    return step != null
        ? step
        : SharedSteps.put(initialLevelSteps, total, initialLevelStep(total, level, bands));
  }

  private static Step initialLevelStep(
      int total, int level, List<ResolvedParameter<Integer>> bands) {
    Operand left = Operand.of(ElderAbilityAssessment.total(total));
    Comparison comparison =
        level < 4
            ? Comparison.of(left, Operator.GE, Operand.of(bands.get(level)))
            : Comparison.of(left, Operator.LT, Operand.of(bands.get(3)));
    // The threshold that held tells the level: the whole step is health data.
    Step.Builder step =
        Step.builder("gbt42195.initialLevel")
            .sensitive(SensitiveCategory.HEALTH)
            .comparison(comparison);
    for (int i = 0; i < bands.size(); i++) {
      step.parameter(bands.get(i));
    }
    return step.result(SharedFacts.of(SharedFacts.INITIAL_LEVEL, level)).build();
  }

  /**
   * The level-change rules of this context.
   *
   * @param coma whether the person is in a coma
   * @throws org.communitygov.rules.engine.MissingParameterException if the person is in a coma and
   *     the coma target is missing
   * @throws InvalidValueException if the person is in a coma and the coma target is not a {@link
   *     ComaTarget} code
   */
  LevelChanges changes(boolean coma) {
    if (coma && !comaTargetResolved) {
      // Fails as it failed here, naming the parameter; a context's parameters do not change.
      ElderAbilityParameters.comaTarget(context.resolve(GBT_COMA_TARGET));
      throw new IllegalStateException("the coma target resolves after all");
    }
    return changes;
  }

  private static int maxTotal() {
    int max = 0;
    for (ElderAbilityItem item : ElderAbilityItem.values()) {
      max += item.max();
    }
    return max;
  }
}
