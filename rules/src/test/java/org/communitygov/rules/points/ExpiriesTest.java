package org.communitygov.rules.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitygov.rules.points.PointsBookTest.V1;
import static org.communitygov.rules.points.PointsBookTest.record;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.engine.Step;
import org.junit.jupiter.api.Test;

/** An expiry's memo and explanation name each credit that expired and the expiry term. */
class ExpiriesTest {
  @Test
  void eightCreditsAreAllNamedInTheMemoAndTheExplanationNamesTheTerm() {
    PointsBook book = PointsFixtures.book("time-bank");
    for (int i = 1; i <= 8; i++) {
      book.accrue(record("R" + i, V1, "2025-01-0" + i, "1"));
    }
    List<Decision<PointsOutcome>> expired = book.expire(LocalDate.parse("2027-01-08"));
    assertThat(expired).hasSize(1);
    String memo = expired.get(0).outcomeOrThrow().transaction().orElseThrow().memo();
    assertThat(memo)
        .isEqualTo(
            "过期 8.00（记入于 "
                + String.join(
                    "; ",
                    IntStream.rangeClosed(1, 8)
                        .mapToObj(i -> "2025-01-0" + i + " 1.00 → 2027-01-0" + i)
                        .toList())
                + "）");
    Step step = expired.get(0).explanation().decisiveStep().orElseThrow();
    assertThat(step.id()).isEqualTo("points.expiry");
    assertThat(step.parameters())
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.id()).isEqualTo("points.expiry"));
    assertThat(step.result().orElseThrow().value()).isEqualTo("8.00 HOUR");
  }

  @Test
  void nineCreditsNameTheFirstEightAndTheCount() {
    assertThat(Expiries.memoLots(IntStream.rangeClosed(1, 9).mapToObj(i -> "L" + i).toList()))
        .isEqualTo("L1; L2; L3; L4; L5; L6; L7; L8; … 共 9 笔");
  }
}
