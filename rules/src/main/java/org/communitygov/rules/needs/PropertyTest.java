package org.communitygov.rules.needs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.communitygov.model.common.SensitiveCategory;
import org.communitygov.model.household.Asset;
import org.communitygov.model.household.Household;
import org.communitygov.model.household.PersonId;
import org.communitygov.rules.common.Citation;
import org.communitygov.rules.common.Comparison;
import org.communitygov.rules.common.Confidence;
import org.communitygov.rules.common.Fact;
import org.communitygov.rules.common.LegalReference;
import org.communitygov.rules.common.LocalizedText;
import org.communitygov.rules.common.Operand;
import org.communitygov.rules.common.Operator;
import org.communitygov.rules.common.Step;
import org.jspecify.annotations.Nullable;

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

  /** The steps of the three conditions, in order. */
  final Step financial;

  final Step vehicle;
  final Step dwellings;

  /** The first condition not met, or null. */
  final @Nullable Step failed;

  private PropertyTest(Step financial, Step vehicle, Step dwellings, @Nullable Step failed) {
    this.financial = financial;
    this.vehicle = vehicle;
    this.dwellings = dwellings;
    this.failed = failed;
  }

  boolean passed() {
    return failed == null;
  }

  static PropertyTest of(
      Household household,
      CountedMembers members,
      MeansTestParameters.Standard standard,
      MeansTestParameters p,
      LocalDate date) {
    BigDecimal financial = BigDecimal.ZERO;
    BigDecimal vehicle = ZERO_MONEY;
    int dwellings = 0;
    List<Asset> assets = household.assets();
    for (int i = 0; i < assets.size(); i++) {
      Asset asset = assets.get(i);
      if (asset.valuedOn().isAfter(date)) {
        continue;
      }
      Optional<PersonId> owner = asset.owner();
      if (owner.isPresent() && !members.counts(owner.get())) {
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
    int counted = members.size();
    BigDecimal perCapita =
        counted == 0
            ? financial.setScale(2, RoundingMode.HALF_UP)
            : financial.divide(BigDecimal.valueOf(counted), 2, RoundingMode.HALF_UP);
    boolean financialHolds = perCapita.compareTo(standard.assetLimit) <= 0;
    boolean vehicleHolds = vehicle.compareTo(p.maxVehicle.value()) <= 0;
    boolean dwellingsHold = dwellings <= p.maxDwellingsValue;
    Step financialStep =
        Step.builder("mlg.property.financialAssets")
            .parameter(p.financialMonths)
            .parameter(standard.parameter)
            .comparison(
                holding(
                    Operand.of(
                        Fact.sensitive(
                            "financialAssetsPerCapita", perCapita, SensitiveCategory.FINANCIAL)),
                    financialHolds,
                    standard.assetLimitOperand))
            .citation(ARTICLE_9)
            .build();
    Step vehicleStep =
        Step.builder("mlg.property.vehicle")
            .comparison(
                holding(
                    Operand.of(
                        Fact.sensitive(
                            "highestVehicleValue", vehicle, SensitiveCategory.FINANCIAL)),
                    vehicleHolds,
                    Operand.of(p.maxVehicle)))
            .citation(ARTICLE_9)
            .build();
    Step dwellingStep =
        Step.builder("mlg.property.dwellings")
            .comparison(
                holding(
                    Operand.of(Fact.sensitive("dwellings", dwellings, SensitiveCategory.FINANCIAL)),
                    dwellingsHold,
                    Operand.of(p.maxDwellings)))
            .citation(ARTICLE_9)
            .build();
    Step failed = null;
    if (!financialHolds) {
      failed = financialStep;
    } else if (!vehicleHolds) {
      failed = vehicleStep;
    } else if (!dwellingsHold) {
      failed = dwellingStep;
    }
    return new PropertyTest(financialStep, vehicleStep, dwellingStep, failed);
  }

  /** {@code left ≤ right} as shown: the relation that holds, computed by the caller. */
  private static Comparison holding(Operand left, boolean holds, Operand right) {
    return Comparison.of(left, holds ? Operator.LE : Operator.GT, right);
  }
}
