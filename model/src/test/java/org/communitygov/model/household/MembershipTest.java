package org.communitygov.model.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communitygov.model.household.Fixtures.P1;
import static org.communitygov.model.household.Fixtures.date;
import static org.communitygov.model.household.Fixtures.member;

import org.communitygov.model.common.DateRange;
import org.communitygov.model.common.InvalidValueException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MembershipTest {
  @Nested
  class TheLeaveReason {
    @Test
    void isRejectedOnAnOpenPeriod() {
      assertThatThrownBy(
              () ->
                  Membership.builder()
                      .person(P1)
                      .role(MemberRole.HEAD)
                      .period(DateRange.ofOpenEnded(date("2020-01-01")))
                      .leaveReason(MembershipChange.DEATH)
                      .build())
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> assertThat(e.code()).isEqualTo("leaveReason.openPeriod"));
    }

    @Test
    void isAcceptedOnAClosedPeriod() {
      Membership ended =
          Membership.builder()
              .from(member(P1, MemberRole.HEAD, "2020-01-01", "2020-01-02"))
              .leaveReason(MembershipChange.DEATH)
              .build();
      assertThat(ended.leaveReason()).contains(MembershipChange.DEATH);
    }

    @Test
    void mayBeAbsentOnAClosedPeriod() {
      assertThat(member(P1, MemberRole.HEAD, "2020-01-01", "2021-01-01").leaveReason()).isEmpty();
    }
  }

  @Nested
  class IsActiveOn {
    @Test
    void coversTheStartButNotTheEndExclusive() {
      Membership m = member(P1, MemberRole.SPOUSE, "2020-01-01", "2024-06-01");
      assertThat(m.isActiveOn(date("2019-12-31"))).isFalse();
      assertThat(m.isActiveOn(date("2020-01-01"))).isTrue();
      assertThat(m.isActiveOn(date("2024-05-31"))).isTrue();
      assertThat(m.isActiveOn(date("2024-06-01"))).isFalse();
    }

    @Test
    void coversEveryDateAfterTheStartWhenOpen() {
      assertThat(member(P1, MemberRole.HEAD, "2020-01-01").isActiveOn(date("9999-12-31"))).isTrue();
    }
  }

  @Nested
  class Building_ {
    @Test
    void ofMakesAnOpenEndedMembershipWithoutReasons() {
      Membership m = Membership.of(P1, MemberRole.CHILD, date("2020-01-01"));
      assertThat(m.period().isOpenEnded()).isTrue();
      assertThat(m.joinReason()).isEmpty();
    }

    @Test
    void rejectsNulls() {
      assertThatNullPointerException()
          .isThrownBy(() -> Membership.of(null, MemberRole.HEAD, date("2020-01-01")));
      assertThatNullPointerException()
          .isThrownBy(() -> Membership.of(P1, null, date("2020-01-01")));
      assertThatNullPointerException().isThrownBy(() -> Membership.of(P1, MemberRole.HEAD, null));
    }

    @Test
    void roundTripsThroughItsBuilder() {
      Membership m =
          Membership.builder()
              .from(member(P1, MemberRole.SPOUSE, "2010-05-01", "2024-06-01"))
              .joinReason(MembershipChange.MARRIAGE)
              .leaveReason(MembershipChange.HEAD_CHANGE)
              .build();
      assertThat(Membership.builder().from(m).build()).isEqualTo(m);
    }
  }
}
