package org.communitygov.rules.needs.elderability;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.communitygov.model.common.SensitiveCategory;
import org.communitygov.rules.engine.Citation;
import org.communitygov.rules.engine.Confidence;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.engine.Explanation;
import org.communitygov.rules.engine.Fact;
import org.communitygov.rules.engine.Facts;
import org.communitygov.rules.engine.LegalReference;
import org.communitygov.rules.engine.LocalizedText;
import org.communitygov.rules.engine.ParameterId;
import org.communitygov.rules.engine.ResolvedParameter;
import org.communitygov.rules.engine.Rule;
import org.communitygov.rules.engine.RuleContext;
import org.communitygov.rules.engine.Step;
import org.communitygov.rules.needs.barthel.BarthelItem;
import org.communitygov.rules.needs.barthel.BarthelScheme;
import org.communitygov.rules.needs.shared.FactReader;

/**
 * The elder ability assessment of MZ/T 039-2013《老年人能力评估》, kept for legacy data: ADL grade from the
 * Barthel total, 精神状态, 感知觉与沟通 and 社会参与 grades, the final-level matrix, and the level-change rules
 * (top level 3; no change from level 3; a coma gives level 3).
 *
 * <p>Facts: the Barthel item codes, the {@link Mzt039Item} codes, {@code mentalDiagnosis}, {@code
 * careRiskEventsIn30Days}; all health data. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Mzt039Assessment implements Rule<Mzt039Input, Mzt039Result> {
  /** The rule's id. */
  public static final String ID = "needs.elderAbility.mzt039";

  private static final Mzt039Assessment INSTANCE = new Mzt039Assessment();

  private static final LegalReference STANDARD =
      LegalReference.of(
          LocalizedText.of(
              "老年人能力评估（MZ/T 039-2013）", "Ability assessment for older adults (MZ/T 039-2013)"));

  private static final Citation CONFIRMED = new Citation(STANDARD, Confidence.CONFIRMED);
  private static final Citation PARTLY = new Citation(STANDARD, Confidence.PARTLY_CONFIRMED);

  private Mzt039Assessment() {}

  /**
   * Returns the rule.
   *
   * @return the rule, not null
   */
  public static Mzt039Assessment rule() {
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

  @Override
  public Decision<Mzt039Result> evaluate(Mzt039Input input, RuleContext context) {
    List<String> missing = missing(input);
    if (!missing.isEmpty()) {
      return Decision.undetermined(ID, missing, Explanation.of(List.of()));
    }
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

  private static List<String> missing(Mzt039Input input) {
    List<String> missing = new ArrayList<>();
    for (BarthelItem item : BarthelItem.values()) {
      if (!input.adlScores().containsKey(item)) {
        missing.add(item.code());
      }
    }
    for (Mzt039Item item : Mzt039Item.values()) {
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
    return missing;
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

  @Override
  public Facts facts(Mzt039Input input) {
    List<Fact> facts = new ArrayList<>();
    input
        .adlScores()
        .forEach((i, s) -> facts.add(Fact.sensitive(i.code(), s, SensitiveCategory.HEALTH)));
    input
        .itemScores()
        .forEach((i, s) -> facts.add(Fact.sensitive(i.code(), s, SensitiveCategory.HEALTH)));
    input
        .mentalDiagnosis()
        .ifPresent(d -> facts.add(Fact.sensitive("mentalDiagnosis", d, SensitiveCategory.HEALTH)));
    input
        .careRiskEventsIn30Days()
        .ifPresent(
            n -> facts.add(Fact.sensitive("careRiskEventsIn30Days", n, SensitiveCategory.HEALTH)));
    return Facts.of(facts);
  }

  @Override
  public Mzt039Input input(Facts facts) {
    var builder = Mzt039Input.builder();
    Set<String> known = new HashSet<>(List.of("mentalDiagnosis", "careRiskEventsIn30Days"));
    for (BarthelItem item : BarthelItem.values()) {
      known.add(item.code());
      FactReader.integer(facts, item.code())
          .ifPresent(s -> builder.putAdlScore(item, item.check(s)));
    }
    for (Mzt039Item item : Mzt039Item.values()) {
      known.add(item.code());
      FactReader.integer(facts, item.code())
          .ifPresent(s -> builder.putItemScore(item, item.check(s)));
    }
    FactReader.onlyKnown(facts, known);
    FactReader.code(facts, "mentalDiagnosis", MentalDiagnosis.class)
        .ifPresent(builder::mentalDiagnosis);
    FactReader.integer(facts, "careRiskEventsIn30Days").ifPresent(builder::careRiskEventsIn30Days);
    return builder.build();
  }
}
