package org.communitygov.rules.funding;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.communitygov.model.common.DateRange;
import org.communitygov.model.common.LocalizedName;
import org.communitygov.model.common.SocialCreditCode;
import org.communitygov.model.funding.ContractId;
import org.communitygov.model.funding.ContractParty;
import org.communitygov.model.funding.EvaluationResult;
import org.communitygov.model.funding.FundId;
import org.communitygov.model.funding.Milestone;
import org.communitygov.model.funding.PerformanceEvaluation;
import org.communitygov.model.funding.ProjectId;
import org.communitygov.model.funding.PurchaseContract;
import org.communitygov.model.service.ProviderId;
import org.communitygov.model.service.ServiceCategory;

/** The two purchase-of-service contracts of the Hepingli funding example ({@link Hepingli}). */
final class HepingliContracts {
  private HepingliContracts() {}

  static Milestone milestone(String code, String what, LocalDate due, long yuan, LocalDate met) {
    var b = Milestone.builder().code(code).deliverable(what).dueOn(due).payment(Hepingli.cny(yuan));
    if (met != null) {
      b.metOn(met);
    }
    return b.build();
  }

  static PerformanceEvaluation evaluation(
      LocalDate date, String evaluator, int score, EvaluationResult result) {
    return PerformanceEvaluation.builder()
        .date(date)
        .evaluator(evaluator)
        .score(score)
        .result(result)
        .build();
  }

  static List<PurchaseContract> contracts() {
    ContractParty street =
        ContractParty.of(
            LocalizedName.of("北京市东城区和平里街道办事处"),
            Optional.of(SocialCreditCode.parse("11110105000123457D")));
    return List.of(
        PurchaseContract.builder()
            .id(ContractId.of("C-2026-HOMECARE"))
            .community(Hepingli.COMMUNITY)
            .buyer(street)
            .provider(
                ContractParty.builder()
                    .name(LocalizedName.of("和平里社会工作服务中心"))
                    .socialCreditCode(SocialCreditCode.parse("52110105MJ0123456N"))
                    .provider(ProviderId.of("HPL-SW"))
                    .build())
            .addServiceCodes("HOME_VISIT", "DAILY_CARE_AT_HOME")
            .category(ServiceCategory.DAILY_CARE)
            .fund(FundId.of("HPL-CARE"))
            .project(ProjectId.of("P-HOMECARE"))
            .amount(Hepingli.cny(96000))
            .term(DateRange.ofClosed(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
            .addMilestones(
                milestone(
                    "Q1",
                    "第一季度上门服务600人次",
                    LocalDate.of(2026, 3, 31),
                    24000,
                    LocalDate.of(2026, 4, 10)),
                milestone(
                    "Q2",
                    "第二季度上门服务600人次",
                    LocalDate.of(2026, 6, 30),
                    24000,
                    LocalDate.of(2026, 7, 10)),
                milestone(
                    "Q3",
                    "第三季度上门服务600人次",
                    LocalDate.of(2026, 9, 30),
                    24000,
                    LocalDate.of(2026, 10, 10)),
                milestone("Q4", "第四季度上门服务及年度评估", LocalDate.of(2026, 12, 31), 24000, null))
            .addEvaluations(
                evaluation(LocalDate.of(2026, 7, 15), "第三方评估机构", 88, EvaluationResult.GOOD))
            .build(),
        PurchaseContract.builder()
            .id(ContractId.of("C-2026-REHAB"))
            .community(Hepingli.COMMUNITY)
            .buyer(street)
            .provider(
                ContractParty.of(
                    LocalizedName.of("东城区康复服务中心"),
                    Optional.of(SocialCreditCode.parse("12110105400123464F"))))
            .addServiceCodes("COMMUNITY_REHABILITATION")
            .category(ServiceCategory.REHABILITATION)
            .fund(FundId.of("HPL-LOT"))
            .amount(Hepingli.cny(36000))
            .term(DateRange.ofClosed(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31)))
            .addMilestones(
                milestone(
                    "M1",
                    "残疾人社区康复训练（一）",
                    LocalDate.of(2026, 6, 30),
                    12000,
                    LocalDate.of(2026, 7, 10)),
                milestone(
                    "M2",
                    "残疾人社区康复训练（二）",
                    LocalDate.of(2026, 9, 30),
                    12000,
                    LocalDate.of(2026, 10, 12)),
                milestone("M3", "残疾人社区康复训练（三）", LocalDate.of(2027, 3, 31), 12000, null))
            .addEvaluations(
                evaluation(LocalDate.of(2026, 10, 1), "北京市东城区民政局", 52, EvaluationResult.FAILED))
            .build());
  }
}
