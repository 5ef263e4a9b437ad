package org.communitygov.rules.needs.elderability;

import java.util.List;
import org.communitygov.model.common.SensitiveCategory;
import org.communitygov.rules.engine.Citation;
import org.communitygov.rules.engine.Comparison;
import org.communitygov.rules.engine.Fact;
import org.communitygov.rules.engine.Operand;
import org.communitygov.rules.engine.Operator;
import org.communitygov.rules.engine.ResolvedParameter;
import org.communitygov.rules.engine.Step;
import org.communitygov.rules.needs.shared.SharedFacts;
import org.communitygov.rules.needs.shared.SharedSteps;
import org.jspecify.annotations.Nullable;

/**
 * The level-change rules (能力等级变更依据) shared by GB/T 42195-2022 and MZ/T 039-2013: a mental diagnosis
 * and repeated care-risk events raise the level, a coma sets it, the top level caps it.
 *
 * <p>One instance holds the parameters of one standard in one context and the steps that follow
 * from them: each step depends on a small number (a diagnosis, a count, a level), so it is made the
 * first time that number is seen and shared afterwards (a step is immutable). Thread-safe: two
 * threads may make the same step, and either copy is right.
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
  record Applied(
      int level,
      Step diagnosis,
      Step events,
      Step stacking,
      @Nullable Step coma,
      Step cap,
      @Nullable Step decisive) {
    /** The steps, in order. */
    List<Step> steps() {
      return coma == null
          ? List.of(diagnosis, events, stacking, cap)
          : List.of(diagnosis, events, stacking, coma, cap);
    }

    /** Two steps, then these steps: an explanation's list, not copied again. */
    List<Step> after(Step first, Step second) {
      return coma == null
          ? List.of(first, second, diagnosis, events, stacking, cap)
          : List.of(first, second, diagnosis, events, stacking, coma, cap);
    }
  }

  private static final Fact COMA = Fact.sensitive("coma", true, SensitiveCategory.HEALTH);
  private static final MentalDiagnosis[] DIAGNOSES = MentalDiagnosis.values();

  /** Event counts below this have their step shared. */
  private static final int SHARED_EVENT_COUNTS = 16;

  /** No room: nothing is shared. */
  private static final Step[] NO_STEPS = {};

  /** Raises are 0, 1 or 2. */
  private static final int RAISES = 3;

  private final ResolvedParameter<Integer> eventThreshold;
  private final int threshold;
  private final ResolvedParameter<String> stacking;
  private final boolean additive;
  private final @Nullable ResolvedParameter<String> comaParameter;
  private final int comaLevel;
  private final int topLevel;
  private final boolean frozenAtTop;
  private final Citation citation;
  private final Step[] diagnosisSteps;
  private final Step[] eventSteps;
  private final Step[] stackingSteps;
  private final Step[] comaSteps;
  private final Step[] capSteps;

  /**
   * The rules of one standard in one context.
   *
   * @param share whether to share each step made (for an instance kept per context)
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
      Citation citation,
      boolean share) {
    this.eventThreshold = eventThreshold;
    this.threshold = eventThreshold.value();
    this.stacking = stacking;
    this.additive = ElderAbilityParameters.stacking(stacking) == Stacking.ADDITIVE;
    this.comaParameter = comaParameter;
    this.comaLevel = comaLevel;
    this.topLevel = topLevel;
    this.frozenAtTop = frozenAtTop;
    this.citation = citation;
    // Levels before the cap go up to the top level plus the largest raise. Unshared: no room.
    this.diagnosisSteps = share ? new Step[DIAGNOSES.length] : NO_STEPS;
    this.eventSteps = share ? new Step[SHARED_EVENT_COUNTS] : NO_STEPS;
    this.stackingSteps = share ? new Step[(topLevel + 1) * RAISES] : NO_STEPS;
    this.comaSteps = share ? new Step[topLevel + RAISES] : NO_STEPS;
    this.capSteps = share ? new Step[topLevel + RAISES] : NO_STEPS;
  }

  /**
   * Applies the rules of the inputs' standard once, sharing nothing (MZ/T 039, not on a hot path).
   */
  static Applied apply(int initial, Inputs f) {
    return new LevelChanges(
            f.eventThreshold(),
            f.stacking(),
            f.comaParameter(),
            f.comaLevel(),
            f.topLevel(),
            f.frozenAtTop(),
            f.citation(),
            false)
        .apply(initial, f.diagnosis(), f.careRiskEvents(), f.coma());
  }

  /** Applies the rules to an initial level (0 to the top level) and the facts of one person. */
  Applied apply(int initial, MentalDiagnosis diagnosis, int careRiskEvents, boolean coma) {
    int diagnosisRaise = diagnosis.raisesLevel() ? 1 : 0;
    int eventsRaise = careRiskEvents >= threshold ? 1 : 0;
    int raise = additive ? diagnosisRaise + eventsRaise : Math.min(1, diagnosisRaise + eventsRaise);
    if (frozenAtTop && initial >= topLevel) {
      raise = 0;
    }
    Step stackingStep = stackingStep(initial, raise);
    int level = initial + raise;
    Step decisive = raise > 0 ? stackingStep : null;
    Step comaStep = null;
    if (coma) {
      int target = Math.max(level, comaLevel);
      comaStep = comaStep(target);
      decisive = target != level ? comaStep : decisive;
      level = target;
    }
    return new Applied(
        Math.min(level, topLevel),
        diagnosisStep(diagnosis, diagnosisRaise),
        eventsStep(careRiskEvents, eventsRaise),
        stackingStep,
        comaStep,
        capStep(level),
        decisive);
  }

  private Step diagnosisStep(MentalDiagnosis diagnosis, int raise) {
    Step step = SharedSteps.get(diagnosisSteps, diagnosis.ordinal());
    return step != null
        ? step
        : SharedSteps.put(
            diagnosisSteps,
            diagnosis.ordinal(),
            Step.builder("elderAbility.mentalDiagnosis")
                .fact(Fact.sensitive("mentalDiagnosis", diagnosis, SensitiveCategory.HEALTH))
                .result(SharedFacts.of(SharedFacts.LEVEL_RAISE, raise))
                .citation(citation)
                .build());
  }

  private Step eventsStep(int events, int raise) {
    Step step = SharedSteps.get(eventSteps, events);
    if (step != null) {
      return step;
    }
    Comparison comparison =
        Comparison.of(
            Operand.of(Fact.sensitive("careRiskEventsIn30Days", events, SensitiveCategory.HEALTH)),
            Operator.GE,
            Operand.of("careRiskEventThreshold", eventThreshold));
    return SharedSteps.put(
        eventSteps,
        events,
        Step.builder("elderAbility.careRiskEvents")
            .comparison(comparison)
            .result(SharedFacts.of(SharedFacts.LEVEL_RAISE, raise))
            .citation(citation)
            .build());
  }

  private Step stackingStep(int initial, int raise) {
    int i = initial * RAISES + raise;
    Step step = SharedSteps.get(stackingSteps, i);
    return step != null
        ? step
        : SharedSteps.put(
            stackingSteps,
            i,
            Step.builder("elderAbility.stacking")
                .fact(SharedFacts.of(SharedFacts.INITIAL_LEVEL, initial))
                .parameter(stacking)
                .result(SharedFacts.of(SharedFacts.LEVEL_RAISE, raise))
                .build());
  }

  private Step comaStep(int target) {
    Step step = SharedSteps.get(comaSteps, target);
    if (step != null) {
      return step;
    }
    Step.Builder coma =
        Step.builder("elderAbility.coma")
            .fact(COMA)
            .result(SharedFacts.of(SharedFacts.LEVEL, target))
            .citation(citation);
    if (comaParameter != null) {
      coma.parameter(comaParameter);
    }
    return SharedSteps.put(comaSteps, target, coma.build());
  }

  private Step capStep(int level) {
    Step step = SharedSteps.get(capSteps, level);
    return step != null
        ? step
        : SharedSteps.put(
            capSteps,
            level,
            Step.builder("elderAbility.cap")
                .fact(SharedFacts.of(SharedFacts.LEVEL_BEFORE_CAP, level))
                .fact(SharedFacts.of(SharedFacts.TOP_LEVEL, topLevel))
                .result(SharedFacts.of(SharedFacts.LEVEL, Math.min(level, topLevel)))
                .citation(citation)
                .build());
  }
}
