package org.communitygov.model.points;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import org.communitygov.model.common.DivisionCode;
import org.communitygov.model.common.LocalizedName;
import org.communitygov.model.community.CommunityId;

/** A points policy and scheme with every term, for the model's tests. */
final class PointsTestData {
  static final PolicySource HAILIN =
      PolicySource.of("海林市社区志愿者积分奖励制度（试行）", PolicyConfidence.PARTLY_CONFIRMED);
  static final PolicySource LOCAL = PolicySource.of("社区自定（示例）", PolicyConfidence.UNCONFIRMED);

  private PointsTestData() {}

  static ImmutableSchemePolicy.Builder policy(String from) {
    return SchemePolicy.builder()
        .effectiveFrom(LocalDate.parse(from))
        .pointsPerHour(PolicyTerm.of(BigDecimal.ONE, HAILIN.withArticle("1小时=1分")))
        .maxHoursPerActivity(PolicyTerm.of(new BigDecimal("2"), HAILIN))
        .referralBonus(PolicyTerm.of(new BigDecimal("2"), HAILIN))
        .negativeEvaluationVoids(PolicyTerm.of(true, HAILIN))
        .redemptionWindow(
            PolicyTerm.of(
                RedemptionWindow.oncePer(RedemptionPeriod.QUARTER).withOpenDays(15), HAILIN))
        .addReward(
            Reward.of(
                "SILVER_CARD",
                LocalizedName.of("银卡", "silver card"),
                PolicyTerm.of(new BigDecimal("50"), LOCAL)))
        .expiry(PolicyTerm.of(Expiry.onFixedDay(MonthDay.of(12, 31)), LOCAL))
        .annualCap(PolicyTerm.of(new BigDecimal("200"), LOCAL))
        .storageCap(PolicyTerm.of(new BigDecimal("1500"), LOCAL))
        .transferAllowed(PolicyTerm.of(true, LOCAL))
        .donationAllowed(PolicyTerm.of(true, LOCAL))
        .redemptionAge(PolicyTerm.of(65, LOCAL))
        .hardshipRedemptionAge(PolicyTerm.of(60, LOCAL))
        .groupHoursDonatedOnly(PolicyTerm.of(true, LOCAL));
  }

  static ImmutableScheme.Builder scheme() {
    return Scheme.builder()
        .id(SchemeId.of("hepingli-points"))
        .kind(SchemeKind.POINTS)
        .name(LocalizedName.of("和平里社区志愿积分", "Hepingli volunteer points"))
        .community(CommunityId.of("cq-yz-qxg-hpl"))
        .division(DivisionCode.parse("500103003001"))
        .addPolicy(policy("2026-01-01").build())
        .addPolicy(
            policy("2026-07-01").pointsPerHour(PolicyTerm.of(new BigDecimal("2"), LOCAL)).build());
  }
}
