package org.communitygov.rules.needs.meanstest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitygov.rules.needs.shared.Households.P1;
import static org.communitygov.rules.needs.shared.Households.P2;
import static org.communitygov.rules.needs.shared.Households.household;
import static org.communitygov.rules.needs.shared.Households.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.communitygov.model.common.Money;
import org.communitygov.model.household.Asset;
import org.communitygov.model.household.AssetType;
import org.communitygov.model.household.Household;
import org.communitygov.model.household.MemberRole;
import org.communitygov.model.household.Membership;
import org.communitygov.model.household.PersonId;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.engine.Fact;
import org.communitygov.rules.engine.ParameterSet;
import org.communitygov.rules.engine.Step;
import org.junit.jupiter.api.Test;

/** The property test of the means test: which assets count, and how. */
class PropertyTestTest {
  static final LocalDate DATE = MlgEligibilityTest.EVE;
  static final PersonId LODGER = PersonId.of("P3");

  static Asset asset(PersonId owner, AssetType type, String amount) {
    return Asset.builder()
        .owner(owner)
        .type(type)
        .value(Money.parse(amount + " CNY"))
        .valuedOn(DATE.minusDays(1))
        .build();
  }

  /** A head, a spouse and a lodger (no support obligation, not counted). */
  static Household threeMembers(Asset... assets) {
    return household(person(P1, "1975-05-05"))
        .addMembers(person(P2, "1976-06-06"), person(LODGER, "1980-01-01"))
        .addMemberships(
            Membership.of(P2, MemberRole.SPOUSE, LocalDate.of(2000, 1, 1)),
            Membership.of(LODGER, MemberRole.NON_RELATIVE, LocalDate.of(2001, 1, 1)))
        .addAssets(assets)
        .build();
  }

  static String fact(Decision<MeansTestResult> d, String step, String name) {
    Step s =
        d.explanation().steps().stream().filter(x -> x.id().equals(step)).findFirst().orElseThrow();
    List<Fact> facts = new ArrayList<>(s.facts());
    s.comparison()
        .ifPresent(
            c -> {
              c.left().fact().ifPresent(facts::add);
              c.right().fact().ifPresent(facts::add);
            });
    return facts.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow().value();
  }

  static Decision<MeansTestResult> evaluate(Household h) {
    return MlgEligibilityTest.evaluate(ParameterSet.defaults(), h, DATE);
  }

  @Test
  void dividesTheFinancialAssetsOfTheCountedMembersAmongThem() {
    Decision<MeansTestResult> d =
        evaluate(
            threeMembers(
                asset(P1, AssetType.DEPOSIT, "3000.00"),
                asset(P2, AssetType.SECURITIES, "1000.00"),
                asset(LODGER, AssetType.DEPOSIT, "90000.00")));

    assertThat(d.outcomeOrThrow().details()).containsEntry("countedMembers", "2");
    assertThat(fact(d, "mlg.property.financialAssets", "financialAssetsPerCapita"))
        .isEqualTo("2000.00 CNY");
  }

  @Test
  void takesTheMostValuableVehicleInWhateverOrder() {
    for (List<String> values :
        List.of(List.of("30000.00", "50000.00"), List.of("50000.00", "30000.00"))) {
      Decision<MeansTestResult> d =
          evaluate(
              threeMembers(
                  asset(P1, AssetType.VEHICLE, values.get(0)),
                  asset(P2, AssetType.VEHICLE, values.get(1)),
                  asset(LODGER, AssetType.VEHICLE, "90000.00")));

      assertThat(fact(d, "mlg.property.vehicle", "highestVehicleValue"))
          .as("vehicles %s", values)
          .isEqualTo("50000.00 CNY");
    }
  }
}
