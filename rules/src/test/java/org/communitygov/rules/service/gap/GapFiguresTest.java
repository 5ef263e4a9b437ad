package org.communitygov.rules.service.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The figures a cell is judged on: none negative, no more requests unmet than made. */
class GapFiguresTest {
  /** requests, unmet, capacity, delivered (- for unknown); whether they are accepted. */
  @ParameterizedTest
  @CsvSource({
    "10, 10, 0, 0, true",
    "0, 0, 0, 0, true",
    "-, 5, 1, 1, true",
    "-, -, -, -, true",
    "-1, 0, 0, 0, false",
    "10, -1, 0, 0, false",
    "10, 11, 0, 0, false",
    "10, 0, -0.01, 0, false",
    "10, 0, 0, -0.01, false"
  })
  void areCheckedPartByPart(
      String requests, String unmet, String capacity, String delivered, boolean accepted) {
    Optional<Integer> r =
        requests.equals("-") ? Optional.empty() : Optional.of(Integer.valueOf(requests));
    Optional<Integer> u =
        unmet.equals("-") ? Optional.empty() : Optional.of(Integer.valueOf(unmet));
    Optional<BigDecimal> c =
        capacity.equals("-") ? Optional.empty() : Optional.of(new BigDecimal(capacity));
    Optional<BigDecimal> d =
        delivered.equals("-") ? Optional.empty() : Optional.of(new BigDecimal(delivered));
    if (accepted) {
      assertThat(new GapFigures(r, u, c, d).unmetRequests()).isEqualTo(u);
    } else {
      assertThatThrownBy(() -> new GapFigures(r, u, c, d))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
