package org.communitygov.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.communitygov.model.common.DateRange;
import org.communitygov.model.common.Money;
import org.communitygov.model.common.Sex;
import org.communitygov.model.community.CommunityId;
import org.communitygov.model.household.Asset;
import org.communitygov.model.household.AssetType;
import org.communitygov.model.household.AssistanceStatus;
import org.communitygov.model.household.Disability;
import org.communitygov.model.household.DisabilityCategory;
import org.communitygov.model.household.Household;
import org.communitygov.model.household.HouseholdId;
import org.communitygov.model.household.HouseholdKind;
import org.communitygov.model.household.HukouStatus;
import org.communitygov.model.household.ImmutableHousehold;
import org.communitygov.model.household.ImmutableIncomeItem;
import org.communitygov.model.household.ImmutablePerson;
import org.communitygov.model.household.IncomeItem;
import org.communitygov.model.household.IncomeType;
import org.communitygov.model.household.MemberRole;
import org.communitygov.model.household.Membership;
import org.communitygov.model.household.Person;
import org.communitygov.model.household.PersonId;
import org.communitygov.rules.needs.elderability.ElderAbilityInput;
import org.communitygov.rules.needs.elderability.ElderAbilityItem;
import org.communitygov.rules.needs.elderability.MentalDiagnosis;

/**
 * Varied households for the needs-rules benchmark, from a seeded generator: one to five members
 * (head, spouse, children, a parent, now and then a non-relative, sometimes one who left), ages
 * from infants to 95, disabilities, income items of several types and periods (some excluded types,
 * some straddling the income period), deposits, vehicles, dwellings, assistance statuses; and one
 * elder ability input per household.
 */
final class NeedsHouseholds {
  /** The evaluation date of the benchmark. */
  static final LocalDate DATE = LocalDate.of(2024, 6, 1);

  private static final IncomeType[] INCOME_TYPES = {
    IncomeType.WAGES,
    IncomeType.WAGES,
    IncomeType.CASUAL_LABOUR,
    IncomeType.PENSION,
    IncomeType.BASIC_RESIDENT_PENSION,
    IncomeType.FARMING,
    IncomeType.SCHOLARSHIP,
    IncomeType.SOCIAL_ASSISTANCE
  };

  private NeedsHouseholds() {}

  /** One household with the elder ability input of one member. */
  record Sample(Household household, ElderAbilityInput elder) {}

  static List<Sample> generate(int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Sample> samples = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      samples.add(new Sample(household(i, random), elder(random)));
    }
    return samples;
  }

  private static Household household(int index, SplittableRandom r) {
    ImmutableHousehold.Builder b =
        Household.builder()
            .id(HouseholdId.of("H" + index))
            .community(CommunityId.of("cq-yz-qxg-hpl"))
            .address("和平里" + index + "号")
            .kind(HouseholdKind.REGISTERED);
    int size = 1 + r.nextInt(5);
    boolean elderly = r.nextInt(3) == 0;
    int headAge = elderly ? 60 + r.nextInt(36) : 25 + r.nextInt(35);
    List<PersonId> people = new ArrayList<>();
    for (int m = 0; m < size; m++) {
      PersonId id = PersonId.of("P" + index + "_" + m);
      people.add(id);
      MemberRole role;
      int age;
      if (m == 0) {
        role = MemberRole.HEAD;
        age = headAge;
      } else if (m == 1) {
        role = r.nextInt(8) == 0 ? MemberRole.NON_RELATIVE : MemberRole.SPOUSE;
        age = Math.max(18, headAge - 5 + r.nextInt(10));
      } else if (m == 4) {
        role = MemberRole.PARENT;
        age = Math.min(99, headAge + 22 + r.nextInt(10));
      } else {
        role = MemberRole.CHILD;
        age = Math.max(0, headAge - 20 - r.nextInt(20));
      }
      Person person = person(id, age, r);
      b.addMembers(person);
      LocalDate start = DATE.minusYears(Math.min(age, 10)).minusDays(r.nextInt(300));
      if (start.isBefore(person.birthDate())) {
        start = person.birthDate();
      }
      LocalDate left = DATE.minusDays(1 + r.nextInt(200));
      if (m > 0 && r.nextInt(10) == 0 && left.isAfter(start)) {
        b.addMemberships(
            Membership.builder().person(id).role(role).period(DateRange.of(start, left)).build());
      } else {
        b.addMemberships(Membership.of(id, role, start));
      }
    }
    int items = r.nextInt(4);
    for (int k = 0; k < items; k++) {
      LocalDate from = DATE.minusDays(30 + r.nextInt(600));
      ImmutableIncomeItem.Builder item =
          IncomeItem.builder()
              .type(INCOME_TYPES[r.nextInt(INCOME_TYPES.length)])
              .amount(cny(r.nextInt(2_000_000)))
              .period(DateRange.of(from, from.plusDays(28 + r.nextInt(400))));
      if (r.nextInt(4) != 0) {
        item.person(people.get(r.nextInt(people.size())));
      }
      b.addIncome(item.build());
    }
    if (r.nextInt(3) == 0) {
      b.addAssets(asset(AssetType.DEPOSIT, r.nextInt(4_000_000), r));
    }
    if (r.nextInt(10) == 0) {
      b.addAssets(asset(AssetType.VEHICLE, 1_000_000 + r.nextInt(5_000_000), r));
    }
    if (r.nextInt(2) == 0) {
      b.addAssets(asset(AssetType.HOUSING, 10_000_000 + r.nextInt(50_000_000), r));
    }
    int assistance = r.nextInt(10);
    if (assistance == 0) {
      b.addAssistance(AssistanceStatus.MLG);
    } else if (assistance == 1) {
      b.addAssistance(AssistanceStatus.NEAR_MLG);
    } else if (assistance == 2) {
      b.addAssistance(AssistanceStatus.EXTREME_POVERTY_SUPPORT);
    }
    return b.build();
  }

  private static Person person(PersonId id, int age, SplittableRandom r) {
    ImmutablePerson.Builder p =
        Person.builder()
            .id(id)
            .name("居民" + id.value())
            .birthDate(DATE.minusYears(age).minusDays(r.nextInt(365)))
            .sex(r.nextBoolean() ? Sex.FEMALE : Sex.MALE)
            .hukou(HukouStatus.LOCAL);
    if (r.nextInt(8) == 0) {
      DisabilityCategory[] all = DisabilityCategory.values();
      p.disability(Disability.of(all[r.nextInt(all.length)], 1 + r.nextInt(4)));
    }
    return p.build();
  }

  private static Asset asset(AssetType type, int fen, SplittableRandom r) {
    return Asset.builder()
        .type(type)
        .value(cny(fen))
        .valuedOn(DATE.minusDays(r.nextInt(400)))
        .build();
  }

  private static Money cny(int fen) {
    return Money.ofCny(BigDecimal.valueOf(fen, 2));
  }

  private static ElderAbilityInput elder(SplittableRandom r) {
    Map<ElderAbilityItem, Integer> scores = new EnumMap<>(ElderAbilityItem.class);
    int ability = r.nextInt(6); // 0 frail … 4 able, 5 intact: totals in every band
    for (ElderAbilityItem item : ElderAbilityItem.values()) {
      int score =
          ability == 5 ? item.max() : Math.min(item.max(), Math.max(0, ability - 1 + r.nextInt(3)));
      scores.put(item, score);
    }
    MentalDiagnosis[] diagnoses = MentalDiagnosis.values();
    return ElderAbilityInput.builder()
        .itemScores(scores)
        .mentalDiagnosis(
            r.nextInt(4) == 0 ? diagnoses[r.nextInt(diagnoses.length)] : MentalDiagnosis.NONE)
        .careRiskEventsIn30Days(r.nextInt(4))
        .coma(r.nextInt(50) == 0)
        .build();
  }
}
