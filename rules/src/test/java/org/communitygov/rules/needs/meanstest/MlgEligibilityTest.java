package org.communitygov.rules.needs.meanstest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communitygov.rules.needs.shared.Households.P1;
import static org.communitygov.rules.needs.shared.Households.household;
import static org.communitygov.rules.needs.shared.Households.person;

import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.communitygov.model.common.DateRange;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.common.Money;
import org.communitygov.model.common.SensitiveCategory;
import org.communitygov.model.household.Household;
import org.communitygov.model.household.ImmutableHousehold;
import org.communitygov.model.household.IncomeItem;
import org.communitygov.model.household.IncomeType;
import org.communitygov.model.household.MemberRole;
import org.communitygov.model.household.Membership;
import org.communitygov.model.household.Person;
import org.communitygov.model.household.PersonId;
import org.communitygov.rules.engine.Confidence;
import org.communitygov.rules.engine.DatedValue;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.engine.DecisionJson;
import org.communitygov.rules.engine.DecisionRecord;
import org.communitygov.rules.engine.ExplanationRenderer;
import org.communitygov.rules.engine.Jurisdiction;
import org.communitygov.rules.engine.LegalReference;
import org.communitygov.rules.engine.LocalizedText;
import org.communitygov.rules.engine.ParameterSet;
import org.communitygov.rules.engine.RuleContext;
import org.communitygov.rules.engine.Step;
import org.communitygov.rules.needs.shared.Households;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class MlgEligibilityTest {
  static final Jurisdiction LIXIA = Jurisdiction.parse("370102");
  static final LocalDate EVE = LocalDate.of(2026, 12, 31);
  static final LocalDate NEW_YEAR = LocalDate.of(2027, 1, 1);

  static Decision<MeansTestResult> evaluate(
      ParameterSet parameters, Household household, LocalDate date) {
    return MlgEligibility.rule()
        .evaluate(
            MeansTestInput.of(household, Area.URBAN), RuleContext.of(parameters, LIXIA, date));
  }

  static ParameterSet withJinan2027() throws URISyntaxException {
    Path file = Path.of(MlgEligibilityTest.class.getResource("jinan-2027.json").toURI());
    return ParameterSet.defaults().withOverrides(ParameterSet.load(file));
  }

  @Nested
  class ACityStandardAddedAsAFile {
    @Test
    void changesTheOutcomeFromItsEffectiveDateOn() throws URISyntaxException {
      ParameterSet parameters = withJinan2027();

      Decision<MeansTestResult> before =
          evaluate(parameters, Households.single("760.00", EVE), EVE);
      Decision<MeansTestResult> from =
          evaluate(parameters, Households.single("760.00", NEW_YEAR), NEW_YEAR);

      assertThat(before.outcomeOrThrow().code()).isEqualTo(MeansTestResult.NOT_ELIGIBLE);
      assertThat(before.outcomeOrThrow().standard()).isEqualTo(Money.parse("740.00 CNY"));
      assertThat(from.outcomeOrThrow().code()).isEqualTo(MeansTestResult.ELIGIBLE);
      assertThat(from.outcomeOrThrow().standard()).isEqualTo(Money.parse("800.00 CNY"));
      assertThat(from.outcomeOrThrow().monthlyBenefit()).contains(Money.parse("40.00 CNY"));
      assertThat(ExplanationRenderer.of(Locale.SIMPLIFIED_CHINESE).render(from))
          .contains("当地低保标准 800.00（济南市城市, 2027-01-01起, 《济南市2027年城乡低保标准通知（测试）》）");
    }

    @Test
    void withoutTheFileTheShippedStandardStillApplies() {
      Decision<MeansTestResult> from =
          evaluate(ParameterSet.defaults(), Households.single("760.00", NEW_YEAR), NEW_YEAR);

      assertThat(from.outcomeOrThrow().code()).isEqualTo(MeansTestResult.NOT_ELIGIBLE);
      assertThat(from.outcomeOrThrow().standard()).isEqualTo(Money.parse("740.00 CNY"));
    }
  }

  @Nested
  class Explanations {
    @Test
    void maskIncomeUnlessFinancialDataIsRevealed() {
      Decision<MeansTestResult> d =
          evaluate(ParameterSet.defaults(), Households.single("612.34", EVE), EVE);

      String masked = ExplanationRenderer.of(Locale.ENGLISH).render(d);
      String revealed =
          ExplanationRenderer.of(Locale.ENGLISH).revealing(SensitiveCategory.FINANCIAL).render(d);

      assertThat(masked).doesNotContain("612.34").contains("***").contains("740.00");
      assertThat(revealed)
          .contains("per-capita household income 612.34 CNY < local standard 740.00");
      assertThat(d.outcomeOrThrow().toString()).doesNotContain("612.34");
    }

    @Test
    void inJsonMaskIncomeAndBenefitDetailsUnlessRevealed() {
      Decision<MeansTestResult> d =
          evaluate(ParameterSet.defaults(), Households.single("612.34", EVE), EVE);

      String masked = DecisionJson.write(d);
      String revealed = DecisionJson.write(d, Set.of(SensitiveCategory.FINANCIAL));

      assertThat(masked)
          .doesNotContain("612.34")
          .doesNotContain("127.66")
          .contains("\"perCapitaIncome\" : \"***\"")
          .contains("\"standard\" : \"740.00\"");
      assertThat(revealed).contains("\"perCapitaIncome\" : \"612.34\"").contains("127.66");
    }

    @Test
    void citeTheMemberRuleAndArticleNine() {
      Decision<MeansTestResult> d =
          evaluate(ParameterSet.defaults(), Households.single("612.34", EVE), EVE);

      assertThat(ExplanationRenderer.of(Locale.SIMPLIFIED_CHINESE).render(d))
          .contains("最低生活保障审核确认办法（民发〔2021〕57号）")
          .contains("《社会救助暂行办法》第九条");
    }
  }

  @Nested
  class MembersCounted {
    /** The head and children born on the given days, members since their birth. */
    private Household withChildren(String... birthDates) {
      ImmutableHousehold.Builder b =
          Households.household(Households.person(Households.P1, "1980-01-01"));
      for (int i = 0; i < birthDates.length; i++) {
        Person child = Households.person(PersonId.of("C" + (i + 1)), birthDates[i]);
        b.addMembers(child)
            .addMemberships(Membership.of(child.id(), MemberRole.CHILD, child.birthDate()));
      }
      return b.build();
    }

    private List<String> members(Household household, LocalDate date) {
      Step step = evaluate(ParameterSet.defaults(), household, date).explanation().steps().get(0);
      assertThat(step.id()).isEqualTo("mlg.members");
      return step.facts().stream().map(f -> f.name() + " = " + f.value()).toList();
    }

    @Test
    void aChildBornOnALeapDayIsAMinorUntilTheFirstOfMarchOfTheEighteenthYear() {
      Household household = withChildren("2008-02-29");

      assertThat(members(household, LocalDate.of(2026, 2, 28)))
          .containsExactly("member.APPLICANT = P1", "member.MINOR_CHILD = C1");
      assertThat(members(household, LocalDate.of(2026, 3, 1)))
          .containsExactly("member.APPLICANT = P1", "member.SUPPORT_RELATIVE = C1");
    }

    @Test
    void onALeapDayAChildIsAMinorUntilTheEighteenthBirthday() {
      LocalDate leapDay = LocalDate.of(2024, 2, 29);

      assertThat(members(withChildren("2006-03-01"), leapDay))
          .containsExactly("member.APPLICANT = P1", "member.MINOR_CHILD = C1");
      assertThat(members(withChildren("2006-02-28"), leapDay))
          .containsExactly("member.APPLICANT = P1", "member.SUPPORT_RELATIVE = C1");
    }

    @Test
    void listSeveralMembersOfOneCategoryInMembershipOrder() {
      Household household = withChildren("2015-06-01", "2000-01-01", "2012-06-01");

      assertThat(members(household, EVE))
          .containsExactly(
              "member.APPLICANT = P1",
              "member.MINOR_CHILD = C1, C3",
              "member.SUPPORT_RELATIVE = C2");
    }
  }

  @Nested
  class Failures {
    @Test
    void aStrangerInTheMemberFactsIsReportedBeforeAnUnknownExcludedIncomeTypeEveryTime() {
      ParameterSet parameters =
          ParameterSet.defaults()
              .withValue(
                  MlgParameters.INCOME_EXCLUDED_TYPES,
                  LIXIA,
                  DatedValue.of(
                      "WAGES,NOPE",
                      LocalDate.of(2021, 1, 1),
                      LegalReference.of(LocalizedText.of("测试", "test")),
                      Confidence.UNCONFIRMED));
      RuleContext context = RuleContext.of(parameters, LIXIA, EVE);
      Household household = Households.single("500.00", EVE);
      MeansTestInput stranger =
          MeansTestInput.builder()
              .household(household)
              .area(Area.URBAN)
              .addLivingApart(PersonId.of("X9"))
              .build();
      MeansTestInput plain = MeansTestInput.of(household, Area.URBAN);

      for (int i = 0; i < 2; i++) {
        assertThatThrownBy(() -> MlgEligibility.rule().evaluate(stranger, context))
            .isInstanceOf(InvalidValueException.class)
            .hasMessageStartingWith("livingApart:");
        assertThatThrownBy(() -> MlgEligibility.rule().evaluate(plain, context))
            .isInstanceOf(InvalidValueException.class)
            .hasMessageStartingWith("mlg.income.excludedTypes:");
      }
    }
  }

  @Nested
  class FactsAndRecords {
    @Test
    void inputSurvivesTheRoundTripThroughFacts() {
      MeansTestInput input =
          MeansTestInput.builder()
              .household(Households.single("500.00", EVE))
              .area(Area.RURAL)
              .putExclusion(Households.P2, MlgExclusion.IN_PRISON)
              .addDependentAdultChildren(Households.P1)
              .addLivingApart(Households.P2)
              .build();

      assertThat(MlgEligibility.rule().input(MlgEligibility.rule().facts(input))).isEqualTo(input);
    }

    @Test
    void aRecordReproducesTheDecisionAndDetectsAChangedStandard() throws URISyntaxException {
      MeansTestInput input = MeansTestInput.of(Households.single("760.00", NEW_YEAR), Area.URBAN);
      RuleContext context = RuleContext.of(ParameterSet.defaults(), LIXIA, NEW_YEAR);
      Decision<MeansTestResult> d = MlgEligibility.rule().evaluate(input, context);
      String stored =
          DecisionJson.write(DecisionRecord.of(MlgEligibility.rule(), input, context, d));

      DecisionRecord record = DecisionJson.readRecord(stored);

      assertThat(record.reproduce(MlgEligibility.rule(), ParameterSet.defaults()).isExact())
          .isTrue();
      assertThat(record.reproduce(MlgEligibility.rule(), withJinan2027()).changedParameters())
          .anySatisfy(
              line -> assertThat(line).startsWith("+ mlg.standard.urban").contains("800.00"));
    }
  }

  @Test
  void detailsNameTheFiguresThatDecidedInOrder() {
    Decision<MeansTestResult> d =
        evaluate(ParameterSet.defaults(), Households.single("500.00", EVE), EVE);

    assertThat(d.outcomeOrThrow().code()).isEqualTo(MeansTestResult.ELIGIBLE);
    assertThat(d.outcomeOrThrow().details().entrySet())
        .extracting(e -> e.getKey() + "=" + e.getValue())
        .containsExactly(
            "countedMembers=1",
            "perCapitaIncome=500.00",
            "standard=740.00",
            "propertyTest=PASSED",
            "monthlyBenefit=240.00");
  }

  /** Randomized (seeded): the benefit is never negative and never above the full standard. */
  @Nested
  class TheBenefit {
    static final long SEED = Long.getLong("communitygov.seed", 20261202L);
    static final BigDecimal STANDARD = new BigDecimal("740.00"); // 济南 urban

    @TestFactory
    Stream<DynamicTest> neverExceedsTheFullStandardForEachCountedMember() {
      Random random = new Random(SEED);
      IncomeType[] types = IncomeType.values();
      MemberRole[] roles = {MemberRole.SPOUSE, MemberRole.CHILD, MemberRole.PARENT};
      return IntStream.range(0, 200)
          .mapToObj(
              n -> {
                var b = household(person(P1, "1975-05-05"));
                int members = 1 + random.nextInt(4);
                for (int m = 1; m < members; m++) {
                  PersonId id = PersonId.of("P" + (m + 1));
                  b.addMembers(person(id, (1950 + random.nextInt(70)) + "-03-0" + (1 + m)));
                  b.addMemberships(
                      Membership.of(
                          id, roles[random.nextInt(roles.length)], LocalDate.of(2021, 1, 1)));
                }
                int items = random.nextInt(5);
                for (int k = 0; k < items; k++) {
                  // Amounts from −50,000.00 to 50,000.00, losses included.
                  BigDecimal amount = BigDecimal.valueOf(random.nextInt(10_000_001) - 5_000_000, 2);
                  b.addIncome(
                      IncomeItem.builder()
                          .person(PersonId.of("P" + (1 + random.nextInt(members))))
                          .type(types[random.nextInt(types.length)])
                          .amount(Money.ofCny(amount))
                          .period(DateRange.of(EVE.minusMonths(1 + random.nextInt(24)), EVE))
                          .build());
                }
                Household h = b.build();
                return DynamicTest.dynamicTest(
                    "household " + n + " (seed " + SEED + ")",
                    () -> {
                      MeansTestResult r =
                          evaluate(ParameterSet.defaults(), h, EVE).outcomeOrThrow();
                      BigDecimal full = STANDARD.multiply(BigDecimal.valueOf(r.countedMembers()));
                      assertThat(r.perCapitaIncome().amount())
                          .as("seed %d, household %d", SEED, n)
                          .isGreaterThanOrEqualTo(BigDecimal.ZERO);
                      r.monthlyBenefit()
                          .ifPresent(
                              benefit ->
                                  assertThat(benefit.amount())
                                      .as("seed %d, household %d: %s", SEED, n, r)
                                      .isBetween(BigDecimal.ZERO, full));
                    });
              });
    }
  }
}
