package org.communitygov.rules.service.eligibility;

import java.util.ArrayList;
import java.util.List;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.common.SensitiveCategory;
import org.communitygov.model.household.PopulationGroup;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.engine.Explanation;
import org.communitygov.rules.engine.Fact;
import org.communitygov.rules.engine.Facts;
import org.communitygov.rules.engine.Operand;
import org.communitygov.rules.engine.Operator;
import org.communitygov.rules.engine.Rule;
import org.communitygov.rules.engine.RuleContext;
import org.communitygov.rules.engine.Step;
import org.communitygov.rules.needs.shared.Eligibility;
import org.communitygov.rules.needs.shared.Joined;

/**
 * The eligibility of a household, or of one of its members, for a service on a date (ADR 0067): the
 * service is active; the household lives in a community the service serves; it has an assistance
 * status the service asks for (低保, 低保边缘, 特困); and one member (or the member named) meets the age
 * band, is in a target group and has at least the elder ability level asked for. Conditions are
 * checked in that order and the first household condition that fails decides; a member whose
 * ability level is asked for and not known makes the decision undetermined when no member qualifies
 * ({@code abilityLevel.<person>}).
 *
 * <p>Facts: see {@link EligibilityFacts}. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ServiceEligibility implements Rule<EligibilityInput, Eligibility> {
  /** The rule's id. */
  public static final String ID = "service.eligibility";

  private static final ServiceEligibility INSTANCE = new ServiceEligibility();

  private ServiceEligibility() {}

  /**
   * Returns the rule.
   *
   * @return the rule, not null
   */
  public static ServiceEligibility rule() {
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
  public Decision<Eligibility> evaluate(EligibilityInput input, RuleContext context) {
    if (input.household().isEmpty()) {
      return Decision.undetermined(ID, List.of("household"), Explanation.of(List.of()));
    }
    HouseholdProfile profile =
        HouseholdProfile.of(input.household().get(), context.date(), input.abilityLevels());
    int person = -1;
    if (input.person().isPresent()) {
      person =
          profile
              .indexOf(input.person().get())
              .orElseThrow(
                  () ->
                      InvalidValueException.of(
                          "person", "notMember", "the person is not a member on the date"));
    }
    return explain(new Conditions(input.terms()), profile, person);
  }

  /** The decision with its steps; agrees with {@link Conditions#decide} by asking its checks. */
  static Decision<Eligibility> explain(Conditions c, HouseholdProfile p, int person) {
    ServiceTerms terms = c.terms;
    List<Step> steps = new ArrayList<>();
    int household = c.household(p);
    Step statusStep =
        Step.builder("service.eligibility.status")
            .fact(Fact.of("service", terms.service()))
            .holding(
                Operand.of(Fact.of("status", terms.status())),
                Operator.EQ,
                Operand.of(Fact.of("requiredStatus", "ACTIVE")))
            .build();
    steps.add(statusStep);
    if (household == Conditions.NOT_ACTIVE) {
      return not(steps, statusStep);
    }
    Step last = statusStep;
    if (!terms.communities().isEmpty()) {
      last =
          Step.builder("service.eligibility.residence")
              .fact(Fact.of("community", p.community()))
              .fact(Fact.of("servedCommunities", new Joined(terms.communities(), ",")))
              .result(Fact.of("residesInServedCommunity", household != Conditions.NOT_SERVED))
              .build();
      steps.add(last);
      if (household == Conditions.NOT_SERVED) {
        return not(steps, last);
      }
    }
    if (!terms.assistance().isEmpty()) {
      last =
          Step.builder("service.eligibility.assistance")
              .fact(
                  Fact.sensitive(
                      "householdAssistance",
                      new Joined(p.household().assistance(), ","),
                      SensitiveCategory.ASSISTANCE_STATUS))
              .fact(Fact.of("requiredAssistance", new Joined(terms.assistance(), ",")))
              .result(
                  Fact.sensitive(
                      "hasRequiredAssistance",
                      household != Conditions.NO_ASSISTANCE,
                      SensitiveCategory.ASSISTANCE_STATUS))
              .build();
      steps.add(last);
      if (household == Conditions.NO_ASSISTANCE) {
        return not(steps, last);
      }
    }
    if (!c.asksOfAMember()) {
      return Decision.of(ID, Eligibility.ELIGIBLE, Explanation.of(steps, last));
    }
    return members(c, p, person, steps);
  }

  private static Decision<Eligibility> members(
      Conditions c, HouseholdProfile p, int person, List<Step> steps) {
    ServiceTerms terms = c.terms;
    List<String> unknown = new ArrayList<>();
    boolean any = false;
    int from = person < 0 ? 0 : person;
    int to = person < 0 ? p.size() : person + 1;
    for (int i = from; i < to && !any; i++) {
      int check = c.member(p, i);
      steps.add(MemberStep.of(terms, p, i, check));
      any = check == Conditions.OK;
      if (check == Conditions.LEVEL_UNKNOWN) {
        unknown.add("abilityLevel." + p.member(i).value());
      }
    }
    Step.Builder summary = Step.builder("service.eligibility.members");
    terms.minimumAge().ifPresent(a -> summary.fact(Fact.of("minimumAge", a)));
    terms.maximumAge().ifPresent(a -> summary.fact(Fact.of("maximumAge", a)));
    if (!terms.targetGroups().isEmpty()) {
      summary.fact(Fact.of("targetGroups", new Joined(terms.targetGroups(), ",")));
    }
    terms
        .minimumAbilityLevel()
        .ifPresent(l -> summary.fact(Fact.of("minimumAbilityLevel", l.number())));
    Step last = summary.result(Fact.of("memberQualifies", any)).build();
    steps.add(last);
    if (any) {
      return Decision.of(ID, Eligibility.ELIGIBLE, Explanation.of(steps, last));
    }
    if (!unknown.isEmpty()) {
      return Decision.undetermined(ID, unknown, Explanation.of(steps));
    }
    return not(steps, last);
  }

  private static Decision<Eligibility> not(List<Step> steps, Step decisive) {
    return Decision.of(ID, Eligibility.NOT_ELIGIBLE, Explanation.of(steps, decisive));
  }

  /** The category a member's groups are masked under (as the priority groups are). */
  static SensitiveCategory sensitivity(int groups) {
    boolean assistance = false;
    for (PopulationGroup g : PopulationGroup.values()) {
      if ((groups & 1 << g.ordinal()) != 0) {
        switch (g) {
          case DISABLED, SEVERELY_DISABLED -> {
            return SensitiveCategory.DISABILITY;
          }
          case MINIMUM_LIVING_GUARANTEE_HOUSEHOLD,
              NEAR_MINIMUM_LIVING_GUARANTEE_HOUSEHOLD,
              EXTREME_POVERTY_HOUSEHOLD ->
              assistance = true;
          default -> {}
        }
      }
    }
    return assistance ? SensitiveCategory.ASSISTANCE_STATUS : SensitiveCategory.DISABILITY;
  }

  @Override
  public Facts facts(EligibilityInput input) {
    return EligibilityFacts.of(input);
  }

  @Override
  public EligibilityInput input(Facts facts) {
    return EligibilityFacts.input(facts);
  }
}
