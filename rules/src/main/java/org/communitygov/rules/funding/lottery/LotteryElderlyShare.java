package org.communitygov.rules.funding.lottery;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.communitygov.model.common.Money;
import org.communitygov.rules.engine.AbstractRule;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.engine.FactMapping;
import org.communitygov.rules.engine.FactType;
import org.communitygov.rules.engine.Operator;
import org.communitygov.rules.engine.Outcome;
import org.communitygov.rules.engine.ParameterId;
import org.communitygov.rules.engine.ResolvedParameter;
import org.communitygov.rules.engine.RuleContext;
import org.communitygov.rules.engine.Step;
import org.communitygov.rules.engine.StepSlot;
import org.communitygov.rules.engine.StepTemplate;

/**
 * The elderly-care share of a year's welfare-lottery spending: at least {@code
 * funding.lottery.elderlyShare.min} — 50 % under 国发〔2013〕35号 (partly confirmed), 55 % from 2022
 * (国办发〔2019〕5号, unconfirmed); the explanation shows the value's confidence. The share is the
 * elderly-care spending divided by the lottery spending, to four decimals, half up. A year without
 * lottery spending has nothing to check.
 *
 * @since 0.1.0
 */
public final class LotteryElderlyShare
    extends AbstractRule<LotteryShareInput, LotteryElderlyShare.Result> {
  /** The rule's id. */
  public static final String ID = "funding.lottery.elderlyShare";

  /** The outcome. */
  public enum Result implements Outcome {
    /** The share reaches the minimum. */
    MET,
    /** The share is below the minimum: a finding for the annual lottery report. */
    BELOW,
    /** No welfare-lottery money was spent in the year. */
    NO_LOTTERY_SPENDING;

    @Override
    public String code() {
      return name();
    }

    @Override
    public Map<String, String> details() {
      return Map.of();
    }
  }

  /**
   * The parameters of the rule.
   *
   * @param minShare the lowest share
   */
  public record Parameters(
      @ParameterId("funding.lottery.elderlyShare.min") ResolvedParameter<BigDecimal> minShare) {}

  private static final FactMapping<LotteryShareInput> FACTS =
      FactMapping.builder(
              LotteryShareInput.class,
              LotteryShareInput::builder,
              ImmutableLotteryShareInput.Builder::build)
          .required(
              "lotterySpending",
              FactType.money(),
              LotteryShareInput::lotterySpending,
              ImmutableLotteryShareInput.Builder::lotterySpending)
          .required(
              "elderlyCareSpending",
              FactType.money(),
              LotteryShareInput::elderlyCareSpending,
              ImmutableLotteryShareInput.Builder::elderlyCareSpending)
          .build();

  private static final StepTemplate SHARE =
      StepTemplate.builder("funding.lottery.elderlyShare")
          .fact("lotterySpending")
          .fact("elderlyCareSpending")
          .holding(StepSlot.fact("elderlyShare"), Operator.GE, StepSlot.parameter("minShare"))
          .build();

  private static final StepTemplate NONE =
      StepTemplate.builder("funding.lottery.noSpending")
          .fact("lotterySpending")
          .parameter("minShare")
          .build();

  private static final LotteryElderlyShare RULE = new LotteryElderlyShare();

  private LotteryElderlyShare() {
    super(ID, "1", FACTS);
  }

  /**
   * Returns the rule.
   *
   * @return the rule, not null
   */
  public static LotteryElderlyShare rule() {
    return RULE;
  }

  @Override
  protected Decision<Result> decide(LotteryShareInput in, RuleContext context) {
    Parameters p = context.parameters(Parameters.class);
    Money total = in.lotterySpending().orElseThrow();
    Money elderly = in.elderlyCareSpending().orElseThrow();
    total.minus(elderly); // the same currency, or money.currencyMismatch
    if (total.isZero()) {
      Step none = NONE.with("lotterySpending", total).with("minShare", p.minShare()).step();
      return decided(Result.NO_LOTTERY_SPENDING, List.of(none), none);
    }
    BigDecimal share = elderly.amount().divide(total.amount(), 4, RoundingMode.HALF_UP);
    Step step =
        SHARE
            .with("lotterySpending", total)
            .with("elderlyCareSpending", elderly)
            .with("elderlyShare", share)
            .with("minShare", p.minShare())
            .step();
    return decided(step.holds() ? Result.MET : Result.BELOW, List.of(step), step);
  }
}
