package org.communitygov.model.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communitygov.model.household.Fixtures.P1;
import static org.communitygov.model.household.Fixtures.P2;
import static org.communitygov.model.household.Fixtures.P3;
import static org.communitygov.model.household.Fixtures.assertNoPersonalData;
import static org.communitygov.model.household.Fixtures.chen;
import static org.communitygov.model.household.Fixtures.date;
import static org.communitygov.model.household.Fixtures.member;

import java.util.List;
import java.util.Map;
import org.communitygov.model.common.Extensions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class HouseholdTest {
  /**
   * The Chen household where the head P1 dies on 2024-06-01 and the spouse P2 becomes head that
   * day; the child P3 moved out on 2014-09-01.
   */
  static Household afterHeadChange() {
    return chen()
        .memberships(
            List.of(
                Membership.builder()
                    .from(member(P1, MemberRole.HEAD, "1994-10-01", "2024-06-01"))
                    .leaveReason(MembershipChange.DEATH)
                    .build(),
                Membership.builder()
                    .from(member(P2, MemberRole.SPOUSE, "1994-10-01", "2024-06-01"))
                    .leaveReason(MembershipChange.HEAD_CHANGE)
                    .build(),
                Membership.builder()
                    .from(member(P2, MemberRole.HEAD, "2024-06-01"))
                    .joinReason(MembershipChange.HEAD_CHANGE)
                    .build(),
                member(P3, MemberRole.CHILD, "1996-04-08", "2014-09-01")))
        .build();
  }

  static List<PersonId> ids(List<Person> persons) {
    return persons.stream().map(Person::id).toList();
  }

  @Nested
  class MembersOn {
    @Test
    void listsTheMembersOfThatDayInListOrder() {
      Household h = afterHeadChange();
      assertThat(ids(h.membersOn(date("1994-09-30")))).isEmpty();
      assertThat(ids(h.membersOn(date("1994-10-01")))).containsExactly(P1, P2);
      assertThat(ids(h.membersOn(date("1996-04-08")))).containsExactly(P1, P2, P3);
      assertThat(ids(h.membersOn(date("2014-08-31")))).containsExactly(P1, P2, P3);
      assertThat(ids(h.membersOn(date("2014-09-01")))).containsExactly(P1, P2);
      assertThat(ids(h.membersOn(date("2024-05-31")))).containsExactly(P1, P2);
      assertThat(ids(h.membersOn(date("2024-06-01")))).containsExactly(P2);
    }

    @Test
    void rejectsNull() {
      assertThatNullPointerException().isThrownBy(() -> afterHeadChange().membersOn(null));
    }
  }

  @Nested
  class SizeOn {
    @Test
    void countsTheMembersOfThatDay() {
      Household h = afterHeadChange();
      assertThat(h.sizeOn(date("1994-09-30"))).isZero();
      assertThat(h.sizeOn(date("2000-01-01"))).isEqualTo(3);
      assertThat(h.sizeOn(date("2024-06-01"))).isEqualTo(1);
    }
  }

  @Nested
  class HeadOn {
    @Test
    void isTheNewHeadOnTheDayOfTheChange() {
      Household h = afterHeadChange();
      assertThat(h.headOn(date("2024-05-31")).map(Person::id)).contains(P1);
      assertThat(h.headOn(date("2024-06-01")).map(Person::id)).contains(P2);
    }

    @Test
    void isEmptyBeforeTheFirstMembership() {
      assertThat(afterHeadChange().headOn(date("1994-09-30"))).isEmpty();
    }

    @Test
    void rejectsNull() {
      assertThatNullPointerException().isThrownBy(() -> afterHeadChange().headOn(null));
    }
  }

  @Nested
  class RoleOn {
    @Test
    void changesOnTheDayOfTheChange() {
      Household h = afterHeadChange();
      assertThat(h.roleOn(P2, date("2024-05-31"))).contains(MemberRole.SPOUSE);
      assertThat(h.roleOn(P2, date("2024-06-01"))).contains(MemberRole.HEAD);
      assertThat(h.roleOn(P1, date("2024-06-01"))).isEmpty();
    }

    @Test
    void isEmptyForAFormerMemberAndForAStranger() {
      Household h = afterHeadChange();
      assertThat(h.roleOn(P3, date("2014-09-01"))).isEmpty();
      assertThat(h.roleOn(PersonId.of("P9"), date("2014-09-01"))).isEmpty();
    }

    @Test
    void rejectsNulls() {
      Household h = afterHeadChange();
      assertThatNullPointerException().isThrownBy(() -> h.roleOn(null, date("2020-01-01")));
      assertThatNullPointerException().isThrownBy(() -> h.roleOn(P1, null));
    }
  }

  @Nested
  class Member {
    @Test
    void findsAFormerMemberButNotAStranger() {
      Household h = afterHeadChange();
      assertThat(h.member(P3)).isPresent();
      assertThat(h.member(PersonId.of("P9"))).isEmpty();
      assertThatNullPointerException().isThrownBy(() -> h.member(null));
    }
  }

  @Nested
  class Building_ {
    @Test
    void defaultsToNoExtensionsNoAssistanceNoBuildingNoGrid() {
      Household h = chen().build();
      assertThat(h.extensions()).isEqualTo(Extensions.empty());
      assertThat(h.assistance()).isEmpty();
      assertThat(h.building()).isEmpty();
      assertThat(h.grid()).isEmpty();
    }

    @Test
    void rejectsNullsAndMissingAttributes() {
      assertThatNullPointerException().isThrownBy(() -> chen().id(null));
      assertThatNullPointerException().isThrownBy(() -> chen().addMembership(null));
      assertThatNullPointerException().isThrownBy(() -> chen().extensions(null));
      assertThatThrownBy(() -> Household.builder().id(HouseholdId.of("H1")).build())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("address");
    }

    @Test
    void roundTripsThroughItsBuilder() {
      Household h =
          Household.builder()
              .from(afterHeadChange())
              .addAssistance(AssistanceStatus.MLG)
              .extensions(Extensions.of(Map.of("cn.gov.cq.yuzhong", Map.of("visitEveryDays", 7))))
              .build();
      assertThat(Household.builder().from(h).build()).isEqualTo(h);
      assertThat(Household.builder().from(h).build().hashCode()).isEqualTo(h.hashCode());
    }
  }

  @Nested
  class ToString {
    @Test
    void showsNoNameIdPhoneAddressOrAmount() {
      Household h = afterHeadChange();
      String text = h.toString();
      assertThat(text).isEqualTo("Household{id=H002, community=cq-yz-qxg-hpl, members=3}");
      assertNoPersonalData(text, h.members().toArray(Person[]::new));
      assertThat(text).doesNotContain("和平里").doesNotContain("14400").doesNotContain("3200");
    }
  }
}
