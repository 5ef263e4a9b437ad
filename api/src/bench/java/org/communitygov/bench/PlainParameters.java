package org.communitygov.bench;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import org.communitygov.model.household.IncomeType;
import org.communitygov.rules.engine.ParameterSet;
import org.communitygov.rules.engine.RuleContext;
import org.communitygov.rules.needs.elderability.ElderAbilityParameters;
import org.communitygov.rules.needs.meanstest.MlgParameters;
import org.communitygov.rules.needs.priority.PriorityParameters;

/**
 * The parameter values the baselines use, resolved once from the same {@link ParameterSet} as the
 * rules (so all three compute with the same numbers) into plain fields.
 */
final class PlainParameters {
  final BigDecimal standard;
  final int months;
  final Set<IncomeType> excluded = EnumSet.noneOf(IncomeType.class);
  final int financialMonths;
  final BigDecimal maxVehicle;
  final int maxDwellings;
  final int[] minTotal = new int[4];
  final int eventThreshold;
  final boolean additive;
  final int comaLevel;
  final int elderlyAge;
  final int veryElderlyAge;
  final int severeGrade;
  final int childAge;

  PlainParameters(RuleContext c) {
    standard = c.resolve(MlgParameters.STANDARD_URBAN).value().amount();
    months = c.resolve(MlgParameters.INCOME_LOOKBACK_MONTHS).value();
    for (String code : c.resolve(MlgParameters.INCOME_EXCLUDED_TYPES).value().split(",")) {
      excluded.add(IncomeType.valueOf(code.trim()));
    }
    financialMonths = c.resolve(MlgParameters.FINANCIAL_ASSETS_MONTHS).value();
    maxVehicle = c.resolve(MlgParameters.MAX_VEHICLE_VALUE).value().amount();
    maxDwellings = c.resolve(MlgParameters.MAX_DWELLINGS).value();
    minTotal[0] = c.resolve(ElderAbilityParameters.GBT_MIN_TOTAL_LEVEL_0).value();
    minTotal[1] = c.resolve(ElderAbilityParameters.GBT_MIN_TOTAL_LEVEL_1).value();
    minTotal[2] = c.resolve(ElderAbilityParameters.GBT_MIN_TOTAL_LEVEL_2).value();
    minTotal[3] = c.resolve(ElderAbilityParameters.GBT_MIN_TOTAL_LEVEL_3).value();
    eventThreshold = c.resolve(ElderAbilityParameters.GBT_CARE_RISK_EVENT_THRESHOLD).value();
    additive = c.resolve(ElderAbilityParameters.GBT_STACKING).value().equals("ADDITIVE");
    comaLevel = c.resolve(ElderAbilityParameters.GBT_COMA_TARGET).value().equals("SEVERE") ? 3 : 4;
    elderlyAge = c.resolve(PriorityParameters.ELDERLY_AGE).value();
    veryElderlyAge = c.resolve(PriorityParameters.VERY_ELDERLY_AGE).value();
    severeGrade = c.resolve(PriorityParameters.SEVERE_DISABILITY_GRADE).value();
    childAge = c.resolve(PriorityParameters.CHILD_AGE_LIMIT).value();
  }
}
