package org.communitygov.rules.funding.book;

import static org.communitygov.rules.funding.book.Gate.fact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.communitygov.model.common.Money;
import org.communitygov.model.funding.Fund;
import org.communitygov.model.funding.FundingKind;
import org.communitygov.model.funding.FundingTransaction;
import org.communitygov.model.funding.Milestone;
import org.communitygov.model.funding.Project;
import org.communitygov.model.funding.PurchaseContract;
import org.communitygov.model.funding.Restriction;
import org.communitygov.model.funding.SpendingUse;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.engine.Operator;
import org.communitygov.rules.engine.RuleContext;
import org.communitygov.rules.engine.Step;
import org.communitygov.rules.funding.lottery.LotteryUses;

/**
 * The funding decisions as pure functions: a funding transaction and what the book holds in, a
 * decision out — the ledger transaction to post, with its flags, or a refusal whose last step
 * explains it (ADR 0089). Checks in order: currency, fund, closed period, then per kind. A check
 * made after one failed is not made ({@link Gate}), so the checks of a kind follow each other
 * without guards; only the notes (flags, what is posted) wait for all checks to pass.
 */
final class FundingDecisions {
  private FundingDecisions() {}

  static Decision<FundingOutcome> decide(FundingTransaction tx, BookView book, RuleContext ctx) {
    Gate gate = new Gate(tx.kind().name());
    gate.check(
        "funding.currency",
        FundingRefusal.CURRENCY,
        fact("currency", tx.amount().currency().getCurrencyCode()),
        Operator.EQ,
        fact("ledgerCurrency", FundingAccounts.UNIT.code()));
    Optional<Fund> fund = book.fund(tx.fund());
    gate.require(
        "funding.fund",
        FundingRefusal.UNKNOWN_FUND,
        "fundRegistered",
        fund.isPresent(),
        fact("fund", tx.fund().value()));
    book.closedThrough()
        .ifPresent(
            through ->
                gate.require(
                    "funding.period",
                    FundingRefusal.CLOSED_PERIOD,
                    "afterClosedPeriod",
                    tx.date().isAfter(through),
                    fact("date", tx.date()),
                    fact("closedThrough", through)));
    if (!gate.passed()) {
      return gate.refusal();
    }
    Fund from = fund.orElseThrow();
    List<String> flags = new ArrayList<>();
    FundingTransaction effective = tx;
    switch (tx.kind()) {
      case RECEIPT -> {}
      case REFUND -> {
        gate.check(
            "funding.refund",
            FundingRefusal.REFUND_ABOVE_RECEIPTS,
            fact("amount", tx.amount()),
            Operator.LE,
            fact("netReceipts", book.netReceipts(tx.fund())));
        balance(gate, tx, book);
      }
      case SPEND -> spend(gate, tx, from, book, ctx);
      case CONTRACT_PAYMENT -> effective = payment(gate, tx, from, book, ctx, flags);
      case TRANSFER, RELEASE -> move(gate, tx, from, book);
    }
    if (!gate.passed()) {
      return gate.refusal();
    }
    Fund to = tx.toFund().flatMap(book::fund).orElse(from);
    var posted = Postings.of(effective, from, to);
    gate.note(
        Step.builder("funding.posted")
            .fact(fact("transaction", posted.id().value()))
            .result(fact("postings", posted.postings().toString()))
            .build());
    return gate.posting(FundingOutcome.posting(tx.kind().name(), List.of(posted), flags));
  }

  private static void balance(Gate gate, FundingTransaction tx, BookView book) {
    gate.check(
        "funding.balance",
        FundingRefusal.INSUFFICIENT_BALANCE,
        fact("amount", tx.amount()),
        Operator.LE,
        fact("fundBalance", book.balance(tx.fund())));
  }

  private static void spend(
      Gate gate, FundingTransaction tx, Fund fund, BookView book, RuleContext ctx) {
    purpose(gate, tx, fund.restriction());
    lottery(gate, tx, fund, ctx);
    budget(gate, tx, book);
    balance(gate, tx, book);
  }

  /** A restricted fund pays only its purpose, until its end date. */
  private static void purpose(Gate gate, FundingTransaction tx, Restriction r) {
    if (!r.isRestricted()) {
      return;
    }
    String asked =
        switch (r.kind()) {
          case SERVICE_CATEGORY -> "category:" + tx.category().map(c -> c.code()).orElse("-");
          case PROJECT -> "project:" + tx.project().map(p -> p.value()).orElse("-");
          case POPULATION_GROUP -> "group:" + tx.group().map(Enum::name).orElse("-");
          case UNRESTRICTED -> "-";
        };
    gate.check(
        "funding.restriction",
        FundingRefusal.WRONG_PURPOSE,
        fact("spendPurpose", asked),
        Operator.EQ,
        fact("fundPurpose", r.purpose().orElseThrow()));
    r.endsOn()
        .ifPresent(
            end ->
                gate.require(
                    "funding.restriction.ended",
                    FundingRefusal.RESTRICTION_ENDED,
                    "withinRestriction",
                    !tx.date().isAfter(end),
                    fact("date", tx.date()),
                    fact("restrictionEndsOn", end)));
  }

  private static void lottery(Gate gate, FundingTransaction tx, Fund fund, RuleContext ctx) {
    if (!fund.source().isLottery()) {
      return;
    }
    LotteryUses uses = ctx.parameters(LotteryUses.class);
    String use = tx.use().orElse(SpendingUse.SERVICE).name();
    gate.check(
        "funding.lottery.use",
        FundingRefusal.LOTTERY_PROHIBITED_USE,
        fact("useProhibited", uses.codes().contains(use)),
        Operator.EQ,
        fact("allowed", false),
        uses.prohibitedUses(),
        fact("use", use),
        fact("source", fund.source().name()));
  }

  private static void budget(Gate gate, FundingTransaction tx, BookView book) {
    if (tx.project().isEmpty()) {
      return;
    }
    Optional<Project> project = book.project(tx.project().get());
    if (!gate.require(
        "funding.project",
        FundingRefusal.UNKNOWN_PROJECT,
        "projectRegistered",
        project.isPresent(),
        fact("project", tx.project().get().value()))) {
      return;
    }
    var category = tx.category().orElseThrow();
    Money budget =
        project.get().budgetOf(tx.fund(), category).orElse(Money.zero(tx.amount().currency()));
    Money after = book.spent(tx.project().get(), tx.fund(), category).plus(tx.amount());
    gate.check(
        "funding.budget",
        FundingRefusal.OVER_BUDGET,
        fact("spentWithThis", after),
        Operator.LE,
        fact("budget", budget),
        fact("project", tx.project().get().value()),
        fact("serviceCategory", category.code()));
  }

  private static FundingTransaction payment(
      Gate gate,
      FundingTransaction tx,
      Fund fund,
      BookView book,
      RuleContext ctx,
      List<String> flags) {
    Optional<PurchaseContract> found = book.contract(tx.contract().orElseThrow());
    if (!gate.require(
        "funding.contract",
        FundingRefusal.UNKNOWN_CONTRACT,
        "contractRegistered",
        found.isPresent(),
        fact("contract", tx.contract().get().value()))) {
      return tx;
    }
    PurchaseContract c = found.get();
    gate.check(
        "funding.contract.fund",
        FundingRefusal.CONTRACT_FUND,
        fact("fund", tx.fund().value()),
        Operator.EQ,
        fact("contractFund", c.fund().value()));
    gate.require(
        "funding.contract.started",
        FundingRefusal.CONTRACT_TERM,
        "withinTerm",
        !tx.date().isBefore(c.term().start()),
        fact("date", tx.date()),
        fact("termStart", c.term().start()));
    Optional<Milestone> m = c.milestone(tx.milestone().orElseThrow());
    if (gate.require(
        "funding.contract.milestone",
        FundingRefusal.UNKNOWN_MILESTONE,
        "milestoneInContract",
        m.isPresent(),
        fact("milestone", tx.milestone().get()))) {
      gate.require(
          "funding.contract.met",
          FundingRefusal.MILESTONE_NOT_MET,
          "milestoneMet",
          m.get().isMetOn(tx.date()),
          fact("milestone", m.get().code()),
          fact("metOn", m.get().metOn().map(Object::toString).orElse("-")),
          fact("date", tx.date()));
      LocalDate termEnd = c.term().lastDay().orElseThrow();
      // ADR 0098: after the term, only work delivered within it is paid
      gate.require(
          "funding.contract.metWithinTerm",
          FundingRefusal.CONTRACT_TERM,
          "milestoneMetWithinTerm",
          m.get().metOn().filter(d -> d.isAfter(termEnd)).isEmpty(),
          fact("metOn", m.get().metOn().map(Object::toString).orElse("-")),
          fact("termLastDay", termEnd));
      gate.check(
          "funding.contract.amount",
          FundingRefusal.CONTRACT_AMOUNT,
          fact("paidWithThis", book.paid(c.id()).plus(tx.amount())),
          Operator.LE,
          fact("contractAmount", c.amount()));
      gate.check(
          "funding.contract.milestonePaid",
          FundingRefusal.MILESTONE_PAID,
          fact("milestonePaidWithThis", book.paid(c.id(), m.get().code()).plus(tx.amount())),
          Operator.LE,
          fact("milestonePayment", m.get().payment()));
    }
    if (!gate.passed()) {
      return tx;
    }
    FundingTransaction effective =
        FundingTransaction.builder()
            .from(tx)
            .category(c.category())
            .project(tx.project().or(c::project))
            .build();
    spend(gate, effective, fund, book, ctx);
    LocalDate termEnd = c.term().lastDay().orElseThrow();
    if (tx.date().isAfter(termEnd)) {
      flags.add(FundingOutcome.AFTER_TERM);
      gate.note(
          Step.builder("funding.contract.afterTerm")
              .fact(fact("termLastDay", termEnd))
              .result(fact("date", tx.date()))
              .build());
    }
    c.evaluationOn(tx.date())
        .filter(e -> e.result().isFailed())
        .ifPresent(
            e -> {
              flags.add(FundingOutcome.EVALUATION_FAILED);
              gate.note(
                  Step.builder("funding.contract.evaluation")
                      .fact(fact("evaluatedOn", e.date()))
                      .result(fact("evaluationResult", e.result().name()))
                      .build());
            });
    return effective;
  }

  /** A transfer keeps a restriction; a release lifts it, with authority and a reason. */
  private static void move(Gate gate, FundingTransaction tx, Fund from, BookView book) {
    Optional<Fund> to = book.fund(tx.toFund().orElseThrow());
    if (!gate.require(
        "funding.fund",
        FundingRefusal.UNKNOWN_FUND,
        "fundRegistered",
        to.isPresent(),
        fact("fund", tx.toFund().get().value()))) {
      return;
    }
    String fromPurpose = from.restriction().purpose().orElse("-");
    String toPurpose = to.get().restriction().purpose().orElse("-");
    if (tx.kind() == FundingKind.TRANSFER) {
      if (from.restriction().isRestricted()) {
        gate.check(
            "funding.transfer.restriction",
            FundingRefusal.TRANSFER_OUT_OF_RESTRICTION,
            fact("toFundPurpose", toPurpose),
            Operator.EQ,
            fact("fundPurpose", fromPurpose));
      }
    } else {
      gate.require(
          "funding.release.restricted",
          FundingRefusal.RELEASE_NOT_RESTRICTED,
          "fromRestrictedToGeneral",
          from.restriction().isRestricted() && !to.get().restriction().isRestricted(),
          fact("fundPurpose", fromPurpose),
          fact("toFundPurpose", toPurpose));
      gate.require(
          "funding.release.authority",
          FundingRefusal.RELEASE_WITHOUT_AUTHORITY,
          "authorityAndReasonGiven",
          tx.authority().filter(a -> !a.isBlank()).isPresent()
              && tx.reason().filter(r -> !r.isBlank()).isPresent(),
          fact("authority", tx.authority().orElse("-")),
          fact("reason", tx.reason().orElse("-")));
    }
    balance(gate, tx, book);
  }
}
