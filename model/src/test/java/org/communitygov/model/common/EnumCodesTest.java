package org.communitygov.model.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.communitygov.model.household.AssistanceStatus;
import org.communitygov.model.household.PopulationGroup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EnumCodesTest {
  @ParameterizedTest
  @CsvSource({
    "MLG,                           MLG",
    "NEAR_MLG,                      NEAR_MLG",
    "EXTREME_POVERTY_SUPPORT,       EXTREME_POVERTY_SUPPORT",
    "MINIMUM_LIVING_GUARANTEE,      MLG",
    "NEAR_MINIMUM_LIVING_GUARANTEE, NEAR_MLG"
  })
  void findsAnAssistanceStatusByItsNameOrItsFormerName(String code, AssistanceStatus expected) {
    assertThat(EnumCodes.find(AssistanceStatus.class, code)).contains(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "MLG_HOUSEHOLD,                           MLG_HOUSEHOLD",
    "MINIMUM_LIVING_GUARANTEE_HOUSEHOLD,      MLG_HOUSEHOLD",
    "NEAR_MINIMUM_LIVING_GUARANTEE_HOUSEHOLD, NEAR_MLG_HOUSEHOLD",
    "ELDERLY,                                 ELDERLY"
  })
  void findsAPopulationGroupWhoseConstantsHaveBodies(String code, PopulationGroup expected) {
    assertThat(EnumCodes.find(PopulationGroup.class, code)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "mlg", "NEAR_POOR", "MINIMUM_LIVING_GUARANTEE_HOUSEHOLD", " MLG"})
  void findsNothingForACodeThatIsNeitherNameNorFormerName(String code) {
    assertThat(EnumCodes.find(AssistanceStatus.class, code)).isEmpty();
  }
}
