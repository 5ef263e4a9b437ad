package org.communitygov.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.communitygov.model.common.DateRange;
import org.communitygov.model.household.Asset;
import org.communitygov.model.household.AssistanceStatus;
import org.communitygov.model.household.Household;
import org.communitygov.model.household.IncomeItem;
import org.communitygov.model.household.MemberRole;
import org.communitygov.model.household.Membership;
import org.communitygov.model.household.Person;
import org.communitygov.model.household.PersonId;
import org.communitygov.rules.needs.elderability.ElderAbilityInput;
import org.communitygov.rules.needs.elderability.MentalDiagnosis;
import org.communitygov.rules.needs.priority.PriorityGroup;

/**
 * The baseline a programmer would write by hand: the same 低保, elder-ability and priority-group
 * outcomes as the rules, with parameters in plain fields and no explanation. Its parts are static
 * so that the Easy Rules version runs the very same arithmetic.
 */
final class HandWrittenNeeds {
  private HandWrittenNeeds() {}

  static NeedsOutcome evaluate(
      Household household, ElderAbilityInput elder, PlainParameters p, LocalDate date) {
    List<Person> members = membersOn(household, date);
    Set<PersonId> counted = counted(household, date);
    BigDecimal perCapita = perCapita(household, counted, p, date);
    boolean property = propertyPassed(household, counted, p, date);
    String code;
    BigDecimal benefit = null;
    if (!counted.isEmpty() && perCapita.compareTo(p.standard) < 0 && property) {
      code = "ELIGIBLE";
      benefit = benefit(perCapita, counted.size(), p);
    } else {
      code = "NOT_ELIGIBLE";
    }
    int level = Math.min(4, coma(elder, p, raised(elder, p, initialLevel(total(elder), p))));
    return new NeedsOutcome(code, benefit, level, groups(household, members, p, date));
  }

  static List<Person> membersOn(Household household, LocalDate date) {
    List<Person> members = new ArrayList<>(household.memberships().size());
    for (Membership m : household.memberships()) {
      if (m.isActiveOn(date)) {
        members.add(household.member(m.person()).orElseThrow());
      }
    }
    return members;
  }

  /** Members on the date, but not other relatives and non-relatives (no support obligation). */
  static Set<PersonId> counted(Household household, LocalDate date) {
    Set<PersonId> counted = new HashSet<>();
    for (Membership m : household.memberships()) {
      if (m.isActiveOn(date)
          && m.role() != MemberRole.OTHER_RELATIVE
          && m.role() != MemberRole.NON_RELATIVE) {
        counted.add(m.person());
      }
    }
    return counted;
  }

  static BigDecimal perCapita(
      Household household, Set<PersonId> counted, PlainParameters p, LocalDate date) {
    DateRange window = DateRange.of(date.minusMonths(p.months), date);
    BigDecimal total = BigDecimal.ZERO;
    for (IncomeItem item : household.income()) {
      if (item.person().isPresent() && !counted.contains(item.person().get())) {
        continue;
      }
      var overlap = item.period().intersection(window);
      if (overlap.isEmpty() || p.excluded.contains(item.type())) {
        continue;
      }
      long all = days(item.period());
      long part = days(overlap.get());
      BigDecimal amount = item.amount().amount();
      total =
          total.add(
              part == all
                  ? amount
                  : amount
                      .multiply(BigDecimal.valueOf(part))
                      .divide(BigDecimal.valueOf(all), 10, RoundingMode.HALF_UP));
    }
    total = total.setScale(2, RoundingMode.HALF_UP);
    return counted.isEmpty()
        ? BigDecimal.ZERO
        : total.divide(
            BigDecimal.valueOf((long) p.months * counted.size()), 2, RoundingMode.HALF_UP);
  }

  private static long days(DateRange range) {
    return ChronoUnit.DAYS.between(range.start(), range.endExclusive().orElseThrow());
  }

  static boolean propertyPassed(
      Household household, Set<PersonId> counted, PlainParameters p, LocalDate date) {
    BigDecimal financial = BigDecimal.ZERO;
    BigDecimal vehicle = BigDecimal.ZERO;
    int dwellings = 0;
    for (Asset a : household.assets()) {
      if (a.valuedOn().isAfter(date)
          || (a.owner().isPresent() && !counted.contains(a.owner().get()))) {
        continue;
      }
      switch (a.type()) {
        case DEPOSIT, SECURITIES -> financial = financial.add(a.value().amount());
        case VEHICLE -> vehicle = vehicle.max(a.value().amount());
        case HOUSING -> dwellings++;
        default -> {}
      }
    }
    BigDecimal perCapita =
        counted.isEmpty()
            ? financial
            : financial.divide(BigDecimal.valueOf(counted.size()), 2, RoundingMode.HALF_UP);
    return perCapita.compareTo(p.standard.multiply(BigDecimal.valueOf(p.financialMonths))) <= 0
        && vehicle.compareTo(p.maxVehicle) <= 0
        && dwellings <= p.maxDwellings;
  }

  static BigDecimal benefit(BigDecimal perCapita, int counted, PlainParameters p) {
    return p.standard
        .subtract(perCapita)
        .multiply(BigDecimal.valueOf(counted))
        .setScale(2, RoundingMode.HALF_UP);
  }

  static int total(ElderAbilityInput elder) {
    int total = 0;
    for (int score : elder.itemScores().values()) {
      total += score;
    }
    return total;
  }

  static int initialLevel(int total, PlainParameters p) {
    for (int level = 0; level < 4; level++) {
      if (total >= p.minTotal[level]) {
        return level;
      }
    }
    return 4;
  }

  static int raised(ElderAbilityInput elder, PlainParameters p, int initial) {
    int diagnosis = elder.mentalDiagnosis().orElseThrow() == MentalDiagnosis.NONE ? 0 : 1;
    int events = elder.careRiskEventsIn30Days().orElseThrow() >= p.eventThreshold ? 1 : 0;
    return initial + (p.additive ? diagnosis + events : Math.min(1, diagnosis + events));
  }

  static int coma(ElderAbilityInput elder, PlainParameters p, int level) {
    return elder.coma().orElseThrow() ? Math.max(level, p.comaLevel) : level;
  }

  static Set<PriorityGroup> groups(
      Household household, List<Person> members, PlainParameters p, LocalDate date) {
    Set<PriorityGroup> groups = EnumSet.noneOf(PriorityGroup.class);
    Set<AssistanceStatus> assistance = household.assistance();
    boolean assisted =
        assistance.contains(AssistanceStatus.MLG)
            || assistance.contains(AssistanceStatus.EXTREME_POVERTY_SUPPORT);
    boolean allElderly = true;
    for (Person m : members) {
      allElderly &= m.ageOn(date) >= p.elderlyAge;
    }
    for (Person m : members) {
      int age = m.ageOn(date);
      if (age >= p.elderlyAge && members.size() == 1) {
        groups.add(PriorityGroup.ELDERLY_LIVING_ALONE);
      }
      if (age >= p.elderlyAge && allElderly) {
        groups.add(PriorityGroup.EMPTY_NEST_ELDERLY);
      }
      if (age >= p.veryElderlyAge) {
        groups.add(PriorityGroup.VERY_ELDERLY);
      }
      if (m.disability().isPresent()) {
        groups.add(PriorityGroup.DISABLED);
        if (m.disability().get().grade() <= p.severeGrade) {
          groups.add(PriorityGroup.SEVERELY_DISABLED);
        }
      }
      if (assisted && age < p.childAge) {
        groups.add(PriorityGroup.CHILD_IN_ASSISTED_HOUSEHOLD);
      }
    }
    if (assistance.contains(AssistanceStatus.MLG)) {
      groups.add(PriorityGroup.MLG_HOUSEHOLD);
    }
    if (assistance.contains(AssistanceStatus.NEAR_MLG)) {
      groups.add(PriorityGroup.NEAR_MLG_HOUSEHOLD);
    }
    if (assistance.contains(AssistanceStatus.EXTREME_POVERTY_SUPPORT)) {
      groups.add(PriorityGroup.EXTREME_POVERTY_HOUSEHOLD);
    }
    return groups;
  }
}
