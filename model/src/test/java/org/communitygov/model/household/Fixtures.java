package org.communitygov.model.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.communitygov.model.common.CitizenId;
import org.communitygov.model.common.DateRange;
import org.communitygov.model.common.Money;
import org.communitygov.model.common.PhoneNumber;
import org.communitygov.model.common.Sex;
import org.communitygov.model.community.CommunityId;

/** Valid persons, memberships and households to vary in tests, and the personal-data check. */
final class Fixtures {
  static final CommunityId HEPINGLI = CommunityId.of("cq-yz-qxg-hpl");
  static final PersonId P1 = PersonId.of("P1");
  static final PersonId P2 = PersonId.of("P2");
  static final PersonId P3 = PersonId.of("P3");

  private Fixtures() {}

  static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  /** Returns a valid citizen ID of Chaoyang district with the birth date and sex. */
  static CitizenId citizenId(LocalDate birthDate, Sex sex) {
    String first17 =
        "110105"
            + birthDate.format(DateTimeFormatter.BASIC_ISO_DATE)
            + (sex == Sex.MALE ? "013" : "024");
    return CitizenId.parse(first17 + CitizenId.checkCharacter(first17));
  }

  /** Returns a builder of a person with every attribute a person can have but disability. */
  static ImmutablePerson.Builder person(PersonId id, String name, LocalDate birthDate, Sex sex) {
    return Person.builder()
        .id(id)
        .name(name)
        .citizenId(citizenId(birthDate, sex))
        .birthDate(birthDate)
        .sex(sex)
        .hukou(HukouStatus.LOCAL)
        .phone(
            PhoneNumber.parse(
                String.format("139%08d", Math.floorMod(id.value().hashCode(), 100_000_000))));
  }

  /** Returns a person with only the required attributes. */
  static Person bornOn(PersonId id, String birthDate) {
    return Person.builder()
        .id(id)
        .name("居民" + id.value())
        .birthDate(date(birthDate))
        .sex(Sex.FEMALE)
        .hukou(HukouStatus.LOCAL)
        .build();
  }

  static Membership member(PersonId person, MemberRole role, String start) {
    return Membership.of(person, role, date(start));
  }

  static Membership member(PersonId person, MemberRole role, String start, String endExclusive) {
    return Membership.builder()
        .person(person)
        .role(role)
        .period(DateRange.of(date(start), date(endExclusive)))
        .build();
  }

  static Money cny(String amount) {
    return Money.ofCny(new java.math.BigDecimal(amount));
  }

  /**
   * Returns a builder of the Chen household: head P1 (born 1968), spouse P2 (1970), both members
   * since 1994-10-01, and child P3 born 1996-04-08, a member from birth; with income and an asset.
   */
  static ImmutableHousehold.Builder chen() {
    return Household.builder()
        .id(HouseholdId.of("H002"))
        .community(HEPINGLI)
        .address("和平里2号楼1单元102")
        .kind(HouseholdKind.REGISTERED)
        .addMembers(
            person(P1, "陈建国", date("1968-07-02"), Sex.MALE).build(),
            person(P2, "刘芳", date("1970-11-20"), Sex.FEMALE).build(),
            person(P3, "陈浩", date("1996-04-08"), Sex.MALE)
                .disability(Disability.of(DisabilityCategory.PHYSICAL, 2))
                .build())
        .addMemberships(
            member(P1, MemberRole.HEAD, "1994-10-01"),
            member(P2, MemberRole.SPOUSE, "1994-10-01"),
            member(P3, MemberRole.CHILD, "1996-04-08"))
        .addIncome(
            IncomeItem.builder()
                .person(P2)
                .type(IncomeType.WAGES)
                .amount(cny("14400.00"))
                .period(DateRange.of(date("2025-11-01"), date("2026-11-01")))
                .build())
        .addAssets(
            Asset.builder()
                .type(AssetType.DEPOSIT)
                .value(cny("3200.00"))
                .valuedOn(date("2026-10-31"))
                .build());
  }

  /**
   * Asserts that a text (a message, a {@code toString()}) shows none of the persons' names, citizen
   * ID digits or phone digits.
   */
  static void assertNoPersonalData(String text, Person... persons) {
    for (Person person : persons) {
      assertThat(text).doesNotContain(person.name());
      person
          .citizenId()
          .ifPresent(
              id -> {
                String raw = id.unmaskedValue();
                assertThat(text).doesNotContain(raw).doesNotContain(raw.substring(6, 14));
              });
      person
          .phone()
          .ifPresent(
              phone -> {
                String digits = phone.unmaskedValue().replace("-", "");
                assertThat(text.replace("-", ""))
                    .doesNotContain(digits)
                    .doesNotContain(digits.substring(digits.length() - 8));
              });
    }
  }
}
