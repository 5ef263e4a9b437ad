package org.communitygov.rules.points;

import java.math.BigDecimal;
import org.communitygov.model.ledger.Amount;
import org.communitygov.rules.engine.LocalizedText;
import org.communitygov.rules.engine.Operator;
import org.communitygov.rules.engine.ResolvedParameter;
import org.communitygov.rules.engine.Step;
import org.communitygov.rules.engine.StepSlot;
import org.communitygov.rules.engine.StepTemplate;

/**
 * The steps of the accrual and bonus explanations, as templates made once (ADR 0095): a step holds
 * the template and its values, and makes its labelled facts when an explanation is read.
 */
final class AccrualSteps {
  private static final LocalizedText HOURS_SERVED = Texts.label("服务时长", "hours served");
  private static final LocalizedText COUNTED_HOURS = Texts.label("计入时长", "hours counted");
  private static final LocalizedText EVALUATION_LABEL = Texts.label("评价", "evaluation");

  static final StepTemplate RECORD =
      StepTemplate.builder("points.record")
          .fact("record", Texts.label("服务记录", "service record"))
          .fact("activity", Texts.label("活动", "activity"))
          .fact("organiser", Texts.label("组织方", "organiser"))
          .fact("date", Texts.label("服务日期", "date of service"))
          .fact("policyFrom", Texts.label("适用政策起始日", "policy in force from"))
          .build();

  static final StepTemplate HOURS =
      StepTemplate.builder("points.hours")
          .fact("hours", HOURS_SERVED)
          .result("countedHours", COUNTED_HOURS)
          .build();

  static final StepTemplate HOURS_CAPPED =
      StepTemplate.builder("points.hours")
          .holding(
              StepSlot.fact("hours", HOURS_SERVED),
              Operator.LE,
              StepSlot.parameter("maxHoursPerActivity"))
          .result("countedHours", COUNTED_HOURS)
          .build();

  static final StepTemplate RATING =
      StepTemplate.builder("points.rating")
          .holding(
              StepSlot.fact("rating", Texts.label("最低评分", "lowest rating")),
              Operator.LE,
              StepSlot.parameter("negativeRatingMax"))
          .result("evaluation", EVALUATION_LABEL)
          .build();

  static final StepTemplate EVALUATION =
      StepTemplate.builder("points.evaluation")
          .fact("evaluation", EVALUATION_LABEL)
          .parameter("negativeEvaluationVoids")
          .result("countedHours", COUNTED_HOURS)
          .build();

  static final StepTemplate VALUE =
      StepTemplate.builder("points.value")
          .fact("countedHours", COUNTED_HOURS)
          .parameter("pointsPerHour")
          .result("value", Texts.label("折算", "value"))
          .build();

  static final StepTemplate GROUP =
      StepTemplate.builder("points.group")
          .fact(Texts.fact("group", true, "团体服务", "served as a group"))
          .parameter("groupHoursDonatedOnly")
          .result("donated", Texts.label("转入捐赠", "to donation"))
          .build();

  static final StepTemplate ANNUAL_CAP =
      StepTemplate.builder("points.annualCap")
          .fact("accruedInYear", Texts.label("本年已记入", "credited this year"))
          .holding(
              StepSlot.fact("yearTotal", Texts.label("本年合计", "year's total")),
              Operator.LE,
              StepSlot.parameter("annualCap"))
          .result("credited", Texts.label("记入", "credited"))
          .build();

  static final StepTemplate STORAGE_CAP =
      StepTemplate.builder("points.storageCap")
          .fact("balance", Texts.label("账户余额", "balance"))
          .holding(
              StepSlot.fact("balanceAfter", Texts.label("记入后", "after")),
              Operator.LE,
              StepSlot.parameter("storageCap"))
          .result("donated", Texts.label("超出部分转入捐赠", "excess to donation"))
          .build();

  private AccrualSteps() {}

  /** The hours counted: all of them, or at most the policy's most per activity. */
  static Step countedHours(PolicyTerms terms, BigDecimal hours) {
    if (terms.maxHours.isEmpty()) {
      return HOURS.with("hours", hours).with("countedHours", hours).step();
    }
    ResolvedParameter<BigDecimal> max = terms.maxHours.get();
    return HOURS_CAPPED
        .with("hours", hours)
        .with("maxHoursPerActivity", max)
        .withOutcome("countedHours", hours, max.value())
        .step();
  }

  /** What of a credit goes to donation: the part above the storage cap. */
  static Amount excess(ResolvedParameter<BigDecimal> cap, Amount balance, Amount value) {
    return excess(Amount.of(value.unit(), cap.value()), balance, value);
  }

  /** What of a credit goes to donation: the part above the storage cap, an amount of its unit. */
  static Amount excess(Amount cap, Amount balance, Amount value) {
    Amount room = cap.minus(balance);
    return room.compareTo(value) >= 0
        ? Amount.zero(value.unit())
        : value.minus(room.isNegative() ? Amount.zero(value.unit()) : room);
  }

  /** The storage cap step: the balance after the credit against the cap, the excess donated. */
  static Step storageCap(
      ResolvedParameter<BigDecimal> cap, Amount balance, Amount value, Amount excess) {
    return STORAGE_CAP
        .with("balance", balance)
        .with("balanceAfter", balance.plus(value).decimal())
        .with("storageCap", cap)
        .with("donated", excess)
        .step();
  }
}
