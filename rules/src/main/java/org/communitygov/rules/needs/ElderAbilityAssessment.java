package org.communitygov.rules.needs;

import static org.communitygov.rules.needs.ElderAbilityParameters.GBT_CARE_RISK_EVENT_THRESHOLD;
import static org.communitygov.rules.needs.ElderAbilityParameters.GBT_COMA_TARGET;
import static org.communitygov.rules.needs.ElderAbilityParameters.GBT_MIN_TOTAL_LEVEL_0;
import static org.communitygov.rules.needs.ElderAbilityParameters.GBT_MIN_TOTAL_LEVEL_1;
import static org.communitygov.rules.needs.ElderAbilityParameters.GBT_MIN_TOTAL_LEVEL_2;
import static org.communitygov.rules.needs.ElderAbilityParameters.GBT_MIN_TOTAL_LEVEL_3;
import static org.communitygov.rules.needs.ElderAbilityParameters.GBT_STACKING;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.common.SensitiveCategory;
import org.communitygov.rules.common.Citation;
import org.communitygov.rules.common.Comparison;
import org.communitygov.rules.common.Confidence;
import org.communitygov.rules.common.Decision;
import org.communitygov.rules.common.Explanation;
import org.communitygov.rules.common.Fact;
import org.communitygov.rules.common.Facts;
import org.communitygov.rules.common.LegalReference;
import org.communitygov.rules.common.LocalizedText;
import org.communitygov.rules.common.Operand;
import org.communitygov.rules.common.Operator;
import org.communitygov.rules.common.ResolvedParameter;
import org.communitygov.rules.common.Rule;
import org.communitygov.rules.common.RuleContext;
import org.communitygov.rules.common.Step;

/**
 * The elder ability assessment of GB/T 42195-2022《老年人能力评估规范》: dimension subtotals and total of the
 * 26 items, the initial level from the total (bands as parameters), then the level-change rules: a
 * mental diagnosis +1, repeated care-risk events +1 (combined by the {@code stacking} parameter), a
 * coma sets the level (the {@code comaTarget} parameter), the level is capped at 4.
 *
 * <p>Facts: each item by its Annex B code ({@code B.1.1} … {@code B.4.5}), {@code mentalDiagnosis}
 * ({@link MentalDiagnosis}), {@code careRiskEventsIn30Days}, {@code coma}. All are health data.
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ElderAbilityAssessment implements Rule<ElderAbilityInput, ElderAbilityResult> {
  /** The rule's id. */
  public static final String ID = "needs.elderAbility.gbt42195";

  private static final ElderAbilityAssessment INSTANCE = new ElderAbilityAssessment();

  private static final LegalReference STANDARD =
      LegalReference.of(
          LocalizedText.of(
              "老年人能力评估规范（GB/T 42195-2022）",
              "Specification for ability assessment of older people (GB/T 42195-2022)"));

  private static final Citation ANNEX_B =
      new Citation(
          STANDARD.withArticle(LocalizedText.of("附录B", "annex B")), Confidence.PARTLY_CONFIRMED);

  private static final Citation CHANGES =
      new Citation(
          STANDARD.withArticle(LocalizedText.of("能力等级变更依据", "level-change rules")),
          Confidence.PARTLY_CONFIRMED);

  private ElderAbilityAssessment() {}

  /**
   * Returns the rule.
   *
   * @return the rule, not null
   */
  public static ElderAbilityAssessment rule() {
    return INSTANCE;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String version() {
    return "1";
  }

  private static final ElderAbilityItem[] ITEMS = ElderAbilityItem.values();
  private static final ElderAbilityDimension[] DIMENSIONS = ElderAbilityDimension.values();

  @Override
  public Decision<ElderAbilityResult> evaluate(ElderAbilityInput input, RuleContext context) {
    List<String> missing = new ArrayList<>(0);
    Map<ElderAbilityItem, Integer> scores = input.itemScores();
    int[] subtotal = new int[DIMENSIONS.length];
    for (ElderAbilityItem item : ITEMS) {
      Integer score = scores.get(item);
      if (score == null) {
        missing.add(item.code());
      } else {
        subtotal[item.dimension().ordinal()] += score;
      }
    }
    if (input.mentalDiagnosis().isEmpty()) {
      missing.add("mentalDiagnosis");
    }
    if (input.careRiskEventsIn30Days().isEmpty()) {
      missing.add("careRiskEventsIn30Days");
    }
    if (input.coma().isEmpty()) {
      missing.add("coma");
    }
    if (!missing.isEmpty()) {
      return Decision.undetermined(ID, missing, Explanation.of(List.of()));
    }
    Map<ElderAbilityDimension, Integer> subtotals = new EnumMap<>(ElderAbilityDimension.class);
    Step.Builder scoreStep = Step.builder("gbt42195.scores").citation(ANNEX_B);
    int total = 0;
    for (ElderAbilityDimension d : DIMENSIONS) {
      int s = subtotal[d.ordinal()];
      total += s;
      subtotals.put(d, s);
      scoreStep.fact(Fact.sensitive(d.code(), s, SensitiveCategory.HEALTH, d.displayName()));
    }
    List<Step> steps = new ArrayList<>(8);
    steps.add(scoreStep.result(Fact.sensitive("total", total, SensitiveCategory.HEALTH)).build());
    List<ResolvedParameter<Integer>> bands = context.shared(Bands.class, Bands::new).bands;
    int initial = initialLevel(total, bands);
    Step initialStep = initialLevelStep(total, initial, bands);
    steps.add(initialStep);
    LevelChanges.Applied changes = LevelChanges.apply(initial, changeFacts(input, context));
    steps.addAll(changes.steps());
    ElderAbilityResult result =
        ElderAbilityResult.builder()
            .subtotals(subtotals)
            .total(total)
            .initialLevel(ElderAbilityLevel.ofNumber(initial))
            .level(ElderAbilityLevel.ofNumber(changes.level()))
            .build();
    Step decisive = changes.decisive() == null ? initialStep : changes.decisive();
    return Decision.of(ID, result, Explanation.of(steps, decisive));
  }

  /** The level bands of a context, resolved and checked once ({@link RuleContext#shared}). */
  private static final class Bands {
    final List<ResolvedParameter<Integer>> bands;

    Bands(RuleContext context) {
      bands = bands(context);
    }
  }

  private static List<ResolvedParameter<Integer>> bands(RuleContext context) {
    List<ResolvedParameter<Integer>> bands =
        List.of(
            context.resolve(GBT_MIN_TOTAL_LEVEL_0),
            context.resolve(GBT_MIN_TOTAL_LEVEL_1),
            context.resolve(GBT_MIN_TOTAL_LEVEL_2),
            context.resolve(GBT_MIN_TOTAL_LEVEL_3));
    for (int i = 1; i < bands.size(); i++) {
      if (bands.get(i).value() >= bands.get(i - 1).value()) {
        throw InvalidValueException.of(
            bands.get(i).id(), "order", "level bands must fall from level 0 to level 3");
      }
    }
    return bands;
  }

  private static int initialLevel(int total, List<ResolvedParameter<Integer>> bands) {
    for (int i = 0; i < bands.size(); i++) {
      if (total >= bands.get(i).value()) {
        return i;
      }
    }
    return 4;
  }

  private static Step initialLevelStep(
      int total, int level, List<ResolvedParameter<Integer>> bands) {
    Operand left = Operand.of(Fact.sensitive("total", total, SensitiveCategory.HEALTH));
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

  private static LevelChanges.Inputs changeFacts(ElderAbilityInput input, RuleContext context) {
    boolean coma = input.coma().orElseThrow();
    ResolvedParameter<String> comaTarget = coma ? context.resolve(GBT_COMA_TARGET) : null;
    int comaLevel =
        comaTarget == null
                || ElderAbilityParameters.comaTarget(comaTarget) == ComaTarget.COMPLETE_LOSS
            ? 4
            : 3;
    return new LevelChanges.Inputs(
        input.mentalDiagnosis().orElseThrow(),
        input.careRiskEventsIn30Days().orElseThrow(),
        context.resolve(GBT_CARE_RISK_EVENT_THRESHOLD),
        context.resolve(GBT_STACKING),
        coma,
        comaTarget,
        comaLevel,
        4,
        false,
        CHANGES);
  }

  @Override
  public Facts facts(ElderAbilityInput input) {
    List<Fact> facts = new ArrayList<>();
    input
        .itemScores()
        .forEach((item, s) -> facts.add(Fact.sensitive(item.code(), s, SensitiveCategory.HEALTH)));
    input
        .mentalDiagnosis()
        .ifPresent(d -> facts.add(Fact.sensitive("mentalDiagnosis", d, SensitiveCategory.HEALTH)));
    input
        .careRiskEventsIn30Days()
        .ifPresent(
            n -> facts.add(Fact.sensitive("careRiskEventsIn30Days", n, SensitiveCategory.HEALTH)));
    input.coma().ifPresent(c -> facts.add(Fact.sensitive("coma", c, SensitiveCategory.HEALTH)));
    return Facts.of(facts);
  }

  @Override
  public ElderAbilityInput input(Facts facts) {
    var builder = ElderAbilityInput.builder();
    java.util.Set<String> known =
        new java.util.HashSet<>(List.of("mentalDiagnosis", "careRiskEventsIn30Days", "coma"));
    for (ElderAbilityItem item : ElderAbilityItem.values()) {
      known.add(item.code());
      FactReader.integer(facts, item.code())
          .ifPresent(s -> builder.putItemScore(item, item.check(s)));
    }
    FactReader.onlyKnown(facts, known);
    FactReader.code(facts, "mentalDiagnosis", MentalDiagnosis.class)
        .ifPresent(builder::mentalDiagnosis);
    FactReader.integer(facts, "careRiskEventsIn30Days").ifPresent(builder::careRiskEventsIn30Days);
    FactReader.bool(facts, "coma").ifPresent(builder::coma);
    return builder.build();
  }
}
