package org.communitygov.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.SplittableRandom;
import org.communitygov.model.common.CitizenId;
import org.communitygov.model.common.DateRange;
import org.communitygov.model.common.Extensions;
import org.communitygov.model.common.Money;
import org.communitygov.model.common.PhoneNumber;
import org.communitygov.model.common.Sex;
import org.communitygov.model.community.BuildingId;
import org.communitygov.model.community.CommunityId;
import org.communitygov.model.community.GridId;
import org.communitygov.model.household.AssistanceStatus;
import org.communitygov.model.household.Disability;
import org.communitygov.model.household.DisabilityCategory;
import org.communitygov.model.household.EmploymentStatus;
import org.communitygov.model.household.Household;
import org.communitygov.model.household.HouseholdId;
import org.communitygov.model.household.HouseholdKind;
import org.communitygov.model.household.HukouStatus;
import org.communitygov.model.household.ImmutableHousehold;
import org.communitygov.model.household.ImmutablePerson;
import org.communitygov.model.household.IncomeItem;
import org.communitygov.model.household.IncomeType;
import org.communitygov.model.household.MemberRole;
import org.communitygov.model.household.Membership;
import org.communitygov.model.household.MembershipChange;
import org.communitygov.model.household.Person;
import org.communitygov.model.household.PersonId;

/**
 * Makes realistic, valid households from a seed, like those of {@code
 * docs/examples/hepingli-households.json}: a head, often a spouse, children born into the
 * household, sometimes an elderly parent; citizen IDs with their check character and matching birth
 * dates and sexes; phones, incomes, now and then a disability, assistance or an extension. The same
 * seed gives the same households.
 */
final class HouseholdGenerator {
  private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周"};
  private static final String[] GIVEN = {
    "秀英", "建国", "芳", "浩", "丽", "伟", "敏", "静", "强", "磊", "洋", "娟"
  };
  private static final String[] REGIONS = {"500103", "500112", "110101", "310104", "440305"};
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK = "10X98765432";
  private static final LocalDate NEWEST_BIRTH = LocalDate.of(2024, 12, 31);
  private static final CommunityId COMMUNITY = CommunityId.of("cq-yz-qxg-hpl");
  private static final DateRange INCOME_YEAR =
      DateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1));
  private static final Extensions VISITS =
      Extensions.of(Map.of("cn.gov.cq.yuzhong", Map.of("visitEveryDays", 7)));

  private final SplittableRandom random;

  HouseholdGenerator(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** The next household, whose ids are made from {@code index}. */
  Household next(long index) {
    String prefix = "P" + index + "-";
    LocalDate headBirth = date(LocalDate.of(1935, 1, 1), LocalDate.of(1995, 12, 31));
    Sex headSex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
    LocalDate start = max(headBirth.plusYears(20 + random.nextInt(10)), LocalDate.of(1980, 1, 1));
    ImmutableHousehold.Builder household =
        Household.builder()
            .id(HouseholdId.of("H" + index))
            .community(COMMUNITY)
            .address(address())
            .building(BuildingId.of("B" + (1 + random.nextInt(40))))
            .grid(GridId.of("G" + (1 + random.nextInt(6))))
            .kind(HouseholdKind.REGISTERED);
    Person head = person(prefix + 0, headBirth, headSex, true);
    add(household, head, MemberRole.HEAD, start, MembershipChange.MOVE);
    int next = 1;
    if (random.nextInt(10) < 7) {
      LocalDate birth = headBirth.plusDays(random.nextInt(3650) - 1825);
      Sex sex = headSex == Sex.MALE ? Sex.FEMALE : Sex.MALE;
      add(
          household,
          person(prefix + next++, birth, sex, false),
          MemberRole.SPOUSE,
          start,
          MembershipChange.MARRIAGE);
    }
    int children = random.nextInt(4);
    for (int c = 0; c < children; c++) {
      LocalDate birth = start.plusDays(365 + random.nextInt(15 * 365));
      if (birth.isAfter(NEWEST_BIRTH)) {
        break;
      }
      Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
      add(
          household,
          person(prefix + next++, birth, sex, false),
          MemberRole.CHILD,
          birth,
          MembershipChange.BIRTH);
    }
    if (random.nextInt(10) == 0) {
      LocalDate birth = headBirth.minusYears(25 + random.nextInt(10));
      add(
          household,
          person(prefix + next, birth, Sex.FEMALE, false),
          MemberRole.PARENT,
          start,
          MembershipChange.MOVE);
    }
    income(household, head);
    if (random.nextInt(20) == 0) {
      household.addAssistance(AssistanceStatus.MLG);
    }
    if (random.nextInt(10) == 0) {
      household.extensions(VISITS);
    }
    return household.build();
  }

  private void add(
      ImmutableHousehold.Builder household,
      Person person,
      MemberRole role,
      LocalDate start,
      MembershipChange reason) {
    household.addMember(person);
    household.addMembership(
        Membership.builder()
            .person(person.id())
            .role(role)
            .period(DateRange.ofOpenEnded(start))
            .joinReason(reason)
            .build());
  }

  private void income(ImmutableHousehold.Builder household, Person head) {
    IncomeType type = head.birthDate().getYear() < 1965 ? IncomeType.PENSION : IncomeType.WAGES;
    BigDecimal amount = BigDecimal.valueOf(12_000 + random.nextInt(108_000)).setScale(2);
    household.addIncome(
        IncomeItem.builder()
            .person(head.id())
            .type(type)
            .amount(Money.ofCny(amount))
            .period(INCOME_YEAR)
            .build());
  }

  private Person person(String id, LocalDate birth, Sex sex, boolean head) {
    ImmutablePerson.Builder person =
        Person.builder()
            .id(PersonId.of(id))
            .name(SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)])
            .citizenId(CitizenId.parse(citizenId(birth, sex)))
            .birthDate(birth)
            .sex(sex)
            .hukou(random.nextInt(10) == 0 ? HukouStatus.MIGRANT : HukouStatus.LOCAL);
    boolean elderly = birth.getYear() < 1966;
    person.employment(elderly ? EmploymentStatus.RETIRED : EmploymentStatus.EMPLOYED);
    if (head) {
      person.phone(PhoneNumber.parse("13" + (100_000_000 + random.nextInt(899_999_999))));
    }
    if (elderly && random.nextInt(4) == 0) {
      person.addChronicConditions("I10");
    }
    if (random.nextInt(20) == 0) {
      person.disability(Disability.of(DisabilityCategory.PHYSICAL, 1 + random.nextInt(4)));
    }
    return person.build();
  }

  private String citizenId(LocalDate birth, Sex sex) {
    int order = random.nextInt(500) * 2 + (sex == Sex.MALE ? 1 : 0);
    String body =
        REGIONS[random.nextInt(REGIONS.length)]
            + String.format(
                "%04d%02d%02d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth())
            + String.format("%03d", order);
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (body.charAt(i) - '0') * WEIGHTS[i];
    }
    return body + CHECK.charAt(sum % 11);
  }

  private String address() {
    return "和平里"
        + (1 + random.nextInt(40))
        + "号楼"
        + (1 + random.nextInt(4))
        + "单元"
        + (1 + random.nextInt(30))
        + "0"
        + (1 + random.nextInt(4));
  }

  private LocalDate date(LocalDate from, LocalDate to) {
    return from.plusDays(random.nextLong(to.toEpochDay() - from.toEpochDay() + 1));
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
