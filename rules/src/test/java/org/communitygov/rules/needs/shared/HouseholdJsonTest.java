package org.communitygov.rules.needs.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.household.Household;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HouseholdJsonTest {
  static final Household HOUSEHOLD =
      Households.household(Households.person(Households.P1, "1975-05-05")).build();
  static final String JSON = HouseholdJson.write(HOUSEHOLD);

  @Test
  void readsBackWhatItWrites() {
    assertThat(JSON).contains("\"birthDate\":\"1975-05-05\"");
    assertThat(HouseholdJson.household("household", JSON)).isEqualTo(HOUSEHOLD);
  }

  @Nested
  class ADateThatIsNotAnIsoDateString {
    @ParameterizedTest
    @ValueSource(
        strings = {
          "[1975,5,5]",
          "\"1975-05-05T00:00:00\"",
          "\"1975-05-05T00:00:00Z\"",
          "\"+1975-05-05\"",
          "19750505",
          "\"1975-02-30\""
        })
    void isTheJsonRuleOfTheFactNamingTheLocationNotTheValue(String date) {
      String json = JSON.replace("\"1975-05-05\"", date);
      assertThat(json).isNotEqualTo(JSON);
      assertThatThrownBy(() -> HouseholdJson.household("household", json))
          .isInstanceOfSatisfying(
              InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("household.json"))
          .hasMessageContaining("line 1")
          .hasMessageNotContaining("1975");
    }
  }

  @Nested
  class ANumberTheParserCannotRead {
    @ParameterizedTest
    @ValueSource(
        strings = {
          "{\"id\": \"H1\", \"members\": [{\"disability\": {\"grade\": %s}}]}",
          "{\"id\": %s}",
          "[%s]"
        })
    void isAnInvalidValueWithoutTheNumber(String shape) {
      String json = shape.formatted("5001031968070203101e2147483648");

      Throwable thrown = catchThrowable(() -> HouseholdJson.household("household", json));

      assertThat(thrown)
          .hasFieldOrPropertyWithValue("code", "household.json")
          .message()
          .doesNotContain("5001031968");
    }
  }
}
