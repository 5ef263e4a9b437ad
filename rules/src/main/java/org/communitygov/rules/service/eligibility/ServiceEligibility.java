package org.communitygov.rules.service.eligibility;

import java.util.ArrayList;
import java.util.List;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.common.SensitiveCategory;
import org.communitygov.model.community.CommunityId;
import org.communitygov.model.household.AssistanceStatus;
import org.communitygov.rules.engine.AbstractRule;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.engine.Explanation;
import org.communitygov.rules.engine.Fact;
import org.communitygov.rules.engine.Operator;
import org.communitygov.rules.engine.RuleContext;
import org.communitygov.rules.engine.Step;
import org.communitygov.rules.engine.StepSlot;
import org.communitygov.rules.engine.StepTemplate;
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
public final class ServiceEligibility extends AbstractRule<EligibilityInput, Eligibility> {
  /** The rule's id. */
  public static final String ID = "service.eligibility";

  private static final ServiceEligibility INSTANCE = new ServiceEligibility();

  private static final StepTemplate STATUS =
      StepTemplate.builder("service.eligibility.status")
          .fact("service")
          .holding(
              StepSlot.fact("status"),
              Operator.EQ,
              StepSlot.constant(Fact.of("requiredStatus", "ACTIVE")))
          .build();

  private static final StepTemplate RESIDENCE =
      StepTemplate.builder("service.eligibility.residence")
          .fact("community")
          .fact("servedCommunities")
          .result("residesInServedCommunity")
          .build();

  private static final StepTemplate ASSISTANCE =
      StepTemplate.builder("service.eligibility.assistance")
          .fact("householdAssistance", SensitiveCategory.ASSISTANCE_STATUS)
          .fact("requiredAssistance")
          .result("hasRequiredAssistance", SensitiveCategory.ASSISTANCE_STATUS)
          .build();

  private ServiceEligibility() {
    super(ID, "1", EligibilityFacts.MAPPING);
  }

  /**
   * Returns the rule.
   *
   * @return the rule, not null
   */
  public static ServiceEligibility rule() {
    return INSTANCE;
  }

  @Override
  protected Decision<Eligibility> decide(EligibilityInput input, RuleContext context) {
    HouseholdProfile profile =
        HouseholdProfile.of(input.household().orElseThrow(), context.date(), input.abilityLevels());
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

  /**
   * The step of a service's status: the same for every household, so made once per service (its
   * comparison is of text).
   */
  static Step statusStep(ServiceTerms terms) {
    return STATUS.with("service", terms.service()).with("status", terms.status()).step();
  }

  /** The step of a household's residence: the same for every household of its community. */
  static Step residenceStep(Conditions c, CommunityId community, boolean served) {
    return RESIDENCE
        .with("community", community)
        .with("servedCommunities", c.servedShown)
        .with("residesInServedCommunity", served)
        .step();
  }

  /**
   * The step of a household's assistance statuses (a mask of {@link AssistanceStatus} ordinals,
   * shown in their order): the same for every household of the same statuses.
   */
  static Step assistanceStep(Conditions c, int statuses, boolean has) {
    List<AssistanceStatus> shown = new ArrayList<>();
    for (AssistanceStatus s : AssistanceStatus.values()) {
      if ((statuses & 1 << s.ordinal()) != 0) {
        shown.add(s);
      }
    }
    return ASSISTANCE
        .with("householdAssistance", new Joined(shown, ","))
        .with("requiredAssistance", c.assistanceShown)
        .with("hasRequiredAssistance", has)
        .step();
  }

  /** The decision with its steps; agrees with {@link Conditions#decide} by asking its checks. */
  Decision<Eligibility> explain(Conditions c, HouseholdProfile p, int person) {
    List<Step> steps = new ArrayList<>(4 + p.size());
    int household = c.household(p);
    Step last = c.statusStep;
    steps.add(last);
    if (household == Conditions.NOT_ACTIVE) {
      return decided(Eligibility.NOT_ELIGIBLE, steps, last);
    }
    if (c.hasCommunities) {
      last = c.residenceStep(p, household);
      steps.add(last);
      if (household == Conditions.NOT_SERVED) {
        return decided(Eligibility.NOT_ELIGIBLE, steps, last);
      }
    }
    if (c.hasAssistance) {
      last = c.assistanceStep(p, household);
      steps.add(last);
      if (household == Conditions.NO_ASSISTANCE) {
        return decided(Eligibility.NOT_ELIGIBLE, steps, last);
      }
    }
    if (!c.asksOfAMember()) {
      return decided(Eligibility.ELIGIBLE, steps, last);
    }
    return members(c, p, person, steps);
  }

  private Decision<Eligibility> members(
      Conditions c, HouseholdProfile p, int person, List<Step> steps) {
    List<String> unknown = List.of();
    boolean any = false;
    int from = person < 0 ? 0 : person;
    int to = person < 0 ? p.size() : person + 1;
    for (int i = from; i < to && !any; i++) {
      int check = c.member(p, i);
      steps.add(MemberSteps.member(c, p, i, check));
      any = check == Conditions.OK;
      if (check == Conditions.LEVEL_UNKNOWN) {
        if (unknown.isEmpty()) {
          unknown = new ArrayList<>(2);
        }
        unknown.add("abilityLevel." + p.member(i).value());
      }
    }
    Step last = any ? c.membersQualify : c.noMemberQualifies;
    steps.add(last);
    if (any) {
      return decided(Eligibility.ELIGIBLE, steps, last);
    }
    if (!unknown.isEmpty()) {
      return Decision.undetermined(ID, unknown, Explanation.of(steps));
    }
    return decided(Eligibility.NOT_ELIGIBLE, steps, last);
  }
}
