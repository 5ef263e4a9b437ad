package org.communitygov.rules.needs.extremepoverty;

import static org.communitygov.rules.needs.extremepoverty.ExtremePovertyParameters.ELDERLY_AGE;
import static org.communitygov.rules.needs.extremepoverty.ExtremePovertyParameters.MINOR_AGE_LIMIT;
import static org.communitygov.rules.needs.extremepoverty.ExtremePovertyParameters.QUALIFYING_DISABILITIES;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.common.SensitiveCategory;
import org.communitygov.model.household.Disability;
import org.communitygov.rules.engine.Citation;
import org.communitygov.rules.engine.Confidence;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.engine.Explanation;
import org.communitygov.rules.engine.Fact;
import org.communitygov.rules.engine.Facts;
import org.communitygov.rules.engine.LegalReference;
import org.communitygov.rules.engine.LocalizedText;
import org.communitygov.rules.engine.Operand;
import org.communitygov.rules.engine.Operator;
import org.communitygov.rules.engine.ResolvedParameter;
import org.communitygov.rules.engine.Rule;
import org.communitygov.rules.engine.RuleContext;
import org.communitygov.rules.engine.Step;
import org.communitygov.rules.needs.shared.Eligibility;
import org.communitygov.rules.needs.shared.Holding;

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
public final class ExtremePovertyEligibility implements Rule<ExtremePovertyInput, Eligibility> {
  /** The rule's id. */
  public static final String ID = "needs.extremePoverty.eligibility";

  private static final ExtremePovertyEligibility INSTANCE = new ExtremePovertyEligibility();

  static final Citation ARTICLE_4 =
      new Citation(
          LegalReference.of(
                  LocalizedText.of(
                      "特困人员认定办法（民发〔2016〕178号）",
                      "Measures for recognizing extremely poor persons (Minfa [2016] 178)"))
              .withArticle(LocalizedText.of("第四条", "art. 4")),
          Confidence.CONFIRMED);

  private ExtremePovertyEligibility() {}

  /**
   * Returns the rule.
   *
   * @return the rule, not null
   */
  public static ExtremePovertyEligibility rule() {
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
  public Decision<Eligibility> evaluate(ExtremePovertyInput input, RuleContext context) {
    List<String> missing = new ArrayList<>();
    List<Step> steps = new ArrayList<>();
    Step failed = null;
    Optional<Step> capacity = workCapacity(input, context);
    if (capacity.isEmpty()) {
      missing.add("birthDate");
    } else {
      steps.add(capacity.get());
      failed = holds(capacity.get()) ? null : capacity.get();
    }
    for (String name : List.of("noMeansOfLiving", "noAbleSupporter")) {
      Optional<Boolean> value =
          name.equals("noMeansOfLiving") ? input.noMeansOfLiving() : input.noAbleSupporter();
      if (value.isEmpty()) {
        missing.add(name);
        continue;
      }
      Step step = condition(name, value.get());
      steps.add(step);
      if (failed == null && !value.get()) {
        failed = step;
      }
    }
    Explanation e = Explanation.of(List.of());
    for (Step s : steps) {
      e = s == failed || (failed == null && s == steps.get(0)) ? e.thenDecisive(s) : e.then(s);
    }
    if (failed != null) {
      return Decision.of(ID, Eligibility.NOT_ELIGIBLE, e);
    }
    return missing.isEmpty()
        ? Decision.of(ID, Eligibility.ELIGIBLE, e)
        : Decision.undetermined(ID, missing, e);
  }

  private static boolean holds(Step step) {
    return step.result().orElseThrow().value().equals("true");
  }

  /** Step (a), or empty when the birth date is missing and no disability qualifies. */
  private static Optional<Step> workCapacity(ExtremePovertyInput input, RuleContext context) {
    ResolvedParameter<String> disabilities = context.resolve(QUALIFYING_DISABILITIES);
    Optional<Disability> disability = input.disability();
    boolean disabled =
        disability.filter(d -> ExtremePovertyParameters.qualifies(d, disabilities)).isPresent();
    Step.Builder step = Step.builder("extremePoverty.noWorkCapacity").citation(ARTICLE_4);
    step.fact(
        Fact.sensitive(
            "disability",
            disability.map(d -> d.category() + ":" + d.grade()).orElse("NONE"),
            SensitiveCategory.DISABILITY));
    step.parameter(disabilities);
    if (input.birthDate().isEmpty()) {
      return disabled
          ? Optional.of(step.result(Fact.of("noWorkCapacity", true)).build())
          : Optional.empty();
    }
    int age = age(input.birthDate().get(), context.date());
    ResolvedParameter<Integer> elderly = context.resolve(ELDERLY_AGE);
    ResolvedParameter<Integer> minor = context.resolve(MINOR_AGE_LIMIT);
    Operand ageOperand = Operand.of(Fact.of("age", age));
    if (age >= elderly.value()) {
      step.comparison(Holding.compare(ageOperand, Operator.GE, Operand.of(elderly)));
    } else {
      step.comparison(Holding.compare(ageOperand, Operator.LT, Operand.of(minor)))
          .parameter(elderly);
    }
    boolean result = age >= elderly.value() || age < minor.value() || disabled;
    return Optional.of(step.result(Fact.of("noWorkCapacity", result)).build());
  }

  private static int age(LocalDate birth, LocalDate date) {
    if (birth.isAfter(date)) {
      throw InvalidValueException.of("birthDate", "afterDate", "the birth date is after the date");
    }
    return Period.between(birth, date).getYears();
  }

  private static Step condition(String name, boolean value) {
    return Step.builder("extremePoverty." + name)
        .comparison(
            Holding.compare(
                Operand.of(Fact.of(name, value)),
                Operator.EQ,
                Operand.of(Fact.of("required", true))))
        .citation(ARTICLE_4)
        .build();
  }

  @Override
  public Facts facts(ExtremePovertyInput input) {
    return ExtremePovertyFacts.facts(input);
  }

  @Override
  public ExtremePovertyInput input(Facts facts) {
    return ExtremePovertyFacts.input(facts);
  }
}
