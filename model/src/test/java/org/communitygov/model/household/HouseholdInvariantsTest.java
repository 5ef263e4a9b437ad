package org.communitygov.model.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.entry;
import static org.communitygov.model.household.Fixtures.P1;
import static org.communitygov.model.household.Fixtures.P2;
import static org.communitygov.model.household.Fixtures.P3;
import static org.communitygov.model.household.Fixtures.assertNoPersonalData;
import static org.communitygov.model.household.Fixtures.chen;
import static org.communitygov.model.household.Fixtures.cny;
import static org.communitygov.model.household.Fixtures.date;
import static org.communitygov.model.household.Fixtures.member;

import java.util.List;
import org.assertj.core.api.AbstractStringAssert;
import org.communitygov.model.common.DateRange;
import org.communitygov.model.common.InvalidValueException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class HouseholdInvariantsTest {
  static final PersonId STRANGER = PersonId.of("P9");

  /**
   * Asserts that building fails with the code, with a message free of the members' personal data,
   * and returns the message for further checks.
   */
  static AbstractStringAssert<?> assertInvalid(ImmutableHousehold.Builder builder, String code) {
    Person[] members = chen().build().members().toArray(Person[]::new);
    try {
      builder.build();
    } catch (InvalidValueException e) {
      assertThat(e.code()).isEqualTo(code);
      assertNoPersonalData(e.getMessage(), members);
      assertThat(e.getMessage()).doesNotContain("和平里");
      return assertThat(e.getMessage());
    }
    throw new AssertionError("expected " + code + " but the household was built");
  }

  static InvalidValueException catchInvalid(ImmutableHousehold.Builder builder) {
    try {
      builder.build();
    } catch (InvalidValueException e) {
      return e;
    }
    throw new AssertionError("expected an invalid household but it was built");
  }

  /** The Chen household with its memberships replaced. */
  static ImmutableHousehold.Builder chenWith(Membership... memberships) {
    return chen().memberships(List.of(memberships));
  }

  @Nested
  class IdentifiersThatLookLikePersonalNumbers {
    static final PersonId PHONE_ID = PersonId.of("13800138000");
    static final PersonId CITIZEN_ID = PersonId.of("500103196807020310");

    @Test
    void areMaskedInTheMessageAndTheArguments() {
      InvalidValueException e =
          catchInvalid(
              Household.builder()
                  .from(chen().build())
                  .members(
                      List.of(
                          Fixtures.bornOn(PHONE_ID, "1968-07-02"),
                          Fixtures.bornOn(CITIZEN_ID, "1970-11-20")))
                  .memberships(
                      List.of(
                          member(PHONE_ID, MemberRole.HEAD, "1994-10-01"),
                          member(CITIZEN_ID, MemberRole.HEAD, "2000-01-01")))
                  .income(List.of())
                  .assets(List.of()));

      assertThat(e.code()).isEqualTo("memberships.twoHeads");
      assertThat(e.getMessage())
          .contains("138****8000")
          .contains("500103********0310")
          .doesNotContainPattern("[0-9]{7}");
      assertThat(e.arguments())
          .containsEntry("person", "500103********0310")
          .containsEntry("otherPerson", "138****8000");
      assertThat(String.join(" ", e.arguments().values())).doesNotContainPattern("[0-9]{7}");
    }
  }

  @Nested
  class Cost {
    /** A household of one person with n one-day memberships, a day apart, the first as head. */
    Household manyMemberships(int n) {
      PersonId id = PersonId.of("P1");
      List<Membership> memberships = new java.util.ArrayList<>();
      java.time.LocalDate day = date("1950-01-01");
      for (int i = 0; i < n; i++) {
        memberships.add(
            Membership.builder()
                .person(id)
                .role(i % 2 == 0 ? MemberRole.HEAD : MemberRole.OTHER_RELATIVE)
                .period(DateRange.of(day.plusDays(2L * i), day.plusDays(2L * i + 1)))
                .build());
      }
      return ImmutableHousehold.builder()
          .from(chen().build())
          .members(List.of(Fixtures.bornOn(id, "1950-01-01")))
          .memberships(memberships)
          .income(List.of())
          .assets(List.of())
          .build();
    }

    @Test
    void growsAboutLinearlyWithTheMemberships() {
      Household small = manyMemberships(1_100);
      Household large = manyMemberships(11_000);

      long comparisonsSmall = HouseholdInvariants.check(small);
      long comparisonsLarge = HouseholdInvariants.check(large);

      // All earlier memberships compared with each new one would be n²/2 (60 million for 11,000);
      // neighbours in start order are at most 2 per membership and per head.
      assertThat(comparisonsLarge).isLessThanOrEqualTo(4L * 11_000);
      assertThat(comparisonsLarge).isLessThan(12 * comparisonsSmall);
    }

    @Test
    void stillReportsTheFirstOverlapInListOrderWithItsEarliestListedPartner() {
      InvalidValueException e =
          catchInvalid(
              chenWith(
                  member(P1, MemberRole.HEAD, "1994-10-01"),
                  member(P2, MemberRole.SPOUSE, "2000-01-01", "2001-01-01"),
                  member(P2, MemberRole.SPOUSE, "1998-01-01", "1999-01-01"),
                  member(P3, MemberRole.CHILD, "1996-04-08"),
                  member(P2, MemberRole.SPOUSE, "1998-06-01", "2000-06-01")));

      assertThat(e.code()).isEqualTo("memberships.overlap");
      assertThat(e.pointer()).contains("/memberships/4");
      assertThat(e.arguments()).containsEntry("days", "2000-01-01/2000-06-01");
    }
  }

  @Test
  void acceptTheChenHousehold() {
    assertThat(chen().build().members()).hasSize(3);
  }

  @Nested
  class Members {
    @Test
    void mustNotBeEmpty() {
      assertInvalid(
          chen().members(List.of()).memberships(List.of()).income(List.of()).assets(List.of()),
          "members.empty");
    }

    @Test
    void mustHaveUniqueIds() {
      assertInvalid(chen().addMember(Fixtures.bornOn(P1, "1968-07-02")), "members.duplicateId")
          .contains("P1");
    }

    @Test
    void mustEachHaveAMembership() {
      assertInvalid(
              chen().addMember(Fixtures.bornOn(STRANGER, "2000-01-01")), "members.noMembership")
          .contains("P9");
    }

    @Test
    void rejectANullElement() {
      assertThatNullPointerException().isThrownBy(() -> chen().addMember(null));
    }
  }

  @Nested
  class Memberships {
    @Test
    void mustNameAListedMember() {
      assertInvalid(
              chen().addMembership(member(STRANGER, MemberRole.CHILD, "2000-01-01")),
              "memberships.unknownPerson")
          .contains("P9");
    }

    @Test
    void mustNotStartBeforeBirth() {
      assertInvalid(
              chenWith(
                  member(P1, MemberRole.HEAD, "1994-10-01"),
                  member(P2, MemberRole.SPOUSE, "1994-10-01"),
                  member(P3, MemberRole.CHILD, "1996-04-07")),
              "memberships.beforeBirth")
          .contains("P3")
          .contains("1996-04-07")
          .doesNotContain("1996-04-08");
    }

    @Test
    void mayStartOnTheDayOfBirth() {
      assertThat(chen().build().roleOn(P3, date("1996-04-08"))).contains(MemberRole.CHILD);
    }

    @Test
    void ofOnePersonMustNotOverlap() {
      assertInvalid(
              chenWith(
                  member(P1, MemberRole.HEAD, "1994-10-01"),
                  member(P2, MemberRole.SPOUSE, "1994-10-01"),
                  member(P3, MemberRole.CHILD, "1996-04-08", "2020-01-02"),
                  member(P3, MemberRole.OTHER_RELATIVE, "2020-01-01")),
              "memberships.overlap")
          .contains("P3")
          .contains("2020-01-01/2020-01-02");
    }

    @Test
    void pointAtTheLaterOfTwoOverlappingMembershipsWithTheSharedDays() {
      InvalidValueException e =
          catchInvalid(
              chenWith(
                  member(P1, MemberRole.HEAD, "1994-10-01"),
                  member(P3, MemberRole.CHILD, "1996-04-08", "2020-01-02"),
                  member(P2, MemberRole.SPOUSE, "1994-10-01"),
                  member(P3, MemberRole.OTHER_RELATIVE, "2020-01-01")));

      assertThat(e.pointer()).contains("/memberships/3");
      assertThat(e.arguments())
          .containsExactly(entry("person", "P3"), entry("days", "2020-01-01/2020-01-02"));
    }

    @Test
    void ofOnePersonMayMeetWhenPeriodsAreAdjacent() {
      Household h =
          chenWith(
                  member(P1, MemberRole.HEAD, "1994-10-01"),
                  member(P2, MemberRole.SPOUSE, "1994-10-01"),
                  member(P3, MemberRole.CHILD, "1996-04-08", "2020-01-01"),
                  member(P3, MemberRole.OTHER_RELATIVE, "2020-01-01"))
              .build();
      assertThat(h.roleOn(P3, date("2019-12-31"))).contains(MemberRole.CHILD);
      assertThat(h.roleOn(P3, date("2020-01-01"))).contains(MemberRole.OTHER_RELATIVE);
    }

    @Test
    void ofOnePersonMayLeaveAGap() {
      Household h =
          chenWith(
                  member(P1, MemberRole.HEAD, "1994-10-01"),
                  member(P2, MemberRole.SPOUSE, "1994-10-01"),
                  member(P3, MemberRole.CHILD, "1996-04-08", "2014-09-01"),
                  member(P3, MemberRole.CHILD, "2018-07-01"))
              .build();
      assertThat(h.roleOn(P3, date("2016-01-01"))).isEmpty();
    }
  }

  @Nested
  class Heads {
    @Test
    void mustNotBeTwoOnASharedDateNamingTheFirstSharedDate() {
      assertInvalid(
              chenWith(
                  member(P1, MemberRole.HEAD, "1994-10-01", "2024-06-02"),
                  member(P2, MemberRole.SPOUSE, "1994-10-01", "2024-06-01"),
                  member(P2, MemberRole.HEAD, "2024-06-01"),
                  member(P3, MemberRole.CHILD, "1996-04-08")),
              "memberships.twoHeads")
          .contains("P1")
          .contains("P2")
          .contains("2024-06-01/2024-06-02");
    }

    @Test
    void pointAtTheSecondHeadsMembershipAndNameBothPersonsAndTheSharedDays() {
      InvalidValueException e =
          catchInvalid(
              chenWith(
                  member(P3, MemberRole.CHILD, "1996-04-08"),
                  member(P1, MemberRole.HEAD, "1994-10-01", "2024-06-02"),
                  member(P2, MemberRole.SPOUSE, "1994-10-01", "2024-06-01"),
                  member(P2, MemberRole.HEAD, "2024-06-01")));

      assertThat(e.pointer()).contains("/memberships/3");
      assertThat(e.arguments())
          .containsExactly(
              entry("person", "P2"),
              entry("otherPerson", "P1"),
              entry("days", "2024-06-01/2024-06-02"));
    }

    @Test
    void mustNotBeTwoWhenBothAreOpenEnded() {
      assertInvalid(
              chenWith(
                  member(P1, MemberRole.HEAD, "1994-10-01"),
                  member(P2, MemberRole.HEAD, "2000-03-15"),
                  member(P3, MemberRole.CHILD, "1996-04-08")),
              "memberships.twoHeads")
          .contains("2000-03-15/..");
    }

    @Test
    void mayHandOverOnAdjacentDays() {
      Household h =
          chenWith(
                  member(P1, MemberRole.HEAD, "1994-10-01", "2024-06-01"),
                  member(P2, MemberRole.SPOUSE, "1994-10-01", "2024-06-01"),
                  member(P2, MemberRole.HEAD, "2024-06-01"),
                  member(P3, MemberRole.CHILD, "1996-04-08"))
              .build();
      assertThat(h.headOn(date("2024-05-31")).map(Person::id)).contains(P1);
      assertThat(h.headOn(date("2024-06-01")).map(Person::id)).contains(P2);
    }

    @Test
    void mayBeNoneForAWhile() {
      Household h =
          chenWith(
                  member(P1, MemberRole.HEAD, "1994-10-01", "2024-06-01"),
                  member(P2, MemberRole.SPOUSE, "1994-10-01"),
                  member(P3, MemberRole.CHILD, "1996-04-08"))
              .build();
      assertThat(h.headOn(date("2024-06-01"))).isEmpty();
    }
  }

  @Nested
  class IncomeAndAssets {
    @Test
    void incomeMustNameAMember() {
      assertInvalid(
              chen()
                  .addIncome(
                      IncomeItem.builder()
                          .person(STRANGER)
                          .type(IncomeType.WAGES)
                          .amount(cny("9876.54"))
                          .period(DateRange.of(date("2025-01-01"), date("2026-01-01")))
                          .build()),
              "income.unknownPerson")
          .contains("P9")
          .doesNotContain("9876");
    }

    @Test
    void assetsMustNameAMember() {
      assertInvalid(
              chen()
                  .addAsset(
                      Asset.builder()
                          .owner(STRANGER)
                          .type(AssetType.VEHICLE)
                          .value(cny("56789.00"))
                          .valuedOn(date("2026-01-01"))
                          .build()),
              "assets.unknownOwner")
          .contains("P9")
          .doesNotContain("56789");
    }

    @Test
    void mayNameAFormerMember() {
      Household h =
          chenWith(
                  member(P1, MemberRole.HEAD, "1994-10-01"),
                  member(P2, MemberRole.SPOUSE, "1994-10-01"),
                  member(P3, MemberRole.CHILD, "1996-04-08", "2014-09-01"))
              .addIncome(
                  IncomeItem.builder()
                      .person(P3)
                      .type(IncomeType.SOCIAL_ASSISTANCE)
                      .amount(cny("1800.00"))
                      .period(DateRange.of(date("2025-11-01"), date("2026-11-01")))
                      .build())
              .build();
      assertThat(h.income()).hasSize(2);
    }
  }
}
