package org.communitygov.rules.needs.elderability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Mzt039GradesTest {
  @Nested
  class TheMatrix {
    @Test
    void leavesOnlyTheDocumentedGapsUnclassified() {
      List<String> gaps = new ArrayList<>();
      for (int a = 0; a <= 3; a++) {
        for (int m = 0; m <= 3; m++) {
          for (int s = 0; s <= 3; s++) {
            for (int p = 0; p <= 3; p++) {
              if (Mzt039Grades.matrix(a, m, s, p).isEmpty()) {
                gaps.add("" + a + m + s + p);
              }
            }
          }
        }
      }
      assertThat(gaps)
          .containsExactlyInAnyOrder(
              "0003", "2000", "2111", "2112", "2121", "2211", "2122", "2212", "2221");
    }

    @ParameterizedTest
    @CsvSource({"0,0,0,0,0", "0,0,0,1,0", "3,0,0,0,3", "1,2,2,2,2", "1,0,3,0,2"})
    void givesTheLevelsOfTheCorners(int a, int m, int s, int p, int level) {
      assertThat(Mzt039Grades.matrix(a, m, s, p)).hasValue(level);
    }

    /**
     * 轻度失能: ADL 0 with mental state or perception at 1 or more, or social participation at 2; ADL 1
     * with at least one of the three at 0 or 1 — each condition alone.
     */
    @ParameterizedTest
    @CsvSource({
      "0,1,0,0,1",
      "0,0,1,0,1",
      "0,0,0,2,1",
      "1,1,2,2,1",
      "1,2,1,2,1",
      "1,2,2,1,1",
      "1,2,2,2,2"
    })
    void givesMildImpairmentForEachOfItsConditionsAlone(int a, int m, int s, int p, int level) {
      assertThat(Mzt039Grades.matrix(a, m, s, p)).hasValue(level);
    }
  }

  @Nested
  class TheGrades {
    @Test
    void followTheBands() {
      assertThat(List.of(0, 1, 2, 3, 4, 6).stream().map(Mzt039Grades::mental))
          .containsExactly(0, 1, 2, 2, 3, 3);
      assertThat(List.of(2, 3, 7, 8, 13, 14, 20).stream().map(Mzt039Grades::social))
          .containsExactly(0, 1, 1, 2, 2, 3, 3);
      assertThat(Mzt039Grades.sensory(0, 1, 1, 0)).isZero();
      assertThat(Mzt039Grades.sensory(0, 2, 0, 0)).isEqualTo(1);
      assertThat(Mzt039Grades.sensory(1, 0, 0, 0)).isEqualTo(2);
      assertThat(Mzt039Grades.sensory(3, 0, 0, 0)).isEqualTo(3);
    }

    /** 感知觉与沟通: each item alone at the value that sets grade 3, 2 and 1. */
    @ParameterizedTest
    @CsvSource({
      "2,0,0,0,3",
      "0,4,0,0,3",
      "0,0,4,0,3",
      "0,0,0,3,3",
      "0,3,0,0,2",
      "0,0,3,0,2",
      "0,0,0,2,2",
      "0,0,2,0,1",
      "0,0,0,1,1"
    })
    void sensoryTakesTheWorstItem(int consciousness, int vision, int hearing, int talk, int grade) {
      assertThat(Mzt039Grades.sensory(consciousness, vision, hearing, talk)).isEqualTo(grade);
    }
  }
}
