package org.communitygov.rules.service.gap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A gap outcome is a value: decisions and records compare it. */
class GapResultTest {
  static final Map<String, String> DETAILS = Map.of("unmetShare", "0.4000");

  @Test
  void equalsAResultOfTheSameStatusAndDetailsAndNoOther() {
    GapResult shortage = new GapResult(GapStatus.SHORTAGE, DETAILS);
    GapResult same = new GapResult(GapStatus.SHORTAGE, new LinkedHashMap<>(DETAILS));

    assertThat(shortage).isEqualTo(shortage).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(shortage)
        .isNotEqualTo(new GapResult(GapStatus.OVERSUPPLY, DETAILS))
        .isNotEqualTo(new GapResult(GapStatus.SHORTAGE, Map.of("unmetShare", "0.5000")))
        .isNotEqualTo(new GapResult(GapStatus.SHORTAGE, Map.of()))
        .isNotEqualTo("SHORTAGE");
  }

  @Test
  void printsItsStatusAndDetails() {
    assertThat(new GapResult(GapStatus.SHORTAGE, DETAILS))
        .hasToString("SHORTAGE{unmetShare=0.4000}");
  }
}
