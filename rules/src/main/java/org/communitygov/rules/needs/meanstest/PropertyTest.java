package org.communitygov.rules.needs.meanstest;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.communitygov.model.common.Money;
import org.communitygov.model.common.SensitiveCategory;
import org.communitygov.model.household.Asset;
import org.communitygov.model.household.Household;
import org.communitygov.model.household.PersonId;
import org.communitygov.rules.engine.Citation;
import org.communitygov.rules.engine.Confidence;
import org.communitygov.rules.engine.LegalReference;
import org.communitygov.rules.engine.LocalizedText;
import org.communitygov.rules.engine.Operator;
import org.communitygov.rules.engine.ParameterId;
import org.communitygov.rules.engine.ResolvedParameter;
import org.communitygov.rules.engine.RuleContext;
import org.communitygov.rules.engine.Step;
import org.communitygov.rules.engine.StepSlot;
import org.communitygov.rules.engine.StepTemplate;
import org.jspecify.annotations.Nullable;

/**
 * The property conditions of 《社会救助暂行办法》第九条 (all three unconfirmed nationally): financial assets per
 * counted member at most {@code mlg.property.financialAssetsMonths} months of the standard, no
 * vehicle worth more than {@code mlg.property.maxVehicleValue}, at most {@code
 * mlg.property.maxDwellings} dwellings. Assets of counted members and of the household, valued on
 * or before the date. Each condition holds as its step says.
 */
final class PropertyTest {
  static final Citation ARTICLE_9 =
      new Citation(
          LegalReference.of(LocalizedText.of("社会救助暂行办法", "Interim Measures on Social Assistance"))
              .withArticle(LocalizedText.of("第九条", "art. 9")),
          Confidence.CONFIRMED);

  private static final StepTemplate FINANCIAL =
      StepTemplate.builder("mlg.property.financialAssets")
          .parameter("months")
          .parameter("standard")
          .holding(
              StepSlot.fact("financialAssetsPerCapita", SensitiveCategory.FINANCIAL),
              Operator.LE,
              StepSlot.fact("financialAssetsLimit"))
          .citation(ARTICLE_9)
          .build();

  private static final Money ZERO = Money.zero(MlgParameters.CURRENCY);

  private static final StepTemplate VEHICLE = atMost("mlg.property.vehicle", "highestVehicleValue");

  private static final StepTemplate DWELLINGS = atMost("mlg.property.dwellings", "dwellings");

  /** The three limits. */
  record Parameters(
      @ParameterId("mlg.property.financialAssetsMonths") ResolvedParameter<Integer> months,
      @ParameterId("mlg.property.maxVehicleValue") ResolvedParameter<Money> maxVehicle,
      @ParameterId("mlg.property.maxDwellings") ResolvedParameter<Integer> maxDwellings) {}

  /** The steps of the three conditions, in order. */
  final Step financial;

  final Step vehicle;
  final Step dwellings;

  /** The first condition not met, or null. */
  final @Nullable Step failed;

  private PropertyTest(Step financial, Step vehicle, Step dwellings) {
    this.financial = financial;
    this.vehicle = vehicle;
    this.dwellings = dwellings;
    this.failed =
        !financial.holds()
            ? financial
            : !vehicle.holds() ? vehicle : !dwellings.holds() ? dwellings : null;
  }

  boolean passed() {
    return failed == null;
  }

  static PropertyTest of(
      Household household,
      CountedMembers members,
      ResolvedParameter<Money> standard,
      RuleContext context) {
    Parameters p = context.parameters(Parameters.class);
    LocalDate date = context.date();
    Money financial = ZERO;
    Money vehicle = financial;
    int dwellings = 0;
    List<Asset> assets = household.assets();
    for (int i = 0; i < assets.size(); i++) { // by index: no iterator per household
      Asset asset = assets.get(i);
      PersonId owner = asset.owner().orElse(null);
      if (asset.valuedOn().isAfter(date) || (owner != null && !members.counts(owner))) {
        continue;
      }
      Money value = MlgParameters.requireCurrency(asset.value());
      switch (asset.type()) {
        case DEPOSIT, SECURITIES -> financial = financial.plus(value);
        case VEHICLE -> vehicle = value.isGreaterThan(vehicle) ? value : vehicle;
        case HOUSING -> dwellings++;
        default -> {}
      }
    }
    int counted = members.size();
    Money perCapita = counted == 0 ? financial : financial.dividedBy(counted, RoundingMode.HALF_UP);
    Money limit = standard.value().multipliedBy(p.months().value());
    return new PropertyTest(
        FINANCIAL
            .with("months", p.months())
            .with("standard", standard)
            .with("financialAssetsPerCapita", perCapita)
            .with("financialAssetsLimit", limit)
            .step(),
        VEHICLE.with("highestVehicleValue", vehicle).with("limit", p.maxVehicle()).step(),
        DWELLINGS.with("dwellings", dwellings).with("limit", p.maxDwellings()).step());
  }

  /** A condition {@code fact ≤ parameter} on the household's property (the relation shown). */
  private static StepTemplate atMost(String id, String fact) {
    return StepTemplate.builder(id)
        .holding(
            StepSlot.fact(fact, SensitiveCategory.FINANCIAL),
            Operator.LE,
            StepSlot.parameter().named("limit"))
        .citation(ARTICLE_9)
        .build();
  }
}
