package org.communitygov.rules.needs.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.household.DisabilityCategory;
import org.communitygov.model.household.Household;
import org.communitygov.rules.engine.Fact;
import org.communitygov.rules.engine.Facts;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FactReaderTest {
  static final String CITIZEN_ID = "500103196807020310";
  static final String NAME = CITIZEN_ID + ".age";

  static Facts facts(String value) {
    return Facts.of(List.of(Fact.of(NAME, value)));
  }

  @Nested
  class ReadsWellFormedValues {
    @Test
    void asTheirTypes() {
      assertThat(FactReader.integer(facts(" 42 "), NAME)).contains(42);
      assertThat(FactReader.bool(facts("true"), NAME)).contains(true);
      assertThat(FactReader.bool(facts("false"), NAME)).contains(false);
      assertThat(FactReader.code(facts("MENTAL"), NAME, DisabilityCategory.class))
          .contains(DisabilityCategory.MENTAL);
      assertThat(FactReader.integer(Facts.empty(), NAME)).isEmpty();
    }
  }

  @Nested
  class OnlyKnownFacts {
    @Test
    void passWhenEveryFactIsKnown() {
      FactReader.onlyKnown(facts("1"), Set.of(NAME, "other"));
      FactReader.onlyKnown(Facts.empty(), Set.of());
    }

    @Test
    void giveTheHouseholdOfAHouseholdOnlyRule() {
      Household household = Households.single("1000.00", LocalDate.of(2024, 6, 1));

      assertThat(HouseholdFacts.input(HouseholdFacts.of(Optional.of(household))).household())
          .contains(household);
      assertThat(HouseholdFacts.input(Facts.empty()).household()).isEmpty();
    }

    @Test
    void refuseAnotherFactBesideTheHousehold() {
      Facts facts =
          Facts.of(
              List.of(
                  HouseholdFacts.fact(Households.single("1000.00", LocalDate.of(2024, 6, 1))),
                  Fact.of("income", "1")));

      assertThat(
              catchThrowableOfType(InvalidValueException.class, () -> HouseholdFacts.input(facts)))
          .extracting(InvalidValueException::code)
          .isEqualTo("income.unknown");
    }
  }

  @Nested
  class AMalformedFactNamedAfterAPerson {
    @Test
    void isReportedWithTheNameMaskedInCodeAndMessage() {
      List<InvalidValueException> thrown =
          List.of(
              catchThrowableOfType(
                  InvalidValueException.class, () -> FactReader.integer(facts("x"), NAME)),
              catchThrowableOfType(
                  InvalidValueException.class, () -> FactReader.bool(facts("yes"), NAME)),
              catchThrowableOfType(
                  InvalidValueException.class,
                  () -> FactReader.code(facts("NONE"), NAME, DisabilityCategory.class)),
              catchThrowableOfType(
                  InvalidValueException.class,
                  () -> FactReader.onlyKnown(facts("1"), Set.of("age"))));

      assertThat(thrown)
          .extracting(InvalidValueException::code)
          .containsExactly(
              "500103********0310.age.integer",
              "500103********0310.age.boolean",
              "500103********0310.age.code",
              "500103********0310.age.unknown");
      assertThat(thrown).allSatisfy(e -> assertThat(e.getMessage()).doesNotContain(CITIZEN_ID));
      assertThat(thrown.get(0).getMessage()).contains("must be a whole number");
    }
  }
}
