package org.communitygov.rules.funding.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.communitygov.model.funding.FundingKind;
import org.junit.jupiter.api.Test;

/** A transaction's source read back into its kind and dimensions; a dimension without = refused. */
class FundingSourceTest {
  @Test
  void aSourceIsReadIntoItsKindAndDimensions() {
    FundingSource s = FundingSource.parse("SPEND;category=MEAL_ASSISTANCE;group=ELDERLY;x=a=b");
    assertThat(s.fundingKind()).contains(FundingKind.SPEND);
    assertThat(s.get("category")).contains("MEAL_ASSISTANCE");
    assertThat(s.get("group")).contains("ELDERLY");
    assertThat(s.get("x")).contains("a=b");
    assertThat(s.get("project")).isEmpty();
  }

  @Test
  void aDimensionWithoutAnEqualsSignIsRefused() {
    assertThatThrownBy(() -> FundingSource.parse("SPEND;category"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a dimension of a funding source is name=value");
  }
}
