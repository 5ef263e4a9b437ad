package org.communitygov.model.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CitizenIdTest {
  @Test
  void acceptsWorkedExamples() {
    CitizenId id = CitizenId.parse("11010519491231002X");
    assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    assertThat(id.sex()).isEqualTo(Sex.FEMALE);
    assertThat(id.toString()).isEqualTo("110105********002X");
    assertThat(CitizenId.parse("440524188001010014").sex()).isEqualTo(Sex.MALE);
  }
}
