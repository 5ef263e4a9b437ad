package org.communitygov.model.funding;

/**
 * What kind of cost a spend pays. Lottery public-welfare funds may not pay the uses a local rule
 * prohibits (policy-facts §5: 济源市), which the rules hold as a dated parameter.
 *
 * @since 0.1.0
 */
public enum SpendingUse {
  /** A service to residents, the purpose of the money. */
  SERVICE,
  /** Equipment and materials for a service. */
  EQUIPMENT,
  /** 三公经费: official receptions, trips abroad, official vehicles. */
  OFFICIAL_RECEPTION_TRAVEL_VEHICLES,
  /** The basic running costs of a government body (机关基本支出). */
  GOVERNMENT_RUNNING_COSTS,
  /** Salaries and bonuses (工资、奖金). */
  SALARIES_BONUSES,
  /** Building or buying office buildings (楼堂馆所). */
  BUILDINGS,
  /** A for-profit activity (营利性活动). */
  FOR_PROFIT
}
