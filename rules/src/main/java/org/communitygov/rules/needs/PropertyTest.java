package org.communitygov.rules.needs;

import static org.communitygov.rules.needs.MlgParameters.FINANCIAL_ASSETS_MONTHS;
import static org.communitygov.rules.needs.MlgParameters.MAX_DWELLINGS;
import static org.communitygov.rules.needs.MlgParameters.MAX_VEHICLE_VALUE;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.communitygov.model.common.SensitiveCategory;
import org.communitygov.model.household.Asset;
import org.communitygov.model.household.Household;
import org.communitygov.rules.common.Citation;
import org.communitygov.rules.common.Confidence;
import org.communitygov.rules.common.Fact;
import org.communitygov.rules.common.LegalReference;
import org.communitygov.rules.common.LocalizedText;
import org.communitygov.rules.common.Operand;
import org.communitygov.rules.common.Operator;
import org.communitygov.rules.common.ResolvedParameter;
import org.communitygov.rules.common.RuleContext;
import org.communitygov.rules.common.Step;

/**
 * The property conditions (家庭财产状况规定), a small documented set whose national values are all
 * unconfirmed: deposits and securities per counted member at most {@code
 * mlg.property.financialAssetsMonths} months of the standard; no vehicle worth more than {@code
 * mlg.property.maxVehicleValue}; at most {@code mlg.property.maxDwellings} dwellings. Assets of
 * counted members and of the household as a whole count; valuations after the date are ignored.
 */
final class PropertyTest {
  static final Citation ARTICLE_9 =
      new Citation(
          LegalReference.of(LocalizedText.of("社会救助暂行办法", "Interim Measures on Social Assistance"))
              .withArticle(LocalizedText.of("第九条", "art. 9")),
          Confidence.CONFIRMED);

  private static final BigDecimal ZERO_MONEY = BigDecimal.ZERO.setScale(2);

  final List<Step> steps;
  final Step failed;

  private PropertyTest(List<Step> steps, Step failed) {
    this.steps = steps;
    this.failed = failed;
  }

  boolean passed() {
    return failed == null;
  }

  static PropertyTest of(
      Household household,
      CountedMembers members,
      ResolvedParameter<BigDecimal> standard,
      RuleContext context) {
    BigDecimal financial = BigDecimal.ZERO;
    BigDecimal vehicle = ZERO_MONEY;
    int dwellings = 0;
    for (Asset asset : household.assets()) {
      if (asset.valuedOn().isAfter(context.date())
          || (asset.owner().isPresent() && !members.counted.contains(asset.owner().get()))) {
        continue;
      }
      BigDecimal value = asset.value().amount();
      switch (asset.type()) {
        case DEPOSIT, SECURITIES -> financial = financial.add(value);
        case VEHICLE -> vehicle = vehicle.max(value);
        case HOUSING -> dwellings++;
        default -> {}
      }
    }
    Step financialStep = financial(financial, members.size(), standard, context);
    ResolvedParameter<BigDecimal> maxVehicle = context.resolve(MAX_VEHICLE_VALUE);
    Step vehicleStep =
        Step.builder("mlg.property.vehicle")
            .comparison(
                Holding.compare(
                    Operand.of(
                        Fact.sensitive(
                            "highestVehicleValue", vehicle, SensitiveCategory.FINANCIAL)),
                    Operator.LE,
                    Operand.of(maxVehicle)))
            .citation(ARTICLE_9)
            .build();
    ResolvedParameter<Integer> maxDwellings = context.resolve(MAX_DWELLINGS);
    Step dwellingStep =
        Step.builder("mlg.property.dwellings")
            .comparison(
                Holding.compare(
                    Operand.of(Fact.sensitive("dwellings", dwellings, SensitiveCategory.FINANCIAL)),
                    Operator.LE,
                    Operand.of(maxDwellings)))
            .citation(ARTICLE_9)
            .build();
    List<Step> steps = List.of(financialStep, vehicleStep, dwellingStep);
    Step failed = null;
    for (int i = 0; i < steps.size() && failed == null; i++) {
      if (steps.get(i).comparison().orElseThrow().operator() != Operator.LE) {
        failed = steps.get(i);
      }
    }
    return new PropertyTest(steps, failed);
  }

  private static Step financial(
      BigDecimal financial,
      int members,
      ResolvedParameter<BigDecimal> standard,
      RuleContext context) {
    ResolvedParameter<Integer> months = context.resolve(FINANCIAL_ASSETS_MONTHS);
    BigDecimal perCapita =
        members == 0
            ? financial.setScale(2, RoundingMode.HALF_UP)
            : financial.divide(BigDecimal.valueOf(members), 2, RoundingMode.HALF_UP);
    BigDecimal limit = standard.value().multiply(BigDecimal.valueOf(months.value()));
    return Step.builder("mlg.property.financialAssets")
        .parameter(months)
        .parameter(standard)
        .comparison(
            Holding.compare(
                Operand.of(
                    Fact.sensitive(
                        "financialAssetsPerCapita", perCapita, SensitiveCategory.FINANCIAL)),
                Operator.LE,
                Operand.of(Fact.of("financialAssetsLimit", limit))))
        .citation(ARTICLE_9)
        .build();
  }
}
