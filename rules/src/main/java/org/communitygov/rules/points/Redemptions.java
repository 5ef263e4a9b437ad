package org.communitygov.rules.points;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.communitygov.model.common.SensitiveCategory;
import org.communitygov.model.ledger.Amount;
import org.communitygov.model.ledger.Posting;
import org.communitygov.model.ledger.Transaction;
import org.communitygov.model.points.RedemptionWindow;
import org.communitygov.model.points.Reward;
import org.communitygov.model.points.TransactionKind;
import org.communitygov.rules.engine.Comparison;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.engine.Explanation;
import org.communitygov.rules.engine.Fact;
import org.communitygov.rules.engine.LocalizedText;
import org.communitygov.rules.engine.Operand;
import org.communitygov.rules.engine.Operator;
import org.communitygov.rules.engine.ResolvedParameter;
import org.communitygov.rules.engine.Step;

/**
 * The redemption policy as a pure function: a reward of the catalogue, redeemed from the redemption
 * age (the hardship age for a hardship case), inside the window, at most once per period, with
 * enough balance. A refusal names the step that failed; nothing is posted.
 *
 * @since 0.1.0
 */
public final class Redemptions {
  /** The id of the redemption rule. */
  public static final String ID = "points.redemption";

  private Redemptions() {}

  static Decision<PointsOutcome> redeem(
      PolicyTerms terms, RedemptionRequest request, MemberFacts member) {
    List<Step> steps = new ArrayList<>();
    Optional<Reward> reward = terms.policy().reward(request.reward());
    Optional<ResolvedParameter<BigDecimal>> price = terms.price(request.reward());
    Fact rewardFact = Texts.fact("reward", request.reward(), "兑换项目", "reward");
    if (reward.isEmpty() || price.isEmpty()) {
      Step s =
          Step.builder("points.reward")
              .fact(rewardFact)
              .result(Texts.fact("inCatalogue", false, "在兑换目录中", "in the catalogue"))
              .build();
      return refused(steps, s, RefusalReason.UNKNOWN_REWARD);
    }
    steps.add(Step.builder("points.reward").fact(rewardFact).parameter(price.get()).build());
    if (terms.age.isPresent()) {
      boolean hardship = request.hardship() && terms.hardshipAge.isPresent();
      ResolvedParameter<Integer> age = hardship ? terms.hardshipAge.get() : terms.age.get();
      boolean old = request.age() >= age.value();
      Step s =
          Step.builder("points.age")
              .fact(
                  Fact.sensitive(
                          "hardship", request.hardship(), SensitiveCategory.ASSISTANCE_STATUS)
                      .withLabel(LocalizedText.of("困难人员", "hardship case")))
              .comparison(
                  Comparison.of(
                      Operand.of(Texts.fact("age", request.age(), "年龄", "age")),
                      old ? Operator.GE : Operator.LT,
                      Operand.of(hardship ? "hardshipRedemptionAge" : "redemptionAge", age)))
              .build();
      if (!old) {
        return refused(steps, s, RefusalReason.TOO_YOUNG);
      }
      steps.add(s);
    }
    if (terms.window.isPresent()) {
      RedemptionWindow window = terms.policy().redemptionWindow().orElseThrow().value();
      LocalDate start = window.period().start(request.date());
      LocalDate last = window.lastOpenDay(request.date());
      boolean open = !request.date().isAfter(last);
      Step s =
          Step.builder("points.window")
              .fact(Texts.fact("periodStart", start, "本期起", "period from"))
              .parameter(terms.window.get())
              .fact(Texts.fact("date", request.date(), "申请日", "date"))
              .fact(Texts.fact("lastOpenDay", last, "本期最后兑换日", "last open day"))
              .result(Texts.fact("windowOpen", open, "在兑换期内", "inside the window"))
              .build();
      if (!open) {
        return refused(steps, s, RefusalReason.OUTSIDE_WINDOW);
      }
      steps.add(s);
      Optional<LocalDate> previous = member.lastRedemption().filter(d -> !d.isBefore(start));
      Step once =
          Step.builder("points.oncePerPeriod")
              .fact(
                  Texts.fact(
                      "lastRedemption",
                      member.lastRedemption().map(LocalDate::toString).orElse("-"),
                      "上次兑换",
                      "last redemption"))
              .result(
                  Texts.fact(
                      "redeemedThisPeriod", previous.isPresent(), "本期已兑换", "redeemed this period"))
              .build();
      if (previous.isPresent()) {
        return refused(steps, once, RefusalReason.ONCE_PER_PERIOD);
      }
      steps.add(once);
    }
    Amount cost = Amount.of(member.balance().unit(), price.get().value());
    boolean enough = member.balance().compareTo(cost) >= 0;
    Step balance =
        Step.builder("points.balance")
            .comparison(
                Comparison.of(
                    Operand.of(
                        Texts.fact("balance", member.balance().decimal(), "账户余额", "balance")),
                    enough ? Operator.GE : Operator.LT,
                    Operand.of("price", price.get())))
            .build();
    if (!enough) {
      return refused(steps, balance, RefusalReason.INSUFFICIENT_BALANCE);
    }
    Transaction tx =
        Transaction.builder()
            .id(EntryKeys.of("red:" + request.id()))
            .bookingDate(request.date())
            .valueDate(request.date())
            .addPosting(Posting.of(PointsAccounts.member(request.member()), cost.negated()))
            .addPosting(Posting.of(PointsAccounts.REDEMPTION, cost))
            .memo(
                "兑换 "
                    + reward.get().name().zh()
                    + "（"
                    + cost.decimalText()
                    + "）；政策 "
                    + terms.policy().effectiveFrom()
                    + " 起")
            .source("redemption:" + request.id())
            .build();
    return Decision.of(
        ID,
        PointsOutcome.posting(TransactionKind.REDEMPTION, tx),
        Explanation.of(steps).thenDecisive(balance));
  }

  static Decision<PointsOutcome> refused(List<Step> steps, Step decisive, RefusalReason reason) {
    return refused(ID, TransactionKind.REDEMPTION, steps, decisive, reason);
  }

  static Decision<PointsOutcome> refused(
      String rule,
      TransactionKind movement,
      List<Step> steps,
      Step decisive,
      RefusalReason reason) {
    return Decision.of(
        rule,
        PointsOutcome.refused(movement, reason),
        Explanation.of(steps).thenDecisive(decisive));
  }
}
