package org.communitygov.rules.needs.shared;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.communitygov.model.common.DateRange;
import org.communitygov.model.common.Money;
import org.communitygov.model.common.Sex;
import org.communitygov.model.community.CommunityId;
import org.communitygov.model.household.Household;
import org.communitygov.model.household.HouseholdId;
import org.communitygov.model.household.HouseholdKind;
import org.communitygov.model.household.HukouStatus;
import org.communitygov.model.household.ImmutableHousehold;
import org.communitygov.model.household.IncomeItem;
import org.communitygov.model.household.IncomeType;
import org.communitygov.model.household.MemberRole;
import org.communitygov.model.household.Membership;
import org.communitygov.model.household.Person;
import org.communitygov.model.household.PersonId;

/** Households for the tests of household rules. */
public final class Households {
  public static final PersonId P1 = PersonId.of("P1");
  public static final PersonId P2 = PersonId.of("P2");

  private Households() {}

  public static Person person(PersonId id, String birthDate) {
    return Person.builder()
        .id(id)
        .name("居民" + id.value())
        .birthDate(LocalDate.parse(birthDate))
        .sex(Sex.FEMALE)
        .hukou(HukouStatus.LOCAL)
        .build();
  }

  public static ImmutableHousehold.Builder household(Person head) {
    return Household.builder()
        .id(HouseholdId.of("H001"))
        .community(CommunityId.of("jn-lx-test"))
        .address("测试街1号")
        .kind(HouseholdKind.REGISTERED)
        .addMembers(head)
        .addMemberships(Membership.of(head.id(), MemberRole.HEAD, LocalDate.of(2000, 1, 1)));
  }

  public static IncomeItem wages(PersonId person, String amount, LocalDate from, LocalDate until) {
    return IncomeItem.builder()
        .person(person)
        .type(IncomeType.WAGES)
        .amount(Money.ofCny(new BigDecimal(amount)))
        .period(DateRange.of(from, until))
        .build();
  }

  /** One person, head since 2000, earning {@code monthly} each month of the 12 before the date. */
  public static Household single(String monthly, LocalDate date) {
    return household(person(P1, "1975-05-05"))
        .addIncome(
            wages(
                P1,
                new BigDecimal(monthly).multiply(BigDecimal.valueOf(12)).toPlainString(),
                date.minusMonths(12),
                date))
        .build();
  }
}
