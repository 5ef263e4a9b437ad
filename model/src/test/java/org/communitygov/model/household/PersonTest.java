package org.communitygov.model.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communitygov.model.household.Fixtures.P1;
import static org.communitygov.model.household.Fixtures.assertNoPersonalData;
import static org.communitygov.model.household.Fixtures.citizenId;
import static org.communitygov.model.household.Fixtures.date;
import static org.communitygov.model.household.Fixtures.person;

import java.time.LocalDate;
import org.communitygov.model.common.Extensions;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.common.Sex;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonTest {
  static final LocalDate BORN = date("1990-09-12");

  static ImmutablePerson.Builder zhangWei() {
    return person(P1, "张伟", BORN, Sex.MALE).employment(EmploymentStatus.EMPLOYED);
  }

  static Person bornOn(String birthDate) {
    return Fixtures.bornOn(P1, birthDate);
  }

  @Nested
  class Building_ {
    @Test
    void buildsAMinimalPerson() {
      Person minimal = Fixtures.bornOn(P1, "2019-06-01");
      assertThat(minimal.citizenId()).isEmpty();
      assertThat(minimal.phone()).isEmpty();
      assertThat(minimal.disability()).isEmpty();
      assertThat(minimal.chronicConditions()).isEmpty();
      assertThat(minimal.extensions()).isEqualTo(Extensions.empty());
      assertThat(minimal.isDisabled()).isFalse();
    }

    @Test
    void rejectsNullAttributes() {
      assertThatNullPointerException().isThrownBy(() -> zhangWei().id(null));
      assertThatNullPointerException().isThrownBy(() -> zhangWei().name(null));
      assertThatNullPointerException().isThrownBy(() -> zhangWei().birthDate(null));
      assertThatNullPointerException().isThrownBy(() -> zhangWei().addChronicCondition(null));
    }

    @Test
    void rejectsAMissingBirthDateNamingTheAttribute() {
      assertThatThrownBy(
              () ->
                  Person.builder().id(P1).name("张伟").sex(Sex.MALE).hukou(HukouStatus.LOCAL).build())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("birthDate")
          .hasMessageNotContaining("张伟");
    }

    @Test
    void roundTripsThroughItsBuilder() {
      Person full =
          zhangWei()
              .disability(Disability.of(DisabilityCategory.VISUAL, 3))
              .addChronicConditions("I10", "E11")
              .extensions(Extensions.of(java.util.Map.of("cn.gov.bj", 1)))
              .build();
      assertThat(Person.builder().from(full).build()).isEqualTo(full);
    }
  }

  @Nested
  class TheCitizenId {
    @Test
    void mayBeAbsent() {
      assertThat(zhangWei().citizenId(java.util.Optional.empty()).build().citizenId()).isEmpty();
    }

    @Test
    void mustAgreeWithTheBirthDate() {
      assertThatThrownBy(() -> zhangWei().birthDate(BORN.plusDays(1)).build())
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> {
                assertThat(e.code()).isEqualTo("birthDate.citizenIdMismatch");
                assertNoPersonalData(e.getMessage(), zhangWei().build());
                assertThat(e.getMessage()).doesNotContain("1990");
              });
    }

    @Test
    void mustAgreeWithTheSex() {
      assertThatThrownBy(() -> zhangWei().sex(Sex.FEMALE).build())
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> {
                assertThat(e.code()).isEqualTo("sex.citizenIdMismatch");
                assertNoPersonalData(e.getMessage(), zhangWei().build());
              });
    }

    @Test
    void ofAWomanAgreesWithFemale() {
      Person woman = person(P1, "李娜", date("1992-02-29"), Sex.FEMALE).build();
      assertThat(woman.citizenId().orElseThrow().sex()).isEqualTo(Sex.FEMALE);
    }
  }

  @Nested
  class AgeOn {
    @ParameterizedTest(name = "born {0}, on {1}: {2}")
    @CsvSource({
      "1990-09-12, 1990-09-12, 0",
      "1990-09-12, 2000-09-11, 9",
      "1990-09-12, 2000-09-12, 10",
      "1990-09-12, 2050-09-11, 59",
      "1990-09-12, 2050-09-12, 60",
      "2000-02-29, 2001-02-28, 0",
      "2000-02-29, 2001-03-01, 1",
      "2000-02-29, 2004-02-28, 3",
      "2000-02-29, 2004-02-29, 4",
      "1999-12-31, 2000-01-01, 0",
      "1999-12-31, 2000-12-31, 1",
    })
    void countsCompletedYearsReachingTheNextOnTheBirthday(String born, String on, int age) {
      assertThat(bornOn(born).ageOn(date(on))).isEqualTo(age);
    }

    @Test
    void rejectsADateBeforeBirth() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> bornOn("1990-09-12").ageOn(date("1990-09-11")));
    }

    @Test
    void rejectsNull() {
      assertThatNullPointerException().isThrownBy(() -> bornOn("1990-09-12").ageOn(null));
    }
  }

  @Nested
  class IsUnder14On {
    @ParameterizedTest(name = "born {0}, on {1}: {2}")
    @CsvSource({
      "2012-03-03, 2012-03-02, false",
      "2012-03-03, 2012-03-03, true",
      "2012-03-03, 2026-03-02, true",
      "2012-03-03, 2026-03-03, false",
      "2012-02-29, 2026-02-28, true",
      "2012-02-29, 2026-03-01, false",
    })
    void isTrueFromBirthUntilTheDayBeforeThe14thBirthday(String born, String on, boolean under) {
      assertThat(bornOn(born).isUnder14On(date(on))).isEqualTo(under);
    }
  }

  @Nested
  class ToString {
    @Test
    void showsOnlyTheIdentifier() {
      Person full =
          zhangWei()
              .disability(Disability.of(DisabilityCategory.VISUAL, 3))
              .addChronicCondition("I10")
              .build();
      assertThat(full.toString()).isEqualTo("Person{id=P1}");
      assertNoPersonalData(full.toString(), full);
      assertThat(full.toString()).doesNotContain("I10").doesNotContain("VISUAL");
    }
  }

  @Test
  void citizenIdFixtureIsValid() {
    assertThat(citizenId(BORN, Sex.MALE).birthDate()).isEqualTo(BORN);
  }
}
