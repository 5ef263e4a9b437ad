package org.communitygov.rules.needs.elderability;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.communitygov.model.common.SensitiveCategory;
import org.communitygov.rules.engine.AbstractRule;
import org.communitygov.rules.engine.Citation;
import org.communitygov.rules.engine.Confidence;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.engine.Explanation;
import org.communitygov.rules.engine.Fact;
import org.communitygov.rules.engine.FactMapping;
import org.communitygov.rules.engine.FactType;
import org.communitygov.rules.engine.LegalReference;
import org.communitygov.rules.engine.LocalizedText;
import org.communitygov.rules.engine.ParameterId;
import org.communitygov.rules.engine.ResolvedParameter;
import org.communitygov.rules.engine.RuleContext;
import org.communitygov.rules.engine.Step;
import org.communitygov.rules.needs.barthel.BarthelItem;
import org.communitygov.rules.needs.barthel.BarthelScheme;

/**
 * The elder ability assessment of MZ/T 039-2013《老年人能力评估》, kept for assessments made under it: ADL
 * grade from the Barthel total, 精神状态, 感知觉与沟通 and 社会参与 grades, the final-level matrix, and the
 * level-change rules (top level 3; no change from level 3; a coma gives level 3).
 *
 * <p>Facts: the Barthel item codes, the {@link Mzt039Item} codes, {@code mentalDiagnosis}, {@code
 * careRiskEventsIn30Days}; all health data. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Mzt039Assessment extends AbstractRule<Mzt039Input, Mzt039Result> {
  /** The rule's id. */
  public static final String ID = "needs.elderAbility.mzt039";

  private static final LegalReference STANDARD =
      LegalReference.of(
          LocalizedText.of(
              "老年人能力评估（MZ/T 039-2013）", "Ability assessment for older adults (MZ/T 039-2013)"));

  private static final Citation CONFIRMED = new Citation(STANDARD, Confidence.CONFIRMED);
  private static final Citation PARTLY = new Citation(STANDARD, Confidence.PARTLY_CONFIRMED);

  /** Each ADL and MZ/T 039 item's score, the diagnosis and the events: health data, all needed. */
  private static final FactMapping<Mzt039Input> FACTS = facts();

  private static final Mzt039Assessment INSTANCE = new Mzt039Assessment();

  private Mzt039Assessment() {
    super(ID, "1", FACTS);
  }

  private static FactMapping<Mzt039Input> facts() {
    FactMapping.Builder<Mzt039Input, ImmutableMzt039Input.Builder> facts =
        FactMapping.builder(
            Mzt039Input.class, Mzt039Input::builder, ImmutableMzt039Input.Builder::build);
    FactType<Integer> score = FactType.integer().sensitive(SensitiveCategory.HEALTH);
    for (BarthelItem item : BarthelItem.values()) {
      facts.required(
          item.code(),
          score,
          in -> Optional.ofNullable(in.adlScores().get(item)),
          (b, s) -> b.putAdlScore(item, item.check(s)));
    }
    for (Mzt039Item item : Mzt039Item.values()) {
      facts.required(
          item.code(),
          score,
          in -> Optional.ofNullable(in.itemScores().get(item)),
          (b, s) -> b.putItemScore(item, item.check(s)));
    }
    return facts
        .required(
            "mentalDiagnosis",
            FactType.code(MentalDiagnosis.class).sensitive(SensitiveCategory.HEALTH),
            Mzt039Input::mentalDiagnosis,
            ImmutableMzt039Input.Builder::mentalDiagnosis)
        .required(
            "careRiskEventsIn30Days",
            score,
            Mzt039Input::careRiskEventsIn30Days,
            ImmutableMzt039Input.Builder::careRiskEventsIn30Days)
        .build();
  }

  /**
   * Returns the rule.
   *
   * @return the rule, not null
   */
  public static Mzt039Assessment rule() {
    return INSTANCE;
  }

  @Override
  protected Decision<Mzt039Result> decide(Mzt039Input input, RuleContext context) {
    int adlTotal = input.adlScores().values().stream().mapToInt(Integer::intValue).sum();
    int adl = BarthelScheme.MZ_T_039_2013.bandIndexOf(adlTotal);
    int mental = Mzt039Grades.mental(sum(input, Mzt039Item.Dimension.MENTAL));
    int consciousness = input.itemScores().get(Mzt039Item.CONSCIOUSNESS);
    int sensory =
        Mzt039Grades.sensory(
            consciousness,
            input.itemScores().get(Mzt039Item.VISION),
            input.itemScores().get(Mzt039Item.HEARING),
            input.itemScores().get(Mzt039Item.COMMUNICATION));
    int social = Mzt039Grades.social(sum(input, Mzt039Item.Dimension.SOCIAL));
    Explanation explanation =
        Explanation.of(
            List.of(
                grade("mzt039.adlGrade", "adlTotal", adlTotal, "adlGrade", adl, CONFIRMED),
                grade(
                    "mzt039.mentalGrade",
                    "mentalSum",
                    sum(input, Mzt039Item.Dimension.MENTAL),
                    "mentalGrade",
                    mental,
                    PARTLY),
                grade(
                    "mzt039.sensoryGrade",
                    "consciousness",
                    consciousness,
                    "sensoryGrade",
                    sensory,
                    PARTLY),
                grade(
                    "mzt039.socialGrade",
                    "socialSum",
                    sum(input, Mzt039Item.Dimension.SOCIAL),
                    "socialGrade",
                    social,
                    PARTLY)));
    OptionalInt matrix = Mzt039Grades.matrix(adl, mental, sensory, social);
    Step matrixStep =
        Step.builder("mzt039.matrix")
            .fact(Fact.sensitive("adlGrade", adl, SensitiveCategory.HEALTH))
            .fact(Fact.sensitive("mentalGrade", mental, SensitiveCategory.HEALTH))
            .fact(Fact.sensitive("sensoryGrade", sensory, SensitiveCategory.HEALTH))
            .fact(Fact.sensitive("socialGrade", social, SensitiveCategory.HEALTH))
            .result(
                Fact.sensitive(
                    "initialLevel",
                    matrix.isPresent() ? String.valueOf(matrix.getAsInt()) : "-",
                    SensitiveCategory.HEALTH))
            .citation(PARTLY)
            .build();
    var result =
        Mzt039Result.builder()
            .adlTotal(adlTotal)
            .adlGrade(adl)
            .mentalGrade(mental)
            .sensoryGrade(sensory)
            .socialGrade(social);
    if (matrix.isEmpty()) {
      return Decision.of(ID, result.build(), explanation.thenDecisive(matrixStep));
    }
    int initial = matrix.getAsInt();
    LevelChanges.Applied changes =
        context
            .parameters(Parameters.class)
            .changes
            .apply(
                initial,
                input.mentalDiagnosis().orElseThrow(),
                input.careRiskEventsIn30Days().orElseThrow(),
                consciousness == 3);
    explanation =
        changes.decisive() == null
            ? explanation.thenDecisive(matrixStep)
            : explanation.then(matrixStep);
    for (Step step : changes.steps()) {
      explanation =
          step == changes.decisive() ? explanation.thenDecisive(step) : explanation.then(step);
    }
    return Decision.of(
        ID, result.initialLevel(initial).level(changes.level()).build(), explanation);
  }

  /** The level-change rules of MZ/T 039 in a context: no coma parameter, level 3 at most. */
  static final class Parameters {
    final LevelChanges changes;

    Parameters(
        @ParameterId("elderAbility.mzt039.careRiskEventThreshold")
            ResolvedParameter<Integer> eventThreshold,
        @ParameterId("elderAbility.mzt039.stacking") ResolvedParameter<String> stacking) {
      this.changes = new LevelChanges(eventThreshold, stacking, null, 3, 3, true, PARTLY);
    }
  }

  private static int sum(Mzt039Input input, Mzt039Item.Dimension dimension) {
    return input.itemScores().entrySet().stream()
        .filter(e -> e.getKey().dimension() == dimension)
        .mapToInt(e -> e.getValue())
        .sum();
  }

  private static Step grade(
      String id, String factName, int fact, String gradeName, int grade, Citation citation) {
    return Step.builder(id)
        .fact(Fact.sensitive(factName, fact, SensitiveCategory.HEALTH))
        .result(Fact.sensitive(gradeName, grade, SensitiveCategory.HEALTH))
        .citation(citation)
        .build();
  }
}
