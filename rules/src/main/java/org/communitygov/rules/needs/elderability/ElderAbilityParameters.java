package org.communitygov.rules.needs.elderability;

import org.communitygov.rules.engine.ParameterKey;
import org.communitygov.rules.engine.ResolvedParameter;
import org.communitygov.rules.needs.shared.CodeParameters;

/**
 * The parameters of the elder ability assessments, shipped in {@code
 * org/communitygov/rules/parameters/elder-ability.json}.
 *
 * @since 0.1.0
 */
public final class ElderAbilityParameters {
  /** GB/T 42195-2022: lowest total of level 0 (default 90). */
  public static final ParameterKey<Integer> GBT_MIN_TOTAL_LEVEL_0 =
      ParameterKey.integer("elderAbility.gbt42195.minTotal.level0");

  /** GB/T 42195-2022: lowest total of level 1 (default 66). */
  public static final ParameterKey<Integer> GBT_MIN_TOTAL_LEVEL_1 =
      ParameterKey.integer("elderAbility.gbt42195.minTotal.level1");

  /** GB/T 42195-2022: lowest total of level 2 (default 46). */
  public static final ParameterKey<Integer> GBT_MIN_TOTAL_LEVEL_2 =
      ParameterKey.integer("elderAbility.gbt42195.minTotal.level2");

  /** GB/T 42195-2022: lowest total of level 3 (default 30); below it, level 4. */
  public static final ParameterKey<Integer> GBT_MIN_TOTAL_LEVEL_3 =
      ParameterKey.integer("elderAbility.gbt42195.minTotal.level3");

  /** GB/T 42195-2022: care-risk events in 30 days that raise the level (default 2). */
  public static final ParameterKey<Integer> GBT_CARE_RISK_EVENT_THRESHOLD =
      ParameterKey.integer("elderAbility.gbt42195.careRiskEventThreshold");

  /** GB/T 42195-2022: {@link Stacking} code (default {@code MAX_ONE}). */
  public static final ParameterKey<String> GBT_STACKING =
      ParameterKey.code("elderAbility.gbt42195.stacking");

  /** GB/T 42195-2022: {@link ComaTarget} code (default {@code COMPLETE_LOSS}). */
  public static final ParameterKey<String> GBT_COMA_TARGET =
      ParameterKey.code("elderAbility.gbt42195.comaTarget");

  /** MZ/T 039-2013: care-risk events in 30 days that raise the level (default 2). */
  public static final ParameterKey<Integer> MZT_CARE_RISK_EVENT_THRESHOLD =
      ParameterKey.integer("elderAbility.mzt039.careRiskEventThreshold");

  /** MZ/T 039-2013: {@link Stacking} code (default {@code MAX_ONE}). */
  public static final ParameterKey<String> MZT_STACKING =
      ParameterKey.code("elderAbility.mzt039.stacking");

  private ElderAbilityParameters() {}

  static Stacking stacking(ResolvedParameter<String> p) {
    return CodeParameters.read(p, Stacking.class);
  }

  static ComaTarget comaTarget(ResolvedParameter<String> p) {
    return CodeParameters.read(p, ComaTarget.class);
  }
}
