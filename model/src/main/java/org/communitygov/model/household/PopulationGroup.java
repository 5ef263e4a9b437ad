package org.communitygov.model.household;

import com.fasterxml.jackson.annotation.JsonAlias;
import java.time.LocalDate;

/**
 * A population group a household member belongs to on a date, derived from the model. Each group's
 * rule and source is given on its constant; needs rules and service targeting build on them.
 *
 * <p>Groups that need facts the model does not hold (留守儿童, whose parents work away) are not derived
 * here.
 *
 * <p>The assisted households' codes use the glossary's abbreviations (MLG, near-MLG); the earlier
 * spellings ({@code MINIMUM_LIVING_GUARANTEE_HOUSEHOLD}, {@code
 * NEAR_MINIMUM_LIVING_GUARANTEE_HOUSEHOLD}) are still read, never written (ADR 0105).
 *
 * @since 0.1.0
 */
public enum PopulationGroup {
  /** 老年人: aged 60 or more. Source: 《老年人权益保障法》第二条 (老年人是指六十周岁以上的公民). */
  ELDERLY {
    @Override
    boolean includes(Household household, Person person, LocalDate date) {
      return person.ageOn(date) >= 60;
    }
  },
  /** 高龄老人: aged 80 or more, the age of most 高龄津贴 schemes. */
  VERY_ELDERLY {
    @Override
    boolean includes(Household household, Person person, LocalDate date) {
      return person.ageOn(date) >= 80;
    }
  },
  /**
   * 独居老人: an elderly person who is the only member of the household on that date. Source: the
   * common statistical definition used by 民政 surveys.
   */
  LIVING_ALONE {
    @Override
    boolean includes(Household household, Person person, LocalDate date) {
      return ELDERLY.includes(household, person, date) && household.sizeOn(date) == 1;
    }
  },
  /**
   * 空巢老人: an elderly person in a household where no member is under 60 on that date, so no child
   * lives with them (living alone included). Source: the common statistical definition of 空巢家庭;
   * roles are relative to the head, so "a child of this person" is not derivable in general.
   */
  EMPTY_NEST {
    @Override
    boolean includes(Household household, Person person, LocalDate date) {
      return ELDERLY.includes(household, person, date)
          && household.membersOn(date).stream().allMatch(m -> m.ageOn(date) >= 60);
    }
  },
  /** 儿童: under 18. Source: 《未成年人保护法》第二条 (未满十八周岁). */
  CHILD {
    @Override
    boolean includes(Household household, Person person, LocalDate date) {
      return person.ageOn(date) < 18;
    }
  },
  /** 不满十四周岁: under 14, whose personal information is all sensitive. Source: PIPL 第二十八条. */
  CHILD_UNDER_14 {
    @Override
    boolean includes(Household household, Person person, LocalDate date) {
      return person.isUnder14On(date);
    }
  },
  /** 残疾人: holds a disability certificate. */
  DISABLED {
    @Override
    boolean includes(Household household, Person person, LocalDate date) {
      return person.isDisabled();
    }
  },
  /** 重度残疾人: a disability of grade 1 or 2. */
  SEVERELY_DISABLED {
    @Override
    boolean includes(Household household, Person person, LocalDate date) {
      return person.disability().filter(Disability::isSevere).isPresent();
    }
  },
  /** 失业人员: recorded as unemployed. */
  UNEMPLOYED {
    @Override
    boolean includes(Household household, Person person, LocalDate date) {
      return person.employment().filter(e -> e == EmploymentStatus.UNEMPLOYED).isPresent();
    }
  },
  /** 流动人口: living here with hukou registered elsewhere. */
  MIGRANT {
    @Override
    boolean includes(Household household, Person person, LocalDate date) {
      return person.hukou() == HukouStatus.MIGRANT;
    }
  },
  /** A member of a household that receives the minimum living guarantee (低保, MLG). */
  @JsonAlias("MINIMUM_LIVING_GUARANTEE_HOUSEHOLD")
  MLG_HOUSEHOLD {
    @Override
    boolean includes(Household household, Person person, LocalDate date) {
      return household.assistance().contains(AssistanceStatus.MLG);
    }
  },
  /** A member of a near-MLG household (低保边缘). */
  @JsonAlias("NEAR_MINIMUM_LIVING_GUARANTEE_HOUSEHOLD")
  NEAR_MLG_HOUSEHOLD {
    @Override
    boolean includes(Household household, Person person, LocalDate date) {
      return household.assistance().contains(AssistanceStatus.NEAR_MLG);
    }
  },
  /** A member of a household with extreme-poverty support (特困). */
  EXTREME_POVERTY_HOUSEHOLD {
    @Override
    boolean includes(Household household, Person person, LocalDate date) {
      return household.assistance().contains(AssistanceStatus.EXTREME_POVERTY_SUPPORT);
    }
  };

  /**
   * Tells whether a member of a household belongs to this group on a date; the caller has checked
   * that the person is a member that day.
   */
  abstract boolean includes(Household household, Person person, LocalDate date);
}
