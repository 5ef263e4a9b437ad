package org.communitygov.rules.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.points.MemberId;
import org.communitygov.model.volunteer.OrganisationId;
import org.communitygov.model.volunteer.ServiceRecord;
import org.communitygov.model.volunteer.ServiceRecordId;
import org.communitygov.model.volunteer.VolunteerId;
import org.communitygov.rules.engine.Decision;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ServiceRecordInputTest {
  static ServiceRecord recorded(String id, String date, String hours) {
    return ServiceRecord.builder()
        .id(ServiceRecordId.of(id))
        .volunteer(VolunteerId.of("HPL-V01"))
        .activity("助老陪诊")
        .organiser(OrganisationId.of("ORG-HPL-RC"))
        .date(LocalDate.parse(date))
        .start(LocalTime.of(8, 30))
        .end(LocalTime.of(12, 0))
        .place("和平里社区卫生服务中心")
        .content("陪同独居老人就诊")
        .hours(new BigDecimal(hours))
        .recordedBy("社工李红")
        .build();
  }

  static org.communitygov.model.volunteer.Evaluation rated(String record, int rating) {
    return org.communitygov.model.volunteer.Evaluation.builder()
        .volunteer(VolunteerId.of("HPL-V01"))
        .record(ServiceRecordId.of(record))
        .evaluator("服务对象")
        .rating(rating)
        .date(LocalDate.of(2026, 3, 6))
        .build();
  }

  @Nested
  class FromARecordedService {
    @Test
    void takesTheRecordsIdVolunteerActivityDateHoursAndOrganiser() {
      ServiceRecordInput input =
          ServiceRecordInput.from(recorded("SR-2026-00003", "2026-03-05", "3.25"));
      assertThat(input)
          .isEqualTo(
              new ServiceRecordInput(
                  "SR-2026-00003",
                  "助老陪诊",
                  MemberId.of("HPL-V01"),
                  LocalDate.of(2026, 3, 5),
                  new BigDecimal("3.25"),
                  "ORG-HPL-RC",
                  Evaluation.NONE,
                  false));
    }

    @Test
    void aRecordThatNamesItsGroupIsGroupServiceAndOneWithoutIsNot() {
      ServiceRecord alone = recorded("SR-G", "2026-03-05", "2");
      ServiceRecord asGroup = ServiceRecord.builder().from(alone).group("和平里党员志愿服务队").build();
      assertThat(ServiceRecordInput.from(alone).group()).isFalse();
      assertThat(ServiceRecordInput.from(asGroup).group()).isTrue();
      assertThat(ServiceRecordInput.from(asGroup, List.of(rated("SR-G", 1))))
          .extracting(ServiceRecordInput::group, i -> i.rating().orElseThrow())
          .containsExactly(true, 1);
    }

    @Test
    void keepTheLowestRatingOfTheRecordAndIgnoreOtherRecordsEvaluations() {
      ServiceRecord r = recorded("SR-1", "2026-03-05", "2");
      assertThat(ServiceRecordInput.from(r, List.of(rated("SR-1", 4))).rating()).hasValue(4);
      ServiceRecordInput twice =
          ServiceRecordInput.from(r, List.of(rated("SR-1", 4), rated("SR-1", 2)));
      assertThat(twice.rating()).hasValue(2);
      assertThat(twice.evaluation()).isEqualTo(Evaluation.NONE);
      assertThat(ServiceRecordInput.from(r, List.of(rated("SR-2", 1))).rating()).isEmpty();
    }

    @Test
    void refuseARatingOutsideOneToFive() {
      ServiceRecordInput input = ServiceRecordInput.from(recorded("SR-1", "2026-03-05", "2"));
      assertThatThrownBy(() -> input.withRating(6))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("rating");
      assertThatThrownBy(() -> input.withRating(0)).isInstanceOf(InvalidValueException.class);
    }
  }

  @Nested
  class Accrued {
    @Test
    void aRecordedServiceIsCreditedByThePolicyInForceOnItsDate() {
      PointsBook book = PointsFixtures.book("hepingli");
      Decision<PointsOutcome> before =
          book.accrue(ServiceRecordInput.from(recorded("SR-A", "2026-06-30", "3")));
      Decision<PointsOutcome> after =
          book.accrue(ServiceRecordInput.from(recorded("SR-B", "2026-07-01", "3")));
      assertThat(PointsBookTest.postings(before))
          .containsExactly("issuance -2 POINT", "m:HPL-V01 2 POINT");
      assertThat(PointsBookTest.postings(after))
          .containsExactly("issuance -4 POINT", "m:HPL-V01 4 POINT");
    }

    @Test
    void aRecordWithANegativeEvaluationCreditsNothing() {
      PointsBook book = PointsFixtures.book("hepingli");
      ServiceRecord r = recorded("SR-C", "2026-03-05", "2");
      Decision<PointsOutcome> d =
          book.accrue(ServiceRecordInput.from(r, List.of(rated("SR-C", 1))));
      assertThat(d.outcomeOrThrow().code()).isEqualTo("NOTHING");
      assertThat(d.outcomeOrThrow().transaction()).isEmpty();
    }
  }
}
