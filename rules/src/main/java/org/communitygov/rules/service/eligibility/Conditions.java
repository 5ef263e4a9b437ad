package org.communitygov.rules.service.eligibility;

import java.util.Set;
import org.communitygov.model.community.CommunityId;
import org.communitygov.model.household.AssistanceStatus;
import org.communitygov.model.service.ServiceStatus;
import org.communitygov.rules.engine.Step;
import org.communitygov.rules.needs.shared.Joined;
import org.jspecify.annotations.Nullable;

/**
 * A service's terms as masks and bounds, checked against a {@link HouseholdProfile} without making
 * anything: both the fast answer of {@link HouseholdEligibility} and the steps of {@link
 * ServiceEligibility} ask these checks, so the two cannot disagree. The steps that are the same for
 * every household (the status, the summary of what a member must meet) are made here, once per
 * service. Immutable and thread-safe.
 */
final class Conditions {
  /** A household condition or a member condition that holds. */
  static final int OK = 0;

  static final int NOT_ACTIVE = 1;
  static final int NOT_SERVED = 2;
  static final int NO_ASSISTANCE = 3;
  static final int TOO_YOUNG = 4;
  static final int TOO_OLD = 5;
  static final int NOT_IN_GROUP = 6;
  static final int LEVEL_TOO_LOW = 7;
  static final int LEVEL_UNKNOWN = 8;

  /** What the fast answer says. */
  static final int ELIGIBLE = 0;

  static final int NOT_ELIGIBLE = 1;
  static final int UNDETERMINED = 2;

  final ServiceTerms terms;
  private final boolean active;
  private final Set<CommunityId> communities;
  private final int assistance;
  private final int targets;
  private final int minAge;
  private final int maxAge;
  private final int minLevel;
  private final boolean asksOfAMember;

  final boolean hasCommunities;
  final boolean hasAssistance;
  final boolean hasTargets;
  final boolean hasMinimumLevel;
  final Step statusStep;
  final Step membersQualify;
  final Step noMemberQualifies;
  final Joined servedShown;
  final Joined assistanceShown;

  // The residence step of the community asked about last: households of one community come one
  // after another, so most decisions share it. The step of each set of assistance statuses (by
  // mask), made when first asked for. Both races are benign: every thread makes the same step.
  private volatile @Nullable Residence lastResidence;
  private final @Nullable Step[] assistanceSteps = new Step[1 << AssistanceStatus.values().length];

  private record Residence(CommunityId community, Step step) {}

  Conditions(ServiceTerms terms) {
    this.terms = terms;
    this.hasCommunities = !terms.communities().isEmpty();
    this.hasAssistance = !terms.assistance().isEmpty();
    this.hasTargets = !terms.targetGroups().isEmpty();
    this.hasMinimumLevel = terms.minimumAbilityLevel().isPresent();
    this.statusStep = ServiceEligibility.statusStep(terms);
    this.membersQualify = MemberSteps.summary(terms, true);
    this.noMemberQualifies = MemberSteps.summary(terms, false);
    this.servedShown = new Joined(terms.communities(), ",");
    this.assistanceShown = new Joined(terms.assistance(), ",");
    this.active = terms.status() == ServiceStatus.ACTIVE;
    this.communities = terms.communities();
    int statuses = 0;
    for (AssistanceStatus s : terms.assistance()) {
      statuses |= 1 << s.ordinal();
    }
    this.assistance = statuses;
    this.targets = HouseholdProfile.mask(terms.targetGroups());
    this.minAge = terms.minimumAge().orElse(Integer.MIN_VALUE);
    this.maxAge = terms.maximumAge().orElse(Integer.MAX_VALUE);
    this.minLevel = terms.minimumAbilityLevel().map(l -> l.number()).orElse(-1);
    this.asksOfAMember = terms.asksOfAMember();
  }

  /** The first household condition that fails, or {@link #OK}. */
  int household(HouseholdProfile p) {
    if (!active) {
      return NOT_ACTIVE;
    }
    if (hasCommunities && !communities.contains(p.community())) {
      return NOT_SERVED;
    }
    if (assistance != 0 && (p.assistance() & assistance) == 0) {
      return NO_ASSISTANCE;
    }
    return OK;
  }

  /** The step of the household's residence; {@code household} is what {@link #household} said. */
  Step residenceStep(HouseholdProfile p, int household) {
    Residence last = lastResidence;
    if (last == null || !last.community().equals(p.community())) {
      last =
          new Residence(
              p.community(),
              ServiceEligibility.residenceStep(this, p.community(), household != NOT_SERVED));
      lastResidence = last;
    }
    return last.step();
  }

  /** The step of the household's assistance; {@code household} is what {@link #household} said. */
  Step assistanceStep(HouseholdProfile p, int household) {
    int mask = p.assistance();
    Step step = assistanceSteps[mask];
    if (step == null) {
      step = ServiceEligibility.assistanceStep(this, mask, household != NO_ASSISTANCE);
      assistanceSteps[mask] = step;
    }
    return step;
  }

  /** The first condition member {@code i} fails, or {@link #OK}. */
  int member(HouseholdProfile p, int i) {
    int age = p.age(i);
    if (age < minAge) {
      return TOO_YOUNG;
    }
    if (age > maxAge) {
      return TOO_OLD;
    }
    if (targets != 0 && (p.groups(i) & targets) == 0) {
      return NOT_IN_GROUP;
    }
    if (minLevel >= 0) {
      int level = p.level(i);
      if (level < 0) {
        return LEVEL_UNKNOWN;
      }
      if (level < minLevel) {
        return LEVEL_TOO_LOW;
      }
    }
    return OK;
  }

  boolean asksOfAMember() {
    return asksOfAMember;
  }

  /**
   * The answer for the household, or for one member ({@code person} its position, or -1 for any
   * member): {@link #ELIGIBLE}, {@link #NOT_ELIGIBLE} or {@link #UNDETERMINED}.
   */
  int decide(HouseholdProfile p, int person) {
    if (household(p) != OK) {
      return NOT_ELIGIBLE;
    }
    if (!asksOfAMember) {
      return ELIGIBLE;
    }
    boolean unknown = false;
    int from = person < 0 ? 0 : person;
    int to = person < 0 ? p.size() : person + 1;
    for (int i = from; i < to; i++) {
      int check = member(p, i);
      if (check == OK) {
        return ELIGIBLE;
      }
      unknown |= check == LEVEL_UNKNOWN;
    }
    return unknown ? UNDETERMINED : NOT_ELIGIBLE;
  }
}
