package org.communitygov.rules.points;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.communitygov.model.ledger.AccountId;
import org.communitygov.model.ledger.Amount;
import org.communitygov.model.ledger.Posting;
import org.communitygov.model.ledger.Transaction;
import org.communitygov.model.points.TransactionKind;
import org.communitygov.rules.engine.Comparison;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.engine.Explanation;
import org.communitygov.rules.engine.Operand;
import org.communitygov.rules.engine.Operator;
import org.communitygov.rules.engine.ResolvedParameter;
import org.communitygov.rules.engine.Step;

/**
 * The transfer and donation policy as a pure function (上海): a member gives to a relative or friend
 * who is a member (a transfer), or to a named hardship elder or the pool (a donation), if the
 * policy allows it, never to themself, with enough balance, and never above the receiver's storage
 * cap. A refusal names the step that failed; nothing is posted.
 *
 * @since 0.1.0
 */
public final class Gifts {
  /** The id of the transfer and donation rule. */
  public static final String ID = "points.gift";

  private Gifts() {}

  /**
   * Decides a gift.
   *
   * @param terms the policy's terms on the gift's date, not null
   * @param request the request, not null
   * @param giver the giver's facts, not null
   * @param receiver the receiving member's facts, empty for the pool or a member without account
   * @return the decision, not null
   */
  static Decision<PointsOutcome> give(
      PolicyTerms terms, GiftRequest request, MemberFacts giver, Optional<MemberFacts> receiver) {
    TransactionKind movement =
        request.recipient().isDonation() ? TransactionKind.DONATION : TransactionKind.TRANSFER;
    List<Step> steps = new ArrayList<>();
    Step who =
        Step.builder("points.recipient")
            .fact(Texts.fact("from", request.from(), "转出人", "from"))
            .fact(Texts.fact("recipient", request.recipient(), "接收方", "recipient"))
            .fact(Texts.fact("to", request.to().map(Object::toString).orElse("pool"), "接收人", "to"))
            .result(
                Texts.fact(
                    "toSelf",
                    request.to().filter(request.from()::equals).isPresent(),
                    "转给本人",
                    "to oneself"))
            .build();
    if (request.to().filter(request.from()::equals).isPresent()) {
      return refused(movement, steps, who, RefusalReason.TO_SELF);
    }
    steps.add(who);
    ResolvedParameter<Boolean> allowed =
        movement == TransactionKind.DONATION ? terms.donation : terms.transfer;
    Step allowedStep = Step.builder("points.allowed").parameter(allowed).build();
    if (!allowed.value()) {
      return refused(
          movement,
          steps,
          allowedStep,
          movement == TransactionKind.DONATION
              ? RefusalReason.DONATION_NOT_ALLOWED
              : RefusalReason.TRANSFER_NOT_ALLOWED);
    }
    steps.add(allowedStep);
    if (request.to().isPresent() && receiver.isEmpty()) {
      Step s =
          Step.builder("points.receiver")
              .fact(Texts.fact("to", request.to().get(), "接收人", "to"))
              .result(Texts.fact("member", false, "有账户", "has an account"))
              .build();
      return refused(movement, steps, s, RefusalReason.UNKNOWN_MEMBER);
    }
    Amount amount = Amount.of(giver.balance().unit(), request.amount());
    boolean enough = giver.balance().compareTo(amount) >= 0;
    Step balance =
        Step.builder("points.balance")
            .comparison(
                Comparison.of(
                    Operand.of(Texts.fact("balance", giver.balance().decimal(), "账户余额", "balance")),
                    enough ? Operator.GE : Operator.LT,
                    Operand.of(Texts.fact("amount", request.amount(), "转出数额", "amount given"))))
            .build();
    if (!enough) {
      return refused(movement, steps, balance, RefusalReason.INSUFFICIENT_BALANCE);
    }
    Step decisive = balance;
    if (receiver.isPresent() && terms.storageCap.isPresent()) {
      ResolvedParameter<BigDecimal> cap = terms.storageCap.get();
      BigDecimal after = receiver.get().balance().plus(amount).decimal();
      boolean over = after.compareTo(cap.value()) > 0;
      steps.add(balance);
      decisive =
          Step.builder("points.storageCap")
              .comparison(
                  Comparison.of(
                      Operand.of(
                          Texts.fact("receiverAfter", after, "接收后余额", "receiver's balance after")),
                      over ? Operator.GT : Operator.LE,
                      Operand.of("storageCap", cap)))
              .build();
      if (over) {
        return refused(movement, steps, decisive, RefusalReason.STORAGE_CAP);
      }
    }
    AccountId to = request.to().map(PointsAccounts::member).orElse(PointsAccounts.POOL);
    String what =
        switch (request.recipient()) {
          case RELATIVE -> "转赠亲属 ";
          case FRIEND -> "转赠朋友 ";
          case HARDSHIP_ELDER -> "捐赠困难老人 ";
          case POOL -> "捐赠社区公共池";
        };
    Transaction tx =
        Transaction.builder()
            .id(EntryKeys.of(movement.prefix() + ":" + request.id()))
            .bookingDate(request.date())
            .valueDate(request.date())
            .addPosting(Posting.of(PointsAccounts.member(request.from()), amount.negated()))
            .addPosting(Posting.of(to, amount))
            .memo(
                what
                    + request.to().map(Object::toString).orElse("")
                    + "（"
                    + amount.decimalText()
                    + "）；政策 "
                    + terms.policy().effectiveFrom()
                    + " 起")
            .source("gift:" + request.id())
            .build();
    return Decision.of(
        ID, PointsOutcome.posting(movement, tx), Explanation.of(steps).thenDecisive(decisive));
  }

  private static Decision<PointsOutcome> refused(
      TransactionKind movement, List<Step> steps, Step decisive, RefusalReason reason) {
    return Redemptions.refused(ID, movement, steps, decisive, reason);
  }
}
