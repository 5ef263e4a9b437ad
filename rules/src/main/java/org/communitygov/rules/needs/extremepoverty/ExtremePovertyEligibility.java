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
import org.communitygov.rules.engine.Comparison;
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
    Step decisive = null;
    Optional<Condition> capacity = workCapacity(input, context);
    if (capacity.isEmpty()) {
      missing.add("birthDate");
    } else {
      steps.add(capacity.get().step());
      decisive = capacity.get().step();
      failed = capacity.get().holds() ? null : decisive;
    }
    for (String name : List.of("noMeansOfLiving", "noAbleSupporter")) {
      Optional<Boolean> value =
          name.equals("noMeansOfLiving") ? input.noMeansOfLiving() : input.noAbleSupporter();
      if (value.isEmpty()) {
        missing.add(name);
        continue;
      }
      Condition condition = condition(name, value.get());
      steps.add(condition.step());
      if (failed == null && !condition.holds()) {
        failed = condition.step();
      }
    }
    if (failed != null) {
      decisive = failed;
    } else if (decisive == null && !steps.isEmpty()) {
      decisive = steps.get(0);
    }
    Explanation e = Explanation.of(List.of());
    for (Step s : steps) {
      e = s == decisive ? e.thenDecisive(s) : e.then(s);
    }
    if (failed != null) {
      return Decision.of(ID, Eligibility.NOT_ELIGIBLE, e);
    }
    return missing.isEmpty()
        ? Decision.of(ID, Eligibility.ELIGIBLE, e)
        : Decision.undetermined(ID, missing, e);
  }

  /** A condition's step, and whether the comparison it shows is the one the condition asks. */
  private record Condition(Step step, boolean holds) {}

  /** The comparison of the relation that holds; {@code asked} held if it is the one shown. */
  private static Comparison shown(Operand left, Operator asked, Operand right) {
    return Holding.compare(left, asked, right);
  }

  /**
   * Step (a): the comparison that decides it is the one shown — age at or above the elderly age,
   * age under the minor age limit, or a disability grade within the qualifying grade of its
   * category; or empty when the birth date is missing and no disability qualifies.
   */
  private static Optional<Condition> workCapacity(ExtremePovertyInput input, RuleContext context) {
    ResolvedParameter<String> disabilities = context.resolve(QUALIFYING_DISABILITIES);
    Optional<Disability> disability = input.disability();
    Optional<Integer> qualifyingGrade =
        disability.flatMap(
            d -> ExtremePovertyParameters.qualifyingGrade(d.category(), disabilities));
    boolean disabled =
        disability.isPresent()
            && qualifyingGrade.filter(g -> disability.get().grade() <= g).isPresent();
    Step.Builder step = Step.builder("extremePoverty.noWorkCapacity").citation(ARTICLE_4);
    step.fact(
        Fact.sensitive(
            "disability",
            disability.map(d -> d.category() + ":" + d.grade()).orElse("NONE"),
            SensitiveCategory.DISABILITY));
    step.parameter(disabilities);
    Optional<Integer> age = input.birthDate().map(b -> age(b, context.date()));
    if (age.isEmpty() && !disabled) {
      return Optional.empty();
    }
    ResolvedParameter<Integer> elderly = context.resolve(ELDERLY_AGE);
    ResolvedParameter<Integer> minor = context.resolve(MINOR_AGE_LIMIT);
    Operator asked;
    Comparison comparison;
    if (age.isPresent() && age.get() >= elderly.value()) {
      asked = Operator.GE;
      comparison = shown(Operand.of(Fact.of("age", age.get())), asked, Operand.of(elderly));
      step.comparison(comparison);
    } else if (age.isPresent() && (age.get() < minor.value() || !disabled)) {
      asked = Operator.LT;
      comparison = shown(Operand.of(Fact.of("age", age.get())), asked, Operand.of(minor));
      step.comparison(comparison).parameter(elderly);
    } else {
      // Neither elderly nor a minor (or the age unknown): the disability decides.
      asked = Operator.LE;
      comparison =
          shown(
              Operand.of(
                  Fact.sensitive(
                      "disabilityGrade",
                      disability.orElseThrow().grade(),
                      SensitiveCategory.DISABILITY)),
              asked,
              Operand.of(
                  Fact.sensitive(
                      "qualifyingGrade",
                      qualifyingGrade.orElseThrow(),
                      SensitiveCategory.DISABILITY)));
      // Made only for a disabled person: the step itself tells a disability (ADR 0007).
      step.comparison(comparison).sensitive(SensitiveCategory.DISABILITY);
      if (age.isPresent()) {
        step.fact(Fact.of("age", age.get())).parameter(elderly).parameter(minor);
      }
    }
    boolean holds = comparison.operator() == asked;
    return Optional.of(new Condition(step.result(Fact.of("noWorkCapacity", holds)).build(), holds));
  }

  private static int age(LocalDate birth, LocalDate date) {
    if (birth.isAfter(date)) {
      throw InvalidValueException.of("birthDate", "afterDate", "the birth date is after the date");
    }
    return Period.between(birth, date).getYears();
  }

  private static Condition condition(String name, boolean value) {
    Comparison comparison =
        shown(Operand.of(Fact.of(name, value)), Operator.EQ, Operand.of(Fact.of("required", true)));
    return new Condition(
        Step.builder("extremePoverty." + name).comparison(comparison).citation(ARTICLE_4).build(),
        comparison.operator() == Operator.EQ);
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
