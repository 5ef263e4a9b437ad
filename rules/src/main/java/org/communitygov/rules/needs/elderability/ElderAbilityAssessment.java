package org.communitygov.rules.needs.elderability;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.communitygov.model.common.SensitiveCategory;
import org.communitygov.rules.engine.AbstractRule;
import org.communitygov.rules.engine.Citation;
import org.communitygov.rules.engine.Confidence;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.engine.FactMapping;
import org.communitygov.rules.engine.FactType;
import org.communitygov.rules.engine.LegalReference;
import org.communitygov.rules.engine.LocalizedText;
import org.communitygov.rules.engine.Operator;
import org.communitygov.rules.engine.ResolvedParameter;
import org.communitygov.rules.engine.RuleContext;
import org.communitygov.rules.engine.Step;
import org.communitygov.rules.engine.StepSlot;
import org.communitygov.rules.engine.StepTemplate;
import org.communitygov.rules.engine.StepTemplateBuilder;
import org.communitygov.rules.engine.StepValues;
import org.communitygov.rules.engine.Steps;
import org.jspecify.annotations.Nullable;

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
public final class ElderAbilityAssessment
    extends AbstractRule<ElderAbilityInput, ElderAbilityResult> {
  /** The rule's id. */
  public static final String ID = "needs.elderAbility.gbt42195";

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

  /** The scores step: each dimension's subtotal (by its code, with its name), then the total. */
  private static final StepTemplate SCORES = scoresTemplate();

  /** The initial level of a total that reaches a level's band ({@code band}). */
  private static final StepTemplate BAND = bandTemplate(Operator.GE);

  /** The initial level 4: a total below the band of level 3. */
  private static final StepTemplate BELOW_BANDS = bandTemplate(Operator.LT);

  private static final List<ElderAbilityItem> ITEMS = List.of(ElderAbilityItem.values());

  private static final List<ElderAbilityDimension> DIMENSIONS =
      List.of(ElderAbilityDimension.values());

  private static final FactMapping<ElderAbilityInput> FACTS = facts();

  private static final ElderAbilityAssessment INSTANCE = new ElderAbilityAssessment();

  private ElderAbilityAssessment() {
    super(ID, "1", FACTS);
  }

  /**
   * Returns the rule.
   *
   * @return the rule, not null
   */
  public static ElderAbilityAssessment rule() {
    return INSTANCE;
  }

  @Override
  protected Decision<ElderAbilityResult> decide(ElderAbilityInput input, RuleContext context) {
    int[] subtotals = new int[DIMENSIONS.size()];
    Map<ElderAbilityItem, Integer> itemScores = input.itemScores();
    for (ElderAbilityItem item : ITEMS) {
      subtotals[item.dimension().ordinal()] += itemScores.get(item); // every item is required
    }
    // One StepValues, never reassigned (with returns it): the JIT can then do without it.
    StepValues scores = SCORES.with(DIMENSIONS.get(0).code(), subtotals[0]);
    Map<ElderAbilityDimension, Integer> dimensionSubtotals =
        new EnumMap<>(ElderAbilityDimension.class);
    int total = 0;
    for (ElderAbilityDimension d : DIMENSIONS) {
      int subtotal = subtotals[d.ordinal()];
      if (d.ordinal() > 0) {
        scores.with(d.code(), subtotal);
      }
      dimensionSubtotals.put(d, subtotal);
      total += subtotal;
    }
    Step scoreStep = scores.with("total", total).step();
    Gbt42195Parameters p = context.parameters(Gbt42195Parameters.class);
    // The initial level is the first band whose step holds (asked before the rest of its values
    // are given); below every band, level 4.
    int initial = p.bands.size();
    @Nullable Step initialStep = null;
    for (int level = 0; level < p.bands.size() && initialStep == null; level++) {
      StepValues band = band(BAND, total, level, p);
      if (band.holds()) {
        initial = level;
        initialStep = initialLevel(band, level, p);
      }
    }
    if (initialStep == null) {
      initialStep = initialLevel(band(BELOW_BANDS, total, initial - 1, p), initial, p);
    }
    boolean coma = input.coma().orElseThrow();
    LevelChanges.Applied changes =
        p.changes(coma, context)
            .apply(
                initial,
                input.mentalDiagnosis().orElseThrow(),
                input.careRiskEventsIn30Days().orElseThrow(),
                coma);
    Steps steps =
        Steps.withCapacity(2 + changes.steps().size())
            .add(scoreStep)
            .add(initialStep)
            .addAll(changes.steps());
    ElderAbilityResult result =
        ImmutableElderAbilityResult.of(
            dimensionSubtotals,
            total,
            ElderAbilityLevel.ofNumber(initial),
            ElderAbilityLevel.ofNumber(changes.level()));
    Step decisive = changes.decisive() == null ? initialStep : changes.decisive();
    return decided(result, steps, decisive);
  }

  /** The comparison of a total with the band of a level (levels 0 to 3; 4 below level 3's). */
  private static StepValues band(
      StepTemplate template, int total, int level, Gbt42195Parameters p) {
    return template.with("total", total).with("band", p.bands.get(level));
  }

  /** The step of the initial level: the band compared, every band, the level. */
  private static Step initialLevel(StepValues band, int level, Gbt42195Parameters p) {
    List<ResolvedParameter<Integer>> bands = p.bands;
    return band.with("level0", bands.get(0))
        .with("level1", bands.get(1))
        .with("level2", bands.get(2))
        .with("level3", bands.get(3))
        .with("initialLevel", level)
        .step();
  }

  private static StepTemplate bandTemplate(Operator operator) {
    // The band that held tells the level: the whole step is health data.
    return StepTemplate.builder("gbt42195.initialLevel")
        .sensitive(SensitiveCategory.HEALTH)
        .comparison(
            StepSlot.fact("total", SensitiveCategory.HEALTH),
            operator,
            StepSlot.parameter().named("band"))
        .parameter("level0")
        .parameter("level1")
        .parameter("level2")
        .parameter("level3")
        .result("initialLevel", SensitiveCategory.HEALTH)
        .build();
  }

  private static StepTemplate scoresTemplate() {
    StepTemplateBuilder scores = StepTemplate.builder("gbt42195.scores").citation(ANNEX_B);
    for (ElderAbilityDimension d : ElderAbilityDimension.values()) {
      scores.fact(d.code(), SensitiveCategory.HEALTH, d.displayName());
    }
    return scores.result("total", SensitiveCategory.HEALTH).build();
  }

  /**
   * Each item's score, then the diagnosis, the events and the coma: all health data, all needed.
   */
  private static FactMapping<ElderAbilityInput> facts() {
    FactMapping.Builder<ElderAbilityInput, ImmutableElderAbilityInput.Builder> facts =
        FactMapping.builder(
            ElderAbilityInput.class,
            ElderAbilityInput::builder,
            ImmutableElderAbilityInput.Builder::build);
    FactType<Integer> score = FactType.integer().sensitive(SensitiveCategory.HEALTH);
    for (ElderAbilityItem item : ElderAbilityItem.values()) {
      facts.required(
          item.code(),
          score,
          in -> java.util.Optional.ofNullable(in.itemScores().get(item)),
          (b, s) -> b.putItemScore(item, item.check(s)),
          in -> in.itemScores().containsKey(item));
    }
    return facts
        .required(
            "mentalDiagnosis",
            FactType.code(MentalDiagnosis.class).sensitive(SensitiveCategory.HEALTH),
            ElderAbilityInput::mentalDiagnosis,
            ImmutableElderAbilityInput.Builder::mentalDiagnosis)
        .required(
            "careRiskEventsIn30Days",
            score,
            ElderAbilityInput::careRiskEventsIn30Days,
            ImmutableElderAbilityInput.Builder::careRiskEventsIn30Days)
        .required(
            "coma",
            FactType.bool().sensitive(SensitiveCategory.HEALTH),
            ElderAbilityInput::coma,
            ImmutableElderAbilityInput.Builder::coma)
        // Every item scored (the map's keys are items), the diagnosis, the events and the coma.
        .allPresentWhen(
            in ->
                in.itemScores().size() == ITEMS.size()
                    && in.mentalDiagnosis().isPresent()
                    && in.careRiskEventsIn30Days().isPresent()
                    && in.coma().isPresent())
        .build();
  }
}
