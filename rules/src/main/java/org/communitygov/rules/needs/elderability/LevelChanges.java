package org.communitygov.rules.needs.elderability;

import java.util.List;
import org.communitygov.model.common.SensitiveCategory;
import org.communitygov.rules.engine.Citation;
import org.communitygov.rules.engine.Fact;
import org.communitygov.rules.engine.Operator;
import org.communitygov.rules.engine.ResolvedParameter;
import org.communitygov.rules.engine.Step;
import org.communitygov.rules.engine.StepSlot;
import org.communitygov.rules.engine.StepTemplate;
import org.communitygov.rules.engine.StepTemplateBuilder;
import org.jspecify.annotations.Nullable;

/**
 * The level-change rules of an elder ability standard in one context: a mental diagnosis and
 * care-risk events each raise the level by one (stacked by {@code stacking}), a coma sets it to the
 * coma level, and the level is capped. The events raise the level when their step's comparison
 * holds; made once per context by the standard's parameter declaration.
 */
final class LevelChanges {
  /** The final level, the steps that explain it and the one that changed the level, if any. */
  record Applied(int level, List<Step> steps, @Nullable Step decisive) {}

  private final ResolvedParameter<Integer> eventThreshold;
  private final ResolvedParameter<String> stacking;
  private final boolean additive;
  private final @Nullable ResolvedParameter<String> comaParameter;
  private final int comaLevel;
  private final int topLevel;
  private final boolean frozenAtTop;
  private final StepTemplate diagnosisStep;
  private final StepTemplate eventsStep;
  private final StepTemplate stackingStep;
  private final StepTemplate comaStep;
  private final StepTemplate capStep;

  /**
   * The rules of one standard in one context.
   *
   * @param comaParameter the parameter of the coma level, shown on the coma step, or null
   * @param frozenAtTop whether a person at the top level is raised no further
   * @throws org.communitygov.model.common.InvalidValueException if {@code stacking} is not a {@link
   *     Stacking} code
   */
  LevelChanges(
      ResolvedParameter<Integer> eventThreshold,
      ResolvedParameter<String> stacking,
      @Nullable ResolvedParameter<String> comaParameter,
      int comaLevel,
      int topLevel,
      boolean frozenAtTop,
      Citation citation) {
    this.eventThreshold = eventThreshold;
    this.stacking = stacking;
    this.additive = ElderAbilityParameters.stacking(stacking) == Stacking.ADDITIVE;
    this.comaParameter = comaParameter;
    this.comaLevel = comaLevel;
    this.topLevel = topLevel;
    this.frozenAtTop = frozenAtTop;
    this.diagnosisStep =
        StepTemplate.builder("elderAbility.mentalDiagnosis")
            .fact("mentalDiagnosis", SensitiveCategory.HEALTH)
            .result("levelRaise", SensitiveCategory.HEALTH)
            .citation(citation)
            .build();
    this.eventsStep =
        StepTemplate.builder("elderAbility.careRiskEvents")
            .comparison(
                StepSlot.fact("careRiskEventsIn30Days", SensitiveCategory.HEALTH),
                Operator.GE,
                StepSlot.parameter("careRiskEventThreshold"))
            .result("levelRaise", SensitiveCategory.HEALTH)
            .citation(citation)
            .build();
    this.stackingStep =
        StepTemplate.builder("elderAbility.stacking")
            .fact("initialLevel", SensitiveCategory.HEALTH)
            .parameter("stacking")
            .result("levelRaise", SensitiveCategory.HEALTH)
            .build();
    StepTemplateBuilder coma =
        StepTemplate.builder("elderAbility.coma")
            .fact(Fact.sensitive("coma", true, SensitiveCategory.HEALTH))
            .result("level", SensitiveCategory.HEALTH)
            .citation(citation);
    this.comaStep = (comaParameter == null ? coma : coma.parameter("comaTarget")).build();
    this.capStep =
        StepTemplate.builder("elderAbility.cap")
            .fact("levelBeforeCap", SensitiveCategory.HEALTH)
            .fact("topLevel")
            .result("level", SensitiveCategory.HEALTH)
            .citation(citation)
            .build();
  }

  /** Applies the rules to an initial level (0 to the top level) and the facts of one person. */
  Applied apply(int initial, MentalDiagnosis diagnosis, int careRiskEvents, boolean coma) {
    int diagnosisRaise = diagnosis.raisesLevel() ? 1 : 0;
    Step diagnosed =
        diagnosisStep.with("mentalDiagnosis", diagnosis).with("levelRaise", diagnosisRaise).step();
    // The events raise the level as their step's comparison says: made first, then read.
    Step events =
        eventsStep
            .with("careRiskEventsIn30Days", careRiskEvents)
            .with("careRiskEventThreshold", eventThreshold)
            .withOutcome("levelRaise", 1, 0)
            .step();
    int eventsRaise = events.holds() ? 1 : 0;
    int raise = additive ? diagnosisRaise + eventsRaise : Math.min(1, diagnosisRaise + eventsRaise);
    if (frozenAtTop && initial >= topLevel) {
      raise = 0;
    }
    Step stacked =
        stackingStep
            .with("initialLevel", initial)
            .with("stacking", stacking)
            .with("levelRaise", raise)
            .step();
    int level = initial + raise;
    Step decisive = raise > 0 ? stacked : null;
    Step comaChange = null;
    if (coma) {
      int target = Math.max(level, comaLevel);
      var values = comaStep.with("level", target);
      comaChange =
          (comaParameter == null ? values : values.with("comaTarget", comaParameter)).step();
      decisive = target != level ? comaChange : decisive;
      level = target;
    }
    Step cap =
        capStep
            .with("levelBeforeCap", level)
            .with("topLevel", topLevel)
            .with("level", Math.min(level, topLevel))
            .step();
    List<Step> steps =
        comaChange == null
            ? List.of(diagnosed, events, stacked, cap)
            : List.of(diagnosed, events, stacked, comaChange, cap);
    return new Applied(Math.min(level, topLevel), steps, decisive);
  }
}
