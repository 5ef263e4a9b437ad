package org.communitygov.rules.needs.elderability;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communitygov.model.common.SensitiveCategory;
import org.communitygov.rules.engine.Citation;
import org.communitygov.rules.engine.Confidence;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.engine.Explanation;
import org.communitygov.rules.engine.Fact;
import org.communitygov.rules.engine.Facts;
import org.communitygov.rules.engine.LegalReference;
import org.communitygov.rules.engine.LocalizedText;
import org.communitygov.rules.engine.Rule;
import org.communitygov.rules.engine.RuleContext;
import org.communitygov.rules.engine.Step;
import org.communitygov.rules.engine.StepTemplate;
import org.communitygov.rules.engine.StepTemplateBuilder;
import org.communitygov.rules.needs.shared.FactReader;
import org.communitygov.rules.needs.shared.SharedFacts;

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

  static final Citation CHANGES =
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
  private static final ElderAbilityItem[][] ITEMS_BY_DIMENSION = itemsByDimension();

  /** The scores step: each dimension's subtotal (by its code, with its name), then the total. */
  private static final StepTemplate SCORES = scoresTemplate();

  @Override
  public Decision<ElderAbilityResult> evaluate(ElderAbilityInput input, RuleContext context) {
    Map<ElderAbilityItem, Integer> scores = input.itemScores();
    Optional<MentalDiagnosis> diagnosis = input.mentalDiagnosis();
    Optional<Integer> events = input.careRiskEventsIn30Days();
    Optional<Boolean> coma = input.coma();
    if (scores.size() < ITEMS.length || diagnosis.isEmpty() || events.isEmpty() || coma.isEmpty()) {
      return Decision.undetermined(ID, missing(input), Explanation.of(List.of()));
    }
    Integer[] subtotals = new Integer[DIMENSIONS.length];
    int total = 0;
    for (int d = 0; d < subtotals.length; d++) {
      int subtotal = 0;
      for (ElderAbilityItem item : ITEMS_BY_DIMENSION[d]) {
        subtotal += scores.get(item);
      }
      subtotals[d] = subtotal;
      total += subtotal;
    }
    Step scoreStep = SCORES.step(subtotals[0], subtotals[1], subtotals[2], subtotals[3], total);
    Gbt42195Parameters parameters =
        context.shared(Gbt42195Parameters.class, Gbt42195Parameters::new);
    int initial = parameters.initialLevel(total);
    Step initialStep = parameters.initialLevelStep(total, initial);
    boolean inComa = coma.get();
    LevelChanges.Applied changes =
        parameters.changes(inComa).apply(initial, diagnosis.get(), events.get(), inComa);
    ElderAbilityResult result =
        ElderAbilityResult.of(
            subtotals,
            total,
            ElderAbilityLevel.ofNumber(initial),
            ElderAbilityLevel.ofNumber(changes.level()));
    Step decisive = changes.decisive() == null ? initialStep : changes.decisive();
    return Decision.of(ID, result, Explanation.of(changes.after(scoreStep, initialStep), decisive));
  }

  /** The facts an assessment lacks, in input order. */
  private static List<String> missing(ElderAbilityInput input) {
    List<String> missing = new ArrayList<>();
    for (ElderAbilityItem item : ITEMS) {
      if (!input.itemScores().containsKey(item)) {
        missing.add(item.code());
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
    return missing;
  }

  /** The fact {@code total = <total>}, health data. */
  static Fact total(int total) {
    return SharedFacts.of(SharedFacts.TOTAL, total);
  }

  private static ElderAbilityItem[][] itemsByDimension() {
    ElderAbilityItem[][] items = new ElderAbilityItem[DIMENSIONS.length][];
    for (ElderAbilityDimension d : DIMENSIONS) {
      items[d.ordinal()] =
          Arrays.stream(ITEMS).filter(i -> i.dimension() == d).toArray(ElderAbilityItem[]::new);
    }
    return items;
  }

  private static StepTemplate scoresTemplate() {
    StepTemplateBuilder scores = StepTemplate.builder("gbt42195.scores").citation(ANNEX_B);
    for (ElderAbilityDimension d : DIMENSIONS) {
      scores.fact(d.code(), SensitiveCategory.HEALTH, d.displayName());
    }
    if (DIMENSIONS.length != 4) {
      throw new IllegalStateException("the scores step takes four subtotals");
    }
    return scores.result("total", SensitiveCategory.HEALTH).build();
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
