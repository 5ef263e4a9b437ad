package org.communitygov.api.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.stream.Stream;
import org.communitygov.api.json.GoldenCases.Case;
import org.communitygov.model.common.LocalizedName;
import org.communitygov.model.points.Expiry;
import org.communitygov.model.points.MemberId;
import org.communitygov.model.points.PointsEntry;
import org.communitygov.model.points.PointsPosting;
import org.communitygov.model.points.PointsTransaction;
import org.communitygov.model.points.PolicyConfidence;
import org.communitygov.model.points.PolicySource;
import org.communitygov.model.points.PolicyTerm;
import org.communitygov.model.points.RedemptionPeriod;
import org.communitygov.model.points.RedemptionWindow;
import org.communitygov.model.points.Reward;
import org.communitygov.model.points.Scheme;
import org.communitygov.model.points.SchemeId;
import org.communitygov.model.points.SchemeKind;
import org.communitygov.model.points.SchemePolicy;
import org.communitygov.model.points.TransactionId;
import org.communitygov.model.points.TransactionKind;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Pins the wire format of the points types ({@code model.points}) as {@link GoldenJsonTest} does
 * for the others, with golden files in {@code src/test/resources/golden-points/}; the Hepingli
 * scheme's golden file is {@code docs/examples/volunteers/points-hepingli-scheme.json}. Rewrite
 * after an intended change with {@code -Dgolden.update=true}.
 */
class PointsGoldenJsonTest {
  static final Path GOLDEN = Path.of("src", "test", "resources", "golden-points");
  static final Path HEPINGLI =
      Path.of("..", "docs", "examples", "volunteers", "points-hepingli-scheme.json");

  final JsonMapper json = CommunityGovMappers.strict();
  final ServiceGoldenJsonTest writer = new ServiceGoldenJsonTest();

  static final PolicySource NANJING =
      PolicySource.of("南京市养老服务时间银行实施方案（试行）", PolicyConfidence.CONFIRMED);
  static final PolicySource SHANGHAI =
      PolicySource.of("沪助养老时光汇项目管理办法", PolicyConfidence.CONFIRMED).withArticle("1小时=1时间币");
  static final PolicySource LOCAL = PolicySource.of("示例取值（未核实）", PolicyConfidence.UNCONFIRMED);

  static SchemePolicy timeBankPolicy() {
    return SchemePolicy.builder()
        .effectiveFrom(LocalDate.of(2025, 1, 1))
        .pointsPerHour(PolicyTerm.of(BigDecimal.ONE, SHANGHAI))
        .maxHoursPerActivity(PolicyTerm.of(new BigDecimal("4.00"), LOCAL))
        .negativeEvaluationVoids(PolicyTerm.of(true, LOCAL))
        .redemptionWindow(
            PolicyTerm.of(RedemptionWindow.oncePer(RedemptionPeriod.MONTH).withOpenDays(10), LOCAL))
        .addReward(
            Reward.of(
                "HOME_CARE_HOUR",
                LocalizedName.of("上门服务1小时", "one hour of home care"),
                PolicyTerm.of(BigDecimal.ONE, SHANGHAI)))
        .expiry(PolicyTerm.of(Expiry.rollingMonths(24), LOCAL))
        .annualCap(PolicyTerm.of(new BigDecimal("300"), LOCAL))
        .storageCap(PolicyTerm.of(new BigDecimal("1500"), NANJING))
        .transferAllowed(PolicyTerm.of(true, SHANGHAI))
        .donationAllowed(PolicyTerm.of(true, SHANGHAI))
        .redemptionAge(PolicyTerm.of(65, SHANGHAI))
        .hardshipRedemptionAge(PolicyTerm.of(60, SHANGHAI))
        .groupHoursDonatedOnly(PolicyTerm.of(true, NANJING))
        .build();
  }

  static PointsTransaction accrual() {
    return PointsTransaction.builder()
        .id(TransactionId.of("acc:R2025-001"))
        .scheme(SchemeId.of("example-time-bank"))
        .kind(TransactionKind.ACCRUAL)
        .date(LocalDate.of(2025, 2, 15))
        .policy(LocalDate.of(2025, 1, 1))
        .source("R2025-001")
        .reason("服务记录 R2025-001（2025-02-15，2.5 小时）记入 2.50；政策 2025-01-01 起")
        .addPosting(PointsPosting.of("issuance", new BigDecimal("-2.50")))
        .addPosting(PointsPosting.of("m:HPL-V01", new BigDecimal("2.50")))
        .build();
  }

  static List<Case> cases() {
    return List.of(
        new Case("scheme-id", SchemeId.class, SchemeId.of("hepingli-points")),
        new Case("member-id", MemberId.class, MemberId.of("HPL-V01")),
        new Case("transaction-id", TransactionId.class, TransactionId.of("acc:R2025-001")),
        new Case("points-posting", PointsPosting.class, accrual().postings().get(1)),
        new Case("points-transaction", PointsTransaction.class, accrual()),
        new Case("points-entry-transaction", PointsEntry.class, PointsEntry.of(accrual())),
        new Case("policy-source", PolicySource.class, SHANGHAI),
        new Case("policy-term", PolicyTerm.class, PolicyTerm.of(65, SHANGHAI)),
        new Case("expiry-none", Expiry.class, Expiry.none()),
        new Case("expiry-fixed-day", Expiry.class, Expiry.onFixedDay(MonthDay.of(12, 31))),
        new Case("expiry-rolling", Expiry.class, Expiry.rollingMonths(24)),
        new Case(
            "redemption-window",
            RedemptionWindow.class,
            RedemptionWindow.oncePer(RedemptionPeriod.QUARTER).withOpenDays(15)),
        new Case("reward", Reward.class, timeBankPolicy().rewards().get(0)),
        new Case("scheme-policy", SchemePolicy.class, timeBankPolicy()),
        new Case(
            "scheme-time-bank",
            Scheme.class,
            Scheme.builder()
                .id(SchemeId.of("example-time-bank"))
                .kind(SchemeKind.TIME_BANK)
                .name(LocalizedName.of("示例时间银行", "Example time bank"))
                .operator(LocalizedName.of("示例养老服务中心"))
                .division(org.communitygov.model.common.DivisionCode.parse("320100"))
                .addPolicy(timeBankPolicy())
                .build()));
  }

  @TestFactory
  Stream<DynamicContainer> everyPointsTypeMatchesItsGoldenFile() {
    return GoldenCases.matchTheirFiles(GOLDEN, cases(), json);
  }

  @Test
  void theHepingliSchemeMatchesTheExampleInTheDocs() throws IOException {
    Scheme read = json.readValue(HEPINGLI.toFile(), Scheme.class);
    writer.writesAsGolden(HEPINGLI, read);
    assertThat(read.policies()).hasSize(2);
    assertThat(read.policies())
        .extracting(p -> p.pointsPerHour().value())
        .containsExactly(BigDecimal.ONE, new BigDecimal("2"));
    assertThat(read.policies().get(1).pointsPerHour().source().confidence())
        .isEqualTo(PolicyConfidence.UNCONFIRMED);
  }

  @Test
  void aPolicyWithoutAnEffectiveDateIsNotRead() throws IOException {
    String text =
        json.writeValueAsString(timeBankPolicy()).replace("\"effectiveFrom\":\"2025-01-01\",", "");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> json.readValue(text, SchemePolicy.class))
        .hasMessageContaining("effectiveFrom");
  }

  @Test
  void everyEnumConstantMatchesTheGoldenFile() throws IOException {
    ObjectNode codes = json.createObjectNode();
    codes.set("SchemeKind", json.valueToTree(SchemeKind.values()));
    codes.set("PolicyConfidence", json.valueToTree(PolicyConfidence.values()));
    codes.set("RedemptionPeriod", json.valueToTree(RedemptionPeriod.values()));
    codes.set("ExpiryKind", json.valueToTree(Expiry.Kind.values()));
    codes.set("TransactionKind", json.valueToTree(TransactionKind.values()));
    writer.writesAsGolden(GOLDEN.resolve("enums.json"), codes);
  }

  @Test
  void everyGoldenFileHasACase() throws IOException {
    GoldenCases.haveEveryFile(GOLDEN, cases());
  }
}
