package org.communitygov.model.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class GridTest {
  @Test
  void obtainsAGridFromItsIdAndName() {
    Grid grid = Grid.of(GridId.of("G01"), "第一网格");
    assertThat(grid.id()).isEqualTo(GridId.of("G01"));
    assertThat(grid.name()).isEqualTo("第一网格");
  }

  @Test
  void rejectsNulls() {
    assertThatNullPointerException().isThrownBy(() -> Grid.of(null, "第一网格"));
    assertThatNullPointerException().isThrownBy(() -> Grid.of(GridId.of("G01"), null));
  }

  @Test
  void equalsAGridWithTheSameIdAndName() {
    assertThat(Grid.of(GridId.of("G01"), "第一网格")).isEqualTo(Grid.of(GridId.of("G01"), "第一网格"));
    assertThat(Grid.of(GridId.of("G01"), "第一网格")).isNotEqualTo(Grid.of(GridId.of("G02"), "第一网格"));
  }
}
