package org.communitygov.model.household;

/**
 * The type of an income item, fine enough for a jurisdiction's means test to count it or leave it
 * out (the list of items not counted as income is a per-jurisdiction parameter, not part of the
 * model).
 *
 * @since 0.1.0
 */
public enum IncomeType {
  /** 工资: wages and salaries. */
  WAGES(IncomeCategory.WAGES),
  /** 劳务报酬: pay for casual work. */
  CASUAL_LABOUR(IncomeCategory.WAGES),
  /** 经营收入: net income from a business. */
  BUSINESS(IncomeCategory.BUSINESS_NET),
  /** 农业经营收入: net income from farming, forestry, husbandry, fishery. */
  FARMING(IncomeCategory.BUSINESS_NET),
  /** 租金、利息、股息: net income from property. */
  PROPERTY(IncomeCategory.PROPERTY_NET),
  /** 养老金、退休金: a retirement pension. */
  PENSION(IncomeCategory.TRANSFER_NET),
  /** 城乡居民基础养老金: the basic pension for urban and rural residents. */
  BASIC_RESIDENT_PENSION(IncomeCategory.TRANSFER_NET),
  /** 赡养费、抚养费、扶养费: support paid by relatives obliged to support. */
  FAMILY_SUPPORT(IncomeCategory.TRANSFER_NET),
  /** 优待抚恤金: preferential-treatment and survivor pensions. */
  PREFERENTIAL_TREATMENT(IncomeCategory.TRANSFER_NET),
  /** 计划生育奖励与扶助金: family-planning awards and support. */
  FAMILY_PLANNING_AWARD(IncomeCategory.TRANSFER_NET),
  /** 奖学金、助学金: scholarships and study grants. */
  SCHOLARSHIP(IncomeCategory.TRANSFER_NET),
  /** 见义勇为奖励: awards for acts of bravery. */
  BRAVERY_AWARD(IncomeCategory.TRANSFER_NET),
  /** 社会救助款物: social-assistance payments and goods. */
  SOCIAL_ASSISTANCE(IncomeCategory.TRANSFER_NET),
  /** Another transfer received. */
  OTHER_TRANSFER(IncomeCategory.TRANSFER_NET);

  private final IncomeCategory category;

  IncomeType(IncomeCategory category) {
    this.category = category;
  }

  /**
   * Returns the statistical category of this type.
   *
   * @return the category, not null
   */
  public IncomeCategory category() {
    return category;
  }
}
