package org.communitygov.rules.funding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.communitygov.model.common.DateRange;
import org.communitygov.model.common.LocalizedName;
import org.communitygov.model.common.Money;
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
import org.communitygov.model.funding.SourceKind;
import org.communitygov.model.funding.SpendingUse;
import org.communitygov.model.household.PopulationGroup;
import org.communitygov.model.service.ServiceCategory;
import org.communitygov.rules.engine.Jurisdiction;
import org.communitygov.rules.engine.ParameterSet;
import org.communitygov.rules.funding.book.FundBook;
import org.communitygov.rules.funding.book.FundingAccounts;
import org.communitygov.rules.ledger.Ledger;
import org.communitygov.rules.ledger.MemoryLedgerStore;

/**
 * The funds, projects and contracts the funding rule cases and tests run on: a small community with
 * a general fund, two funds restricted to meal assistance, one to the elderly, one to a project, a
 * welfare-lottery fund, an anonymous individual donation and a central-finance fund paying two
 * contracts.
 */
final class FundingFixtures {
  static final JsonMapper JSON = JsonMapper.builder().build();
  static final CommunityId COMMUNITY = CommunityId.of("110101001001");
  static final LocalDate OPENED = LocalDate.of(2026, 1, 1);
  static final Jurisdiction PLACE =
      Jurisdiction.of(org.communitygov.model.common.DivisionCode.parse("110101"));

  private FundingFixtures() {}

  static Money cny(String amount) {
    return Money.ofCny(new BigDecimal(amount));
  }

  static Fund fund(String id, SourceKind source, Grantor grantor, Restriction restriction) {
    return Fund.builder()
        .id(FundId.of(id))
        .community(COMMUNITY)
        .name(LocalizedName.of(id))
        .source(source)
        .grantor(grantor)
        .restriction(restriction)
        .build();
  }

  static Grantor government() {
    return Grantor.of(GrantorKind.GOVERNMENT, "东城区民政局", Optional.empty());
  }

  static java.util.List<Fund> funds() {
    return java.util.List.of(
        fund("GEN", SourceKind.LOCAL_FINANCE, government(), Restriction.unrestricted()),
        fund(
            "MEAL",
            SourceKind.LOCAL_FINANCE,
            government(),
            Restriction.toCategory(
                ServiceCategory.MEAL_ASSISTANCE, Optional.of(LocalDate.of(2026, 12, 31)))),
        fund(
            "MEAL2",
            SourceKind.LOCAL_FINANCE,
            government(),
            Restriction.toCategory(ServiceCategory.MEAL_ASSISTANCE, Optional.empty())),
        fund(
            "ELDER",
            SourceKind.DONATION_ENTERPRISE,
            Grantor.of(GrantorKind.ORGANISATION, "和平里物业公司", Optional.empty()),
            Restriction.toGroup(PopulationGroup.ELDERLY, Optional.empty())),
        fund(
            "CANTEEN",
            SourceKind.DONATION_GROUP,
            Grantor.of(GrantorKind.ORGANISATION, "和平里商会", Optional.empty()),
            Restriction.toProject(ProjectId.of("P-CANTEEN"), Optional.empty())),
        fund("LOT", SourceKind.WELFARE_LOTTERY, government(), Restriction.unrestricted()),
        fund(
            "IND", SourceKind.DONATION_INDIVIDUAL, Grantor.anonymous(), Restriction.unrestricted()),
        fund("CARE", SourceKind.CENTRAL_FINANCE, government(), Restriction.unrestricted()));
  }

  static Project canteen() {
    return Project.builder()
        .id(ProjectId.of("P-CANTEEN"))
        .community(COMMUNITY)
        .name(LocalizedName.of("长者食堂"))
        .period(DateRange.ofClosed(OPENED, LocalDate.of(2026, 12, 31)))
        .addBudget(
            BudgetLine.of(FundId.of("MEAL"), ServiceCategory.MEAL_ASSISTANCE, cny("1000.00")))
        .addBudget(
            BudgetLine.of(FundId.of("CANTEEN"), ServiceCategory.MEAL_ASSISTANCE, cny("500.00")))
        .addBudget(BudgetLine.of(FundId.of("GEN"), ServiceCategory.MEAL_ASSISTANCE, cny("200.00")))
        .build();
  }

  static PurchaseContract contract(
      String id, String amount, LocalDate start, LocalDate last, Milestone... milestones) {
    return PurchaseContract.builder()
        .id(ContractId.of(id))
        .community(COMMUNITY)
        .buyer(ContractParty.of(LocalizedName.of("和平里街道办事处"), Optional.empty()))
        .provider(ContractParty.of(LocalizedName.of("和平里社工站"), Optional.empty()))
        .addServiceCodes("HOME_VISIT")
        .category(ServiceCategory.DAILY_CARE)
        .fund(FundId.of("CARE"))
        .amount(cny(amount))
        .term(DateRange.ofClosed(start, last))
        .addMilestones(milestones)
        .build();
  }

  static Milestone milestone(String code, String payment, LocalDate due, LocalDate metOn) {
    var b =
        Milestone.builder().code(code).deliverable("交付 " + code).dueOn(due).payment(cny(payment));
    if (metOn != null) {
      b.metOn(metOn);
    }
    return b.build();
  }

  static java.util.List<PurchaseContract> contracts() {
    return java.util.List.of(
        PurchaseContract.builder()
            .from(
                contract(
                    "C-HOME",
                    "600.00",
                    LocalDate.of(2026, 3, 1),
                    LocalDate.of(2027, 2, 28),
                    milestone("M1", "300.00", LocalDate.of(2026, 6, 30), LocalDate.of(2026, 7, 5)),
                    milestone("M2", "300.00", LocalDate.of(2027, 2, 28), null)))
            .addEvaluations(
                PerformanceEvaluation.of(LocalDate.of(2026, 7, 1), "第三方", EvaluationResult.GOOD))
            .build(),
        PurchaseContract.builder()
            .from(
                contract(
                    "C-FAIL",
                    "200.00",
                    LocalDate.of(2026, 1, 1),
                    LocalDate.of(2026, 12, 31),
                    milestone(
                        "M1", "200.00", LocalDate.of(2026, 6, 30), LocalDate.of(2026, 6, 30))))
            .addEvaluations(
                PerformanceEvaluation.of(LocalDate.of(2026, 9, 1), "区民政局", EvaluationResult.FAILED))
            .build(),
        contract(
            "C-LATE",
            "100.00",
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 6, 30),
            milestone("M1", "100.00", LocalDate.of(2026, 6, 30), LocalDate.of(2026, 8, 15))));
  }

  static Ledger ledger() {
    return Ledger.open(
        FundingAccounts.ledger(COMMUNITY),
        new MemoryLedgerStore(),
        Clock.fixed(Instant.parse("2027-06-30T00:00:00Z"), ZoneOffset.UTC));
  }

  static FundBook book() {
    FundBook book = FundBook.open(COMMUNITY, ledger(), ParameterSet.defaults(), PLACE);
    funds().forEach(f -> book.register(f, OPENED));
    book.register(canteen());
    contracts().forEach(book::register);
    return book;
  }

  /** Reads a funding transaction of a case: amounts as "12.50" (CNY) or "12.50 USD". */
  static FundingTransaction transaction(JsonNode n) {
    String amount = n.required("amount").asText();
    var b =
        FundingTransaction.builder()
            .id(n.required("id").asText())
            .kind(FundingKind.valueOf(n.required("kind").asText()))
            .date(LocalDate.parse(n.required("date").asText()))
            .fund(FundId.of(n.required("fund").asText()))
            .amount(amount.contains(" ") ? Money.parse(amount) : cny(amount))
            .major(n.path("major").asBoolean(false));
    if (n.has("toFund")) {
      b.toFund(FundId.of(n.get("toFund").asText()));
    }
    if (n.has("category")) {
      b.category(ServiceCategory.of(n.get("category").asText()));
    }
    if (n.has("project")) {
      b.project(ProjectId.of(n.get("project").asText()));
    }
    if (n.has("group")) {
      b.group(PopulationGroup.valueOf(n.get("group").asText()));
    }
    if (n.has("use")) {
      b.use(SpendingUse.valueOf(n.get("use").asText()));
    }
    if (n.has("contract")) {
      b.contract(ContractId.of(n.get("contract").asText()));
    }
    if (n.has("milestone")) {
      b.milestone(n.get("milestone").asText());
    }
    if (n.has("authority")) {
      b.authority(n.get("authority").asText());
    }
    if (n.has("reason")) {
      b.reason(n.get("reason").asText());
    }
    if (n.has("memo")) {
      b.memo(n.get("memo").asText());
    }
    return b.build();
  }
}
