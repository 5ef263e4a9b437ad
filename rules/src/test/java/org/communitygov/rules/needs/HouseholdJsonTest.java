package org.communitygov.rules.needs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HouseholdJsonTest {
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
