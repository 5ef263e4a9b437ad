package org.communitygov.rules.needs.elderability;

import java.util.List;
import java.util.Optional;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.rules.engine.ParameterId;
import org.communitygov.rules.engine.ResolvedParameter;
import org.communitygov.rules.engine.RuleContext;
import org.jspecify.annotations.Nullable;

/**
 * The parameters of a GB/T 42195 assessment, declared for {@link RuleContext#parameters(Class)}:
 * the four level bands (checked to fall from level 0 to level 3) and the level-change rules.
 */
final class Gbt42195Parameters {
  /** The lowest total of levels 0 to 3. */
  final List<ResolvedParameter<Integer>> bands;

  private final LevelChanges changes;
  private final Optional<ResolvedParameter<String>> comaTarget;
  private final boolean comaTargetValid;

  /**
   * Checks the parameters of a context.
   *
   * @throws InvalidValueException if the bands do not fall from level 0 to level 3, or the stacking
   *     is not a {@link Stacking} code
   */
  Gbt42195Parameters(
      @ParameterId("elderAbility.gbt42195.minTotal.level0") ResolvedParameter<Integer> level0,
      @ParameterId("elderAbility.gbt42195.minTotal.level1") ResolvedParameter<Integer> level1,
      @ParameterId("elderAbility.gbt42195.minTotal.level2") ResolvedParameter<Integer> level2,
      @ParameterId("elderAbility.gbt42195.minTotal.level3") ResolvedParameter<Integer> level3,
      @ParameterId("elderAbility.gbt42195.careRiskEventThreshold")
          ResolvedParameter<Integer> eventThreshold,
      @ParameterId("elderAbility.gbt42195.stacking") ResolvedParameter<String> stacking,
      @ParameterId("elderAbility.gbt42195.comaTarget")
          Optional<ResolvedParameter<String>> comaTarget) {
    this.bands = List.of(level0, level1, level2, level3);
    for (int i = 1; i < bands.size(); i++) {
      if (bands.get(i).value() >= bands.get(i - 1).value()) {
        throw InvalidValueException.of(
            bands.get(i).id(), "order", "level bands must fall from level 0 to level 3");
      }
    }
    this.comaTarget = comaTarget;
    ComaTarget target = comaTarget.map(Gbt42195Parameters::targetOrNull).orElse(null);
    this.comaTargetValid = target != null;
    this.changes =
        new LevelChanges(
            eventThreshold,
            stacking,
            target == null ? null : comaTarget.get(),
            target == ComaTarget.SEVERE ? 3 : 4,
            4,
            false,
            ElderAbilityAssessment.CHANGES);
  }

  private static @Nullable ComaTarget targetOrNull(ResolvedParameter<String> p) {
    try {
      return ElderAbilityParameters.comaTarget(p);
    } catch (InvalidValueException e) {
      return null;
    }
  }

  /**
   * The level-change rules of this context. Only a person in a coma needs the coma target: for them
   * a missing or invalid target fails here, naming the parameter.
   *
   * @throws org.communitygov.rules.engine.MissingParameterException if the person is in a coma and
   *     the coma target is missing
   * @throws InvalidValueException if the person is in a coma and the coma target is not a {@link
   *     ComaTarget} code
   */
  LevelChanges changes(boolean coma, RuleContext context) {
    if (coma && !comaTargetValid) {
      ElderAbilityParameters.comaTarget(
          comaTarget.orElseGet(() -> context.resolve(ElderAbilityParameters.GBT_COMA_TARGET)));
    }
    return changes;
  }
}
