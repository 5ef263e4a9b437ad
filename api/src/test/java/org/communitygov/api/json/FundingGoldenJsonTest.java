package org.communitygov.api.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.communitygov.api.json.GoldenCases.Case;
import org.communitygov.model.common.DateRange;
import org.communitygov.model.common.LocalizedName;
import org.communitygov.model.common.Money;
import org.communitygov.model.common.SocialCreditCode;
import org.communitygov.model.community.CommunityId;
import org.communitygov.model.funding.BudgetLine;
import org.communitygov.model.funding.ContractId;
import org.communitygov.model.funding.ContractParty;
import org.communitygov.model.funding.EvaluationResult;
import org.communitygov.model.funding.Fund;
import org.communitygov.model.funding.FundId;
import org.communitygov.model.funding.FundingKind;
import org.communitygov.model.funding.FundingTransaction;
import org.communitygov.model.funding.Grantor;
import org.communitygov.model.funding.GrantorKind;
import org.communitygov.model.funding.Milestone;
import org.communitygov.model.funding.PerformanceEvaluation;
import org.communitygov.model.funding.Project;
import org.communitygov.model.funding.ProjectId;
import org.communitygov.model.funding.PurchaseContract;
import org.communitygov.model.funding.Restriction;
import org.communitygov.model.funding.RestrictionKind;
import org.communitygov.model.funding.SourceKind;
import org.communitygov.model.funding.SpendingUse;
import org.communitygov.model.household.PopulationGroup;
import org.communitygov.model.service.ProviderId;
import org.communitygov.model.service.ServiceCategory;
import org.communitygov.model.service.ServiceId;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Pins the wire format of the funding types ({@code model.funding}) as {@link GoldenJsonTest} does
 * for the others, with golden files in {@code src/test/resources/golden-funding/}. Rewrite after an
 * intended change with {@code -Dgolden.update=true}.
 */
class FundingGoldenJsonTest {
  static final Path GOLDEN = Path.of("src", "test", "resources", "golden-funding");
  static final CommunityId HEPINGLI = CommunityId.of("110101001001");

  final JsonMapper json = CommunityGovMappers.strict();
  final ServiceGoldenJsonTest writer = new ServiceGoldenJsonTest();

  static Money cny(String amount) {
    return Money.ofCny(new BigDecimal(amount));
  }

  static Fund restrictedFund() {
    return Fund.builder()
        .id(FundId.of("F-MEAL-2026"))
        .community(HEPINGLI)
        .name(LocalizedName.of("2026年老年助餐补助资金", "2026 elderly meal subsidy"))
        .source(SourceKind.LOCAL_FINANCE)
        .grantor(
            Grantor.of(
                GrantorKind.GOVERNMENT,
                "东城区民政局",
                Optional.of(SocialCreditCode.parse("11110105000123457D"))))
        .restriction(
            Restriction.toCategory(
                ServiceCategory.MEAL_ASSISTANCE, Optional.of(LocalDate.of(2026, 12, 31))))
        .grantReference("东民发〔2026〕12号")
        .build();
  }

  static Project project() {
    return Project.builder()
        .id(ProjectId.of("P-CANTEEN"))
        .community(HEPINGLI)
        .name(LocalizedName.of("长者食堂", "Elders' canteen"))
        .period(DateRange.ofClosed(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
        .addBudget(
            BudgetLine.of(
                FundId.of("F-MEAL-2026"), ServiceCategory.MEAL_ASSISTANCE, cny("120000.00")))
        .addBudget(
            BudgetLine.of(FundId.of("F-GENERAL"), ServiceCategory.MEAL_ASSISTANCE, cny("8000.00")))
        .build();
  }

  static PurchaseContract contract() {
    return PurchaseContract.builder()
        .id(ContractId.of("C-2026-HOMECARE"))
        .community(HEPINGLI)
        .buyer(
            ContractParty.of(
                LocalizedName.of("和平里街道办事处"),
                Optional.of(SocialCreditCode.parse("11110105000123457D"))))
        .provider(
            ContractParty.builder()
                .name(LocalizedName.of("和平里社会工作服务中心"))
                .socialCreditCode(SocialCreditCode.parse("52110105MJ0123456N"))
                .provider(ProviderId.of("HPL-SW"))
                .build())
        .addServices(ServiceId.of("HPL-S01"))
        .addServiceCodes("HOME_VISIT")
        .category(ServiceCategory.DAILY_CARE)
        .fund(FundId.of("F-CARE-2026"))
        .project(ProjectId.of("P-HOMECARE"))
        .amount(cny("60000.00"))
        .term(DateRange.ofClosed(LocalDate.of(2026, 3, 1), LocalDate.of(2027, 2, 28)))
        .addMilestones(
            Milestone.builder()
                .code("M1")
                .deliverable("开展上门探访300人次")
                .dueOn(LocalDate.of(2026, 6, 30))
                .payment(cny("30000.00"))
                .metOn(LocalDate.of(2026, 7, 5))
                .build(),
            Milestone.builder()
                .code("M2")
                .deliverable("年度评估报告")
                .dueOn(LocalDate.of(2027, 2, 28))
                .payment(cny("30000.00"))
                .build())
        .addEvaluations(
            PerformanceEvaluation.builder()
                .date(LocalDate.of(2026, 7, 1))
                .evaluator("第三方评估机构")
                .score(86)
                .result(EvaluationResult.GOOD)
                .build())
        .build();
  }

  static FundingTransaction spend() {
    return FundingTransaction.builder()
        .id("T-2026-031")
        .kind(FundingKind.SPEND)
        .date(LocalDate.of(2026, 3, 31))
        .fund(FundId.of("F-MEAL-2026"))
        .amount(cny("9800.50"))
        .category(ServiceCategory.MEAL_ASSISTANCE)
        .project(ProjectId.of("P-CANTEEN"))
        .group(PopulationGroup.ELDERLY)
        .use(SpendingUse.SERVICE)
        .memo("3月助餐补贴")
        .build();
  }

  static FundingTransaction release() {
    return FundingTransaction.builder()
        .id("T-2026-R1")
        .kind(FundingKind.RELEASE)
        .date(LocalDate.of(2026, 9, 30))
        .fund(FundId.of("F-DON-ENT"))
        .toFund(FundId.of("F-GENERAL"))
        .amount(cny("5000.00"))
        .authority("居民代表会议决议 2026-09")
        .reason("捐赠方书面同意用于社区一般服务")
        .major(true)
        .build();
  }

  static List<Case> cases() {
    return List.of(
        new Case("fund-id", FundId.class, FundId.of("F-MEAL-2026")),
        new Case("project-id", ProjectId.class, ProjectId.of("P-CANTEEN")),
        new Case("contract-id", ContractId.class, ContractId.of("C-2026-HOMECARE")),
        new Case("grantor-government", Grantor.class, restrictedFund().grantor()),
        new Case("grantor-individual", Grantor.class, Grantor.individual("张三")),
        new Case("grantor-anonymous", Grantor.class, Grantor.anonymous()),
        new Case("restriction-none", Restriction.class, Restriction.unrestricted()),
        new Case("restriction-category", Restriction.class, restrictedFund().restriction()),
        new Case(
            "restriction-project",
            Restriction.class,
            Restriction.toProject(ProjectId.of("P-CANTEEN"), Optional.empty())),
        new Case(
            "restriction-group",
            Restriction.class,
            Restriction.toGroup(PopulationGroup.DISABLED, Optional.of(LocalDate.of(2026, 12, 31)))),
        new Case("fund", Fund.class, restrictedFund()),
        new Case("budget-line", BudgetLine.class, project().budget().get(0)),
        new Case("project", Project.class, project()),
        new Case("contract-party", ContractParty.class, contract().provider()),
        new Case("milestone", Milestone.class, contract().milestones().get(0)),
        new Case(
            "performance-evaluation",
            PerformanceEvaluation.class,
            PerformanceEvaluation.of(LocalDate.of(2026, 12, 20), "区民政局", EvaluationResult.FAILED)),
        new Case("purchase-contract", PurchaseContract.class, contract()),
        new Case("funding-transaction-spend", FundingTransaction.class, spend()),
        new Case("funding-transaction-release", FundingTransaction.class, release()));
  }

  @TestFactory
  Stream<DynamicContainer> everyFundingTypeMatchesItsGoldenFile() {
    return GoldenCases.matchTheirFiles(GOLDEN, cases(), json);
  }

  @Test
  void anIndividualDonorsNameIsNeitherPrintedNorPublished() {
    Grantor donor = Grantor.individual("张三");
    assertThat(donor.toString()).doesNotContain("张三");
    assertThat(donor.publicName()).isEqualTo("个人捐赠者");
  }

  @Test
  void aContractWhosePaymentsDoNotSumToTheAmountIsNotRead() throws IOException {
    String text =
        json.writeValueAsString(contract())
            .replaceFirst("\"amount\":\"60000.00\"", "\"amount\":\"60000.01\"");
    assertThatThrownBy(() -> json.readValue(text, PurchaseContract.class))
        .hasMessageContaining("the schedule's payments sum to the amount");
  }

  @Test
  void everyEnumConstantMatchesTheGoldenFile() throws IOException {
    ObjectNode codes = json.createObjectNode();
    codes.set("SourceKind", json.valueToTree(SourceKind.values()));
    codes.set("GrantorKind", json.valueToTree(GrantorKind.values()));
    codes.set("RestrictionKind", json.valueToTree(RestrictionKind.values()));
    codes.set("FundingKind", json.valueToTree(FundingKind.values()));
    codes.set("SpendingUse", json.valueToTree(SpendingUse.values()));
    codes.set("EvaluationResult", json.valueToTree(EvaluationResult.values()));
    writer.writesAsGolden(GOLDEN.resolve("enums.json"), codes);
  }

  @Test
  void everyGoldenFileHasACase() throws IOException {
    GoldenCases.haveEveryFile(GOLDEN, cases());
  }
}
