package org.communitygov.rules.service.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.communitygov.rules.service.ServiceRecords.EAST;
import static org.communitygov.rules.service.ServiceRecords.meals;

import java.util.Optional;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.common.LocalizedName;
import org.communitygov.model.household.AssistanceStatus;
import org.communitygov.model.service.EligibilityReference;
import org.communitygov.model.service.ImmutableEligibilityReference;
import org.communitygov.model.service.Service;
import org.communitygov.rules.needs.elderability.ElderAbilityLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a catalogue's eligibility reference asks, read into terms. */
class ServiceTermsTest {
  /** A reference to a rule, with {@code name=value;…} parameters and the reference's own ages. */
  static ImmutableEligibilityReference.Builder reference(String rule, String parameters) {
    var b = EligibilityReference.builder().rule(rule).description(LocalizedName.of("条件"));
    if (!parameters.isBlank()) {
      for (String p : parameters.split(";")) {
        String[] kv = p.split("=", 2);
        b.putParameter(kv[0], kv[1]);
      }
    }
    return b;
  }

  static ServiceTerms terms(EligibilityReference reference) {
    Service service = meals("S-E", EAST, 1).withEligibility(reference);
    return ServiceTerms.of(service);
  }

  static String text(Optional<Integer> bound) {
    return bound.map(String::valueOf).orElse("-");
  }

  /** Rule, parameters, reference minimum and maximum age; the terms' minimum and maximum age. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "service.open       |           |   |   | - | -",
        "service.open       |           | 60| 80| 60| 80",
        "service.ageAtLeast | age=60    |   |   | 60| -",
        "service.ageAtLeast | age= 65   | 70|   | 70| -",
        "service.ageAtLeast | age=75    | 70|   | 75| -",
        "service.ageAtLeast | age=0     |   |   | 0 | -",
        "service.ageAtLeast | age=150   |   |   |150| -",
        "service.ageBelow   | age=18    |   |   | - | 17",
        "service.ageBelow   | age=18    |   | 10| - | 10",
        "service.ageBelow   | age=18    |   | 40| - | 17",
        "service.childUnder3|           |   |   | - | 2",
        "service.childUnder3| age=4     |   |   | - | 3"
      })
  void takeTheStricterOfTheRuleAndTheReferenceAges(
      String rule, String parameters, Integer min, Integer max, String minimum, String maximum) {
    var b = reference(rule.trim(), parameters == null ? "" : parameters.trim());
    if (min != null) {
      b.minimumAge(min);
    }
    if (max != null) {
      b.maximumAge(max);
    }
    ServiceTerms terms = terms(b.build());

    assertThat(text(terms.minimumAge())).isEqualTo(minimum);
    assertThat(text(terms.maximumAge())).isEqualTo(maximum);
    assertThat(terms.asksOfAMember()).isEqualTo(!minimum.equals("-") || !maximum.equals("-"));
  }

  @Test
  void readAssistanceStatusesAndAnAbilityLevel() {
    ServiceTerms assisted =
        terms(reference("service.assistance", "statuses=MLG, EXTREME_POVERTY_SUPPORT").build());
    assertThat(assisted.assistance())
        .extracting(Enum::name)
        .containsExactlyInAnyOrder("MLG", "EXTREME_POVERTY_SUPPORT");
    assertThat(assisted.asksOfAMember()).isFalse();
    assertThat(
            terms(
                    reference(
                            "service.assistance",
                            "statuses=MINIMUM_LIVING_GUARANTEE,NEAR_MINIMUM_LIVING_GUARANTEE")
                        .build())
                .assistance())
        .as("the spellings before ADR 0105")
        .containsExactlyInAnyOrder(AssistanceStatus.MLG, AssistanceStatus.NEAR_MLG);

    ServiceTerms level = terms(reference("service.elderAbility", "minimumLevel=4").build());
    assertThat(level.minimumAbilityLevel()).contains(ElderAbilityLevel.COMPLETE_LOSS);
    assertThat(level.asksOfAMember()).isTrue();
    assertThat(
            terms(reference("service.elderAbility", "minimumLevel=0").build())
                .minimumAbilityLevel())
        .contains(ElderAbilityLevel.INTACT);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "service.ageAtLeast  |                 ",
        "service.ageAtLeast  | age=-1          ",
        "service.ageAtLeast  | age=151         ",
        "service.ageAtLeast  | age=sixty       ",
        "service.ageBelow    | age=            ",
        "service.assistance  |                 ",
        "service.assistance  | statuses=       ",
        "service.assistance  | statuses=MLG,RICH",
        "service.elderAbility| minimumLevel=5  ",
        "service.elderAbility|                 "
      })
  void refuseAMissingOrInvalidParameterByItsCode(String rule, String parameters) {
    EligibilityReference r =
        reference(rule.trim(), parameters == null ? "" : parameters.trim()).build();

    assertThat(catchThrowableOfType(InvalidValueException.class, () -> terms(r)).code())
        .isEqualTo("eligibility.parameter");
  }

  @Test
  void refuseARuleTheLibraryDoesNotKnow() {
    EligibilityReference r = reference("service.lottery", "").build();

    assertThat(catchThrowableOfType(InvalidValueException.class, () -> terms(r)).code())
        .isEqualTo("eligibility.unknownRule");
  }
}
