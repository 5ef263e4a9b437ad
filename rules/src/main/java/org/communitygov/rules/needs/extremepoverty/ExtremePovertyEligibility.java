package org.communitygov.rules.needs.extremepoverty;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.common.SensitiveCategory;
import org.communitygov.model.household.Disability;
import org.communitygov.model.household.DisabilityCategory;
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
import org.communitygov.rules.engine.Operand;
import org.communitygov.rules.engine.Operator;
import org.communitygov.rules.engine.ParameterId;
import org.communitygov.rules.engine.ResolvedParameter;
import org.communitygov.rules.engine.RuleContext;
import org.communitygov.rules.engine.Step;
import org.communitygov.rules.needs.shared.Eligibility;
import org.jspecify.annotations.Nullable;

/**
 * The 特困 (extreme-poverty support) test of 《特困人员认定办法》(民发〔2016〕178号) 第四条: a person is eligible who
 * has (a) no work capacity (无劳动能力: aged {@code extremePoverty.elderlyAge} or more, under {@code
 * extremePoverty.minorAgeLimit}, or a disability on {@code extremePoverty.qualifyingDisabilities}),
 * (b) no means of living and (c) no one legally obliged to support them, or none able to.
 *
 * <p>A condition known to fail decides {@code NOT_ELIGIBLE}; otherwise a missing fact makes the
 * decision undetermined, naming it. Facts: {@link ExtremePovertyInput}. This class is immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
public final class ExtremePovertyEligibility
    extends AbstractRule<ExtremePovertyInput, Eligibility> {
  /** The rule's id. */
  public static final String ID = "needs.extremePoverty.eligibility";

  static final Citation ARTICLE_4 =
      new Citation(
          LegalReference.of(
                  LocalizedText.of(
                      "特困人员认定办法（民发〔2016〕178号）",
                      "Measures for recognizing extremely poor persons (Minfa [2016] 178)"))
              .withArticle(LocalizedText.of("第四条", "art. 4")),
          Confidence.CONFIRMED);

  /** A disability as {@code CATEGORY:grade}, read strictly; a person's health data. */
  private static final FactType<Disability> DISABILITY =
      FactType.<Disability>of(
              d -> d.category() + ":" + d.grade(), (name, text) -> Disability.parse(text))
          .sensitive(SensitiveCategory.DISABILITY);

  private static final FactMapping<ExtremePovertyInput> FACTS =
      FactMapping.builder(
              ExtremePovertyInput.class,
              ExtremePovertyInput::builder,
              ImmutableExtremePovertyInput.Builder::build)
          .optional(
              "birthDate",
              FactType.date(),
              ExtremePovertyInput::birthDate,
              ImmutableExtremePovertyInput.Builder::birthDate)
          .optional(
              "disability",
              DISABILITY,
              ExtremePovertyInput::disability,
              ImmutableExtremePovertyInput.Builder::disability)
          .optional(
              "noMeansOfLiving",
              FactType.bool(),
              ExtremePovertyInput::noMeansOfLiving,
              ImmutableExtremePovertyInput.Builder::noMeansOfLiving)
          .optional(
              "noAbleSupporter",
              FactType.bool(),
              ExtremePovertyInput::noAbleSupporter,
              ImmutableExtremePovertyInput.Builder::noAbleSupporter)
          .build();

  // After FACTS: the instance needs it.
  private static final ExtremePovertyEligibility INSTANCE = new ExtremePovertyEligibility();

  /** The ages and the qualifying disabilities, the list read once per context. */
  static final class Parameters {
    final ResolvedParameter<String> disabilities;
    final ResolvedParameter<Integer> elderlyAge;
    final ResolvedParameter<Integer> minorAgeLimit;
    final Map<DisabilityCategory, Integer> worstGrades;

    Parameters(
        @ParameterId("extremePoverty.qualifyingDisabilities")
            ResolvedParameter<String> disabilities,
        @ParameterId("extremePoverty.elderlyAge") ResolvedParameter<Integer> elderlyAge,
        @ParameterId("extremePoverty.minorAgeLimit") ResolvedParameter<Integer> minorAgeLimit) {
      this.disabilities = disabilities;
      this.elderlyAge = elderlyAge;
      this.minorAgeLimit = minorAgeLimit;
      this.worstGrades = ExtremePovertyParameters.grades(disabilities);
    }
  }

  private ExtremePovertyEligibility() {
    super(ID, "1", FACTS);
  }

  /**
   * Returns the rule.
   *
   * @return the rule, not null
   */
  public static ExtremePovertyEligibility rule() {
    return INSTANCE;
  }

  /**
   * Decides from the three conditions' steps: one that fails decides {@code NOT_ELIGIBLE}; else a
   * missing fact makes the decision undetermined, naming it; else {@code ELIGIBLE}, decided by the
   * work-capacity step (the condition that made the person eligible).
   */
  @Override
  protected Decision<Eligibility> decide(ExtremePovertyInput input, RuleContext context) {
    List<String> missing = new ArrayList<>(3);
    List<Step> steps = new ArrayList<>(3);
    Step capacity = workCapacity(input, context);
    if (capacity == null) {
      missing.add("birthDate");
    } else {
      steps.add(capacity);
    }
    condition("noMeansOfLiving", input.noMeansOfLiving(), steps, missing);
    condition("noAbleSupporter", input.noAbleSupporter(), steps, missing);
    Step failed = steps.stream().filter(s -> !s.holds()).findFirst().orElse(null);
    if (failed != null) {
      return decided(Eligibility.NOT_ELIGIBLE, steps, failed);
    }
    if (!missing.isEmpty()) {
      Explanation e = steps.isEmpty() ? Explanation.of(steps) : Explanation.of(steps, steps.get(0));
      return Decision.undetermined(ID, missing, e);
    }
    return decided(Eligibility.ELIGIBLE, steps, steps.get(0));
  }

  /**
   * Step (a): the comparison shown is the one that decides it — age at or above the elderly age,
   * age under the minor age limit, or a disability grade within the qualifying grade of its
   * category; null when the birth date is missing and no disability qualifies.
   */
  private static @Nullable Step workCapacity(ExtremePovertyInput input, RuleContext context) {
    Parameters p = context.parameters(Parameters.class);
    Optional<Disability> disability = input.disability();
    Integer worst = disability.map(d -> p.worstGrades.get(d.category())).orElse(null);
    boolean disabled = worst != null && disability.get().grade() <= worst;
    Optional<Integer> age = input.birthDate().map(b -> age(b, context.date()));
    if (age.isEmpty() && !disabled) {
      return null;
    }
    Step.Builder step =
        Step.builder("extremePoverty.noWorkCapacity")
            .citation(ARTICLE_4)
            .fact(
                Fact.sensitive(
                    "disability",
                    disability.map(d -> d.category() + ":" + d.grade()).orElse("NONE"),
                    SensitiveCategory.DISABILITY))
            .parameter(p.disabilities);
    if (age.isPresent() && age.get() >= p.elderlyAge.value()) {
      step.holding(ageOperand(age.get()), Operator.GE, Operand.of(p.elderlyAge));
    } else if (age.isPresent() && (age.get() < p.minorAgeLimit.value() || !disabled)) {
      step.holding(ageOperand(age.get()), Operator.LT, Operand.of(p.minorAgeLimit))
          .parameter(p.elderlyAge);
    } else {
      // Neither elderly nor a minor (or the age unknown): the disability decides.
      step.holding(
              Operand.of(
                  Fact.sensitive(
                      "disabilityGrade",
                      disability.orElseThrow().grade(),
                      SensitiveCategory.DISABILITY)),
              Operator.LE,
              Operand.of(Fact.sensitive("qualifyingGrade", worst, SensitiveCategory.DISABILITY)))
          // Made only for a disabled person: the step itself tells a disability (ADR 0007).
          .sensitive(SensitiveCategory.DISABILITY);
      age.ifPresent(
          a -> step.fact(Fact.of("age", a)).parameter(p.elderlyAge).parameter(p.minorAgeLimit));
    }
    // The result is what the comparison shown decided: the step holds, or it does not.
    Step shown = step.build();
    return step.result(Fact.of("noWorkCapacity", shown.holds())).build();
  }

  private static Operand ageOperand(int age) {
    return Operand.of(Fact.of("age", age));
  }

  private static int age(LocalDate birth, LocalDate date) {
    if (birth.isAfter(date)) {
      throw InvalidValueException.of("birthDate", "afterDate", "the birth date is after the date");
    }
    return Period.between(birth, date).getYears();
  }

  /** Steps (b) and (c): the fact shown equal to {@code true}, or a missing fact. */
  private static void condition(
      String name, Optional<Boolean> value, List<Step> steps, List<String> missing) {
    if (value.isEmpty()) {
      missing.add(name);
      return;
    }
    steps.add(
        Step.builder("extremePoverty." + name)
            .holding(
                Operand.of(Fact.of(name, value.get())),
                Operator.EQ,
                Operand.of(Fact.of("required", true)))
            .citation(ARTICLE_4)
            .build());
  }
}
