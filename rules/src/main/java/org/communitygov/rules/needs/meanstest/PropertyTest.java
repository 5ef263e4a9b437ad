package org.communitygov.rules.needs.meanstest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.communitygov.model.common.CurrencyMismatchException;
import org.communitygov.model.common.SensitiveCategory;
import org.communitygov.model.household.Asset;
import org.communitygov.model.household.Household;
import org.communitygov.model.household.PersonId;
import org.communitygov.rules.engine.Citation;
import org.communitygov.rules.engine.Confidence;
import org.communitygov.rules.engine.LegalReference;
import org.communitygov.rules.engine.LocalizedText;
import org.communitygov.rules.engine.Operator;
import org.communitygov.rules.engine.Step;
import org.communitygov.rules.engine.StepSlot;
import org.communitygov.rules.engine.StepTemplate;
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

  private static final BigDecimal ZERO_MONEY = BigDecimal.ZERO.setScale(MeansTestParameters.SCALE);

  // Values: months, standard, financial assets per capita, limit.
  private static final StepTemplate FINANCIAL =
      StepTemplate.builder("mlg.property.financialAssets")
          .parameter()
          .parameter()
          .holding(
              StepSlot.fact("financialAssetsPerCapita", SensitiveCategory.FINANCIAL),
              Operator.LE,
              StepSlot.fact("financialAssetsLimit"))
          .citation(ARTICLE_9)
          .build();

  // Values: the highest vehicle value, the maximum.
  private static final StepTemplate VEHICLE = atMost("mlg.property.vehicle", "highestVehicleValue");

  // Values: the dwellings, the maximum.
  private static final StepTemplate DWELLINGS = atMost("mlg.property.dwellings", "dwellings");

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
      MeansTestParameters.Property p,
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
      if (!asset.value().currency().equals(MeansTestParameters.CURRENCY)) {
        throw new CurrencyMismatchException(MeansTestParameters.CURRENCY, asset.value().currency());
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
            ? financial.setScale(MeansTestParameters.SCALE, RoundingMode.HALF_UP)
            : financial.divide(
                BigDecimal.valueOf(counted), MeansTestParameters.SCALE, RoundingMode.HALF_UP);
    BigDecimal assetLimit = standard.assetLimit(p);
    Step financialStep =
        FINANCIAL.step(p.financialMonths, standard.parameter, perCapita, assetLimit);
    Step vehicleStep = VEHICLE.step(vehicle, p.maxVehicle);
    Step dwellingStep = DWELLINGS.step(dwellings, p.maxDwellings);
    // Each condition holds as its step says: the step's comparison is the decision.
    Step failed = null;
    if (!financialStep.holds()) {
      failed = financialStep;
    } else if (!vehicleStep.holds()) {
      failed = vehicleStep;
    } else if (!dwellingStep.holds()) {
      failed = dwellingStep;
    }
    return new PropertyTest(financialStep, vehicleStep, dwellingStep, failed);
  }

  /** A condition {@code fact ≤ parameter} on the household's property (the relation shown). */
  private static StepTemplate atMost(String id, String fact) {
    return StepTemplate.builder(id)
        .holding(
            StepSlot.fact(fact, SensitiveCategory.FINANCIAL), Operator.LE, StepSlot.parameter())
        .citation(ARTICLE_9)
        .build();
  }
}
