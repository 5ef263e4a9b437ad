package org.communitygov.rules.funding;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.communitygov.model.common.DateRange;
import org.communitygov.model.common.LocalizedName;
import org.communitygov.model.common.Money;
import org.communitygov.model.common.SocialCreditCode;
import org.communitygov.model.community.CommunityId;
import org.communitygov.model.funding.BudgetLine;
import org.communitygov.model.funding.ContractId;
import org.communitygov.model.funding.Fund;
import org.communitygov.model.funding.FundId;
import org.communitygov.model.funding.FundingKind;
import org.communitygov.model.funding.FundingTransaction;
import org.communitygov.model.funding.Grantor;
import org.communitygov.model.funding.GrantorKind;
import org.communitygov.model.funding.Project;
import org.communitygov.model.funding.ProjectId;
import org.communitygov.model.funding.Restriction;
import org.communitygov.model.funding.SourceKind;
import org.communitygov.model.household.PopulationGroup;
import org.communitygov.model.service.ServiceCategory;
import org.communitygov.rules.engine.Jurisdiction;
import org.communitygov.rules.engine.ParameterSet;
import org.communitygov.rules.funding.book.FundBook;
import org.communitygov.rules.funding.book.FundingAccounts;
import org.communitygov.rules.ledger.Ledger;
import org.communitygov.rules.ledger.MemoryLedgerStore;

/**
 * The Hepingli example of {@code docs/examples/funding/}: seven funds of six source kinds (two
 * restricted grants, one partly released; a welfare-lottery grant; individual donations), two
 * projects, two purchase contracts with milestones (one provider failed its evaluation) and a year
 * of transactions, closed quarter by quarter. Made here, written to the example files by {@code
 * FundingExampleTest}.
 */
final class Hepingli {
  static final Path FOLDER = Path.of("..", "docs", "examples", "funding");
  static final CommunityId COMMUNITY = CommunityId.of("110101001001");
  static final JsonMapper JSON =
      JsonMapper.builder()
          .addModule(new Jdk8Module())
          .addModule(new JavaTimeModule())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .serializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
          .build();
  static final List<LocalDate> CLOSES =
      List.of(
          LocalDate.of(2026, 3, 31),
          LocalDate.of(2026, 6, 30),
          LocalDate.of(2026, 9, 30),
          LocalDate.of(2026, 12, 31));

  private Hepingli() {}

  static Money cny(long yuan) {
    return Money.ofCny(BigDecimal.valueOf(yuan * 100, 2));
  }

  static Grantor district() {
    return Grantor.of(
        GrantorKind.GOVERNMENT,
        "北京市东城区民政局",
        Optional.of(SocialCreditCode.parse("11110105000123457D")));
  }

  static Fund fund(
      String id, String zh, SourceKind source, Grantor grantor, Restriction r, String ref) {
    var b =
        Fund.builder()
            .id(FundId.of(id))
            .community(COMMUNITY)
            .name(LocalizedName.of(zh))
            .source(source)
            .grantor(grantor)
            .restriction(r);
    if (ref != null) {
      b.grantReference(ref);
    }
    return b.build();
  }

  static List<Fund> funds() {
    return List.of(
        fund(
            "HPL-GEN",
            "社区服务群众经费",
            SourceKind.LOCAL_FINANCE,
            district(),
            Restriction.unrestricted(),
            "东财〔2026〕3号"),
        fund(
            "HPL-MEAL",
            "2026年老年助餐补助资金",
            SourceKind.LOCAL_FINANCE,
            district(),
            Restriction.toCategory(
                ServiceCategory.MEAL_ASSISTANCE, Optional.of(LocalDate.of(2026, 12, 31))),
            "东民发〔2026〕12号"),
        fund(
            "HPL-CARE",
            "居家和社区养老服务提升资金",
            SourceKind.CENTRAL_FINANCE,
            Grantor.of(GrantorKind.GOVERNMENT, "民政部", Optional.empty()),
            Restriction.unrestricted(),
            "民函〔2026〕45号"),
        fund(
            "HPL-LOT",
            "2026年福利彩票公益金",
            SourceKind.WELFARE_LOTTERY,
            district(),
            Restriction.unrestricted(),
            "东民福彩〔2026〕2号"),
        fund(
            "HPL-ENT",
            "和平里物业公司长者食堂捐赠",
            SourceKind.DONATION_ENTERPRISE,
            Grantor.of(
                GrantorKind.ORGANISATION,
                "北京和平里物业管理有限公司",
                Optional.of(SocialCreditCode.parse("911101051023456757"))),
            Restriction.toProject(ProjectId.of("P-CANTEEN"), Optional.empty()),
            "捐赠协议 2026-01"),
        fund(
            "HPL-DON",
            "居民小额捐赠",
            SourceKind.DONATION_INDIVIDUAL,
            Grantor.anonymous(),
            Restriction.unrestricted(),
            null),
        fund(
            "HPL-FEES",
            "长者食堂餐费收入",
            SourceKind.SERVICE_FEES,
            Grantor.of(GrantorKind.ORGANISATION, "和平里社区居民委员会", Optional.empty()),
            Restriction.unrestricted(),
            null));
  }

  static List<Project> projects() {
    return List.of(
        Project.builder()
            .id(ProjectId.of("P-CANTEEN"))
            .community(COMMUNITY)
            .name(LocalizedName.of("和平里长者食堂", "Hepingli elders' canteen"))
            .period(DateRange.ofClosed(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
            .addBudget(
                BudgetLine.of(FundId.of("HPL-MEAL"), ServiceCategory.MEAL_ASSISTANCE, cny(60000)))
            .addBudget(
                BudgetLine.of(FundId.of("HPL-ENT"), ServiceCategory.MEAL_ASSISTANCE, cny(30000)))
            .addBudget(
                BudgetLine.of(FundId.of("HPL-FEES"), ServiceCategory.MEAL_ASSISTANCE, cny(20000)))
            .build(),
        Project.builder()
            .id(ProjectId.of("P-HOMECARE"))
            .community(COMMUNITY)
            .name(LocalizedName.of("居家养老上门服务", "Home care visits"))
            .period(DateRange.ofClosed(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
            .addBudget(
                BudgetLine.of(FundId.of("HPL-CARE"), ServiceCategory.DAILY_CARE, cny(120000)))
            .build());
  }

  static org.communitygov.model.funding.ImmutableFundingTransaction.Builder tx(
      String id, FundingKind kind, String fund, long yuan, LocalDate d) {
    return FundingTransaction.builder()
        .id(id)
        .kind(kind)
        .date(d)
        .fund(FundId.of(fund))
        .amount(cny(yuan));
  }

  /** A receipt into a fund, with its memo. */
  static org.communitygov.model.funding.ImmutableFundingTransaction.Builder receipt(
      String id, String fund, long yuan, LocalDate d, String memo) {
    return tx(id, FundingKind.RECEIPT, fund, yuan, d).memo(memo);
  }

  /** A spending from a fund on a service category. */
  static org.communitygov.model.funding.ImmutableFundingTransaction.Builder spend(
      String id, String fund, long yuan, LocalDate d, ServiceCategory category) {
    return tx(id, FundingKind.SPEND, fund, yuan, d).category(category);
  }

  /** A contract payment for a milestone, with its memo. */
  static FundingTransaction payment(
      String id,
      String fund,
      long yuan,
      LocalDate d,
      String contract,
      String milestone,
      String memo) {
    return tx(id, FundingKind.CONTRACT_PAYMENT, fund, yuan, d)
        .contract(ContractId.of(contract))
        .milestone(milestone)
        .memo(memo)
        .build();
  }

  static List<FundingTransaction> transactions() {
    List<FundingTransaction> t = new ArrayList<>();
    t.add(receipt("R-GEN-1", "HPL-GEN", 20000, LocalDate.of(2026, 1, 5), "区财政拨付社区服务群众经费").build());
    t.add(receipt("R-CARE-1", "HPL-CARE", 60000, LocalDate.of(2026, 1, 10), "养老服务提升资金第一批").build());
    t.add(receipt("R-MEAL-1", "HPL-MEAL", 60000, LocalDate.of(2026, 1, 15), "老年助餐补助").build());
    t.add(
        receipt("R-ENT-1", "HPL-ENT", 30000, LocalDate.of(2026, 2, 1), "物业公司捐赠长者食堂")
            .major(true)
            .build());
    t.add(
        receipt("R-LOT-1", "HPL-LOT", 50000, LocalDate.of(2026, 3, 20), "福彩公益金下达")
            .major(true)
            .build());
    t.add(receipt("R-CARE-2", "HPL-CARE", 60000, LocalDate.of(2026, 4, 10), "养老服务提升资金第二批").build());
    t.add(receipt("R-MEAL-2", "HPL-MEAL", 20000, LocalDate.of(2026, 7, 15), "老年助餐补助追加").build());
    for (int m = 1; m <= 12; m++) {
      String mm = String.format("%02d", m);
      LocalDate d5 = LocalDate.of(2026, m, 5);
      LocalDate d25 = LocalDate.of(2026, m, 25);
      t.add(receipt("R-DON-" + mm, "HPL-DON", 300 + 50L * (m % 4), d5, "居民小额捐赠").build());
      t.add(receipt("R-FEES-" + mm, "HPL-FEES", 1500 + 10L * m, d25, "长者食堂餐费").build());
      t.add(
          spend("S-MEAL-" + mm, "HPL-MEAL", 4000 + 50L * m, d25, ServiceCategory.MEAL_ASSISTANCE)
              .project(ProjectId.of("P-CANTEEN"))
              .group(PopulationGroup.ELDERLY)
              .memo("助餐补贴（" + m + "月）")
              .build());
      if (m >= 2) {
        t.add(
            spend("S-ENT-" + mm, "HPL-ENT", 2000, d25, ServiceCategory.MEAL_ASSISTANCE)
                .project(ProjectId.of("P-CANTEEN"))
                .group(PopulationGroup.ELDERLY)
                .memo("长者食堂食材")
                .build());
      }
      t.add(
          spend("S-FEES-" + mm, "HPL-FEES", 1200, d25.plusDays(1), ServiceCategory.MEAL_ASSISTANCE)
              .project(ProjectId.of("P-CANTEEN"))
              .memo("长者食堂运营")
              .build());
      t.add(
          spend("S-GEN-" + mm, "HPL-GEN", 800, d25, ServiceCategory.CONVENIENCE)
              .memo("便民服务")
              .build());
      if (m >= 4) {
        t.add(
            spend("S-LOT-" + mm, "HPL-LOT", 1500, d25, ServiceCategory.DAILY_CARE)
                .group(PopulationGroup.ELDERLY)
                .memo("高龄老人助浴助洁")
                .build());
      }
      if (m % 2 == 0) {
        t.add(
            spend("S-DON-" + mm, "HPL-DON", 300, d25, ServiceCategory.EMOTIONAL_SUPPORT)
                .group(PopulationGroup.LIVING_ALONE)
                .memo("独居老人探访")
                .build());
      }
      if (m % 3 == 0) {
        t.add(
            spend("S-GEN-L" + mm, "HPL-GEN", 300, d25, ServiceCategory.LEGAL_MEDIATION)
                .memo("法律咨询")
                .build());
      }
    }
    for (int m = 6; m <= 8; m++) {
      t.add(
          spend(
                  "S-LOT-C0" + m,
                  "HPL-LOT",
                  500,
                  LocalDate.of(2026, m, 20),
                  ServiceCategory.EDUCATION_CULTURE)
              .group(PopulationGroup.CHILD)
              .memo("暑期儿童托管")
              .build());
    }
    t.add(
        spend("S-DON-D1", "HPL-DON", 200, LocalDate.of(2026, 3, 12), ServiceCategory.MOBILITY)
            .group(PopulationGroup.DISABLED)
            .memo("助行器具")
            .build());
    t.add(
        tx("F-DON-1", FundingKind.REFUND, "HPL-DON", 200, LocalDate.of(2026, 5, 20))
            .memo("捐赠人申请退回")
            .build());
    t.add(
        tx("X-MEAL-1", FundingKind.RELEASE, "HPL-MEAL", 8000, LocalDate.of(2026, 9, 20))
            .toFund(FundId.of("HPL-GEN"))
            .authority("和平里社区居民代表会议决议（2026年第3次）")
            .reason("区级助餐补贴标准提高，本项资金结余转入社区服务群众经费")
            .major(true)
            .build());
    t.add(
        tx("T-FEES-1", FundingKind.TRANSFER, "HPL-FEES", 2000, LocalDate.of(2026, 12, 20))
            .toFund(FundId.of("HPL-GEN"))
            .memo("餐费结余调入")
            .build());
    int q = 1;
    for (String code : List.of("Q1", "Q2", "Q3")) {
      t.add(
          payment(
              "P-HOME-" + code,
              "HPL-CARE",
              24000,
              LocalDate.of(2026, 3 * q + 1, 12),
              "C-2026-HOMECARE",
              code,
              "居家养老服务合同付款"));
      q++;
    }
    t.add(
        payment(
            "P-REHAB-M1",
            "HPL-LOT",
            12000,
            LocalDate.of(2026, 7, 15),
            "C-2026-REHAB",
            "M1",
            "康复服务合同付款"));
    t.add(
        payment(
            "P-REHAB-M2",
            "HPL-LOT",
            12000,
            LocalDate.of(2026, 10, 15),
            "C-2026-REHAB",
            "M2",
            "康复服务合同付款"));
    t.sort(
        java.util.Comparator.comparing(FundingTransaction::date)
            .thenComparing(FundingTransaction::id));
    return t;
  }

  /** The book with everything posted and the four quarters closed. */
  static FundBook book() {
    Ledger ledger =
        Ledger.open(
            FundingAccounts.ledger(COMMUNITY),
            new MemoryLedgerStore(),
            Clock.fixed(Instant.parse("2027-01-31T00:00:00Z"), ZoneOffset.UTC));
    FundBook book =
        FundBook.open(
            COMMUNITY,
            ledger,
            ParameterSet.defaults(),
            Jurisdiction.of(org.communitygov.model.common.DivisionCode.parse("110101")));
    funds().forEach(f -> book.register(f, LocalDate.of(2026, 1, 1)));
    projects().forEach(book::register);
    HepingliContracts.contracts().forEach(book::register);
    var refused = book.replay(transactions(), CLOSES);
    if (!refused.isEmpty()) {
      throw new IllegalStateException(
          "the example refuses "
              + refused.values().iterator().next().outcomeOrThrow()
              + " "
              + refused.values().iterator().next().explanation());
    }
    return book;
  }
}
