package org.communitygov.rules.needs;

import java.util.ArrayList;
import java.util.List;
import org.communitygov.model.common.SensitiveCategory;
import org.communitygov.rules.common.Citation;
import org.communitygov.rules.common.Comparison;
import org.communitygov.rules.common.Fact;
import org.communitygov.rules.common.Operand;
import org.communitygov.rules.common.Operator;
import org.communitygov.rules.common.ResolvedParameter;
import org.communitygov.rules.common.Step;
import org.jspecify.annotations.Nullable;

/**
 * The level-change rules (能力等级变更依据) shared by GB/T 42195-2022 and MZ/T 039-2013: a mental diagnosis
 * and repeated care-risk events raise the level, a coma sets it, the top level caps it.
 */
final class LevelChanges {
  /** The facts of the level-change rules and how they combine. */
  record Inputs(
      MentalDiagnosis diagnosis,
      int careRiskEvents,
      ResolvedParameter<Integer> eventThreshold,
      ResolvedParameter<String> stacking,
      boolean coma,
      @Nullable ResolvedParameter<String> comaParameter,
      int comaLevel,
      int topLevel,
      boolean frozenAtTop,
      Citation citation) {
    /** Shows none of the facts: a diagnosis, care-risk events and a coma are health data. */
    @Override
    public String toString() {
      return "LevelChanges.Inputs{***}";
    }
  }

  /** The final level, the steps that explain it and the one that changed the level, if any. */
  record Applied(int level, List<Step> steps, @Nullable Step decisive) {}

  private static final Fact COMA = Fact.sensitive("coma", true, SensitiveCategory.HEALTH);

  private LevelChanges() {}

  static Applied apply(int initial, Inputs f) {
    List<Step> steps = new ArrayList<>(5);
    int diagnosisRaise = f.diagnosis().raisesLevel() ? 1 : 0;
    steps.add(
        Step.builder("elderAbility.mentalDiagnosis")
            .fact(Fact.sensitive("mentalDiagnosis", f.diagnosis(), SensitiveCategory.HEALTH))
            .result(SharedFacts.of(SharedFacts.LEVEL_RAISE, diagnosisRaise))
            .citation(f.citation())
            .build());
    Comparison events =
        Comparison.of(
            Operand.of(
                Fact.sensitive(
                    "careRiskEventsIn30Days", f.careRiskEvents(), SensitiveCategory.HEALTH)),
            Operator.GE,
            Operand.of("careRiskEventThreshold", f.eventThreshold()));
    int eventsRaise = events.result() ? 1 : 0;
    steps.add(
        Step.builder("elderAbility.careRiskEvents")
            .comparison(events)
            .result(SharedFacts.of(SharedFacts.LEVEL_RAISE, eventsRaise))
            .citation(f.citation())
            .build());
    Stacking stacking = ElderAbilityParameters.stacking(f.stacking());
    int raise =
        stacking == Stacking.ADDITIVE
            ? diagnosisRaise + eventsRaise
            : Math.min(1, diagnosisRaise + eventsRaise);
    if (f.frozenAtTop() && initial >= f.topLevel()) {
      raise = 0;
    }
    Step stackingStep =
        Step.builder("elderAbility.stacking")
            .fact(SharedFacts.of(SharedFacts.INITIAL_LEVEL, initial))
            .parameter(f.stacking())
            .result(SharedFacts.of(SharedFacts.LEVEL_RAISE, raise))
            .build();
    steps.add(stackingStep);
    int level = initial + raise;
    Step decisive = raise > 0 ? stackingStep : null;
    if (f.coma()) {
      int target = Math.max(level, f.comaLevel());
      Step.Builder coma =
          Step.builder("elderAbility.coma")
              .fact(COMA)
              .result(SharedFacts.of(SharedFacts.LEVEL, target))
              .citation(f.citation());
      if (f.comaParameter() != null) {
        coma.parameter(f.comaParameter());
      }
      Step comaStep = coma.build();
      steps.add(comaStep);
      decisive = target != level ? comaStep : decisive;
      level = target;
    }
    int capped = Math.min(level, f.topLevel());
    steps.add(
        Step.builder("elderAbility.cap")
            .fact(SharedFacts.of(SharedFacts.LEVEL_BEFORE_CAP, level))
            .fact(SharedFacts.of(SharedFacts.TOP_LEVEL, f.topLevel()))
            .result(SharedFacts.of(SharedFacts.LEVEL, capped))
            .citation(f.citation())
            .build());
    return new Applied(capped, List.copyOf(steps), decisive);
  }
}
