package org.communitygov.rules.funding.book;

import static org.communitygov.rules.funding.book.Gate.fact;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.communitygov.model.funding.Fund;
import org.communitygov.model.ledger.AccountId;
import org.communitygov.model.ledger.Amount;
import org.communitygov.model.ledger.EntryId;
import org.communitygov.model.ledger.PeriodClose;
import org.communitygov.model.ledger.Posting;
import org.communitygov.model.ledger.Transaction;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.engine.Operator;
import org.communitygov.rules.funding.book.FundingAccounts.Role;
import org.communitygov.rules.ledger.InclusionProof;
import org.communitygov.rules.ledger.JournalLine;
import org.communitygov.rules.ledger.Ledger;
import org.communitygov.rules.ledger.MerkleTree;
import org.communitygov.rules.ledger.TreeHead;

/**
 * The close of a period (月结、季结): the period is after the last closed one; every fund's money is not
 * below zero and every fund's lines sum to zero (no spend without a source); then one closing entry
 * per fund with flows moves its income, spending, refunds, transfers and releases through the day
 * into {@code net:F}, and a {@code PeriodClose} entry {@code pc:<day>} closes the period. The
 * period's tree head is the ledger's tree up to that entry.
 */
final class PeriodCloses {
  private PeriodCloses() {}

  static Decision<FundingOutcome> decide(LocalDate through, FundBook book) {
    Gate gate = new Gate("CLOSE");
    book.closedThrough()
        .ifPresent(
            last ->
                gate.require(
                    "funding.period",
                    FundingRefusal.CLOSED_PERIOD,
                    "afterClosedPeriod",
                    through.isAfter(last),
                    fact("date", through),
                    fact("closedThrough", last)));
    Ledger ledger = book.ledger();
    List<Transaction> closing = new ArrayList<>();
    for (Fund fund : book.funds()) {
      if (!gate.passed()) {
        break;
      }
      long total = 0;
      List<Posting> lines = new ArrayList<>();
      long net = 0;
      for (Role role : Role.values()) {
        AccountId account = FundingAccounts.of(role, fund.id());
        long minor = ledger.balance(account, through).map(Amount::minor).orElse(0L);
        total += minor;
        if (FundingFold.isFlow(role) && minor != 0) {
          lines.add(Posting.of(account, Amount.ofMinor(FundingAccounts.UNIT, -minor)));
          net += minor;
        }
      }
      long money =
          ledger
              .balance(FundingAccounts.of(Role.FUND, fund.id()), through)
              .map(Amount::minor)
              .orElse(0L);
      gate.check(
          "funding.close.balance",
          FundingRefusal.CLOSE_CHECK,
          fact("fundBalance", FundingFold.money(money)),
          Operator.GE,
          fact("zero", FundingFold.money(0)),
          fact("fund", fund.id().value()));
      gate.check(
          "funding.close.lines",
          FundingRefusal.CLOSE_CHECK,
          fact("sumOfFundLines", FundingFold.money(total)),
          Operator.EQ,
          fact("zero", FundingFold.money(0)),
          fact("fund", fund.id().value()));
      if (!lines.isEmpty() && net != 0) {
        lines.add(
            Posting.of(
                FundingAccounts.of(Role.NET, fund.id()),
                Amount.ofMinor(FundingAccounts.UNIT, net)));
      }
      if (lines.size() >= 2) {
        closing.add(
            Transaction.builder()
                .id(EntryId.of("close:" + through + ":" + fund.id().value()))
                .bookingDate(through)
                .valueDate(through)
                .addAllPostings(lines)
                .memo("期末结转")
                .source(FundingSource.CLOSE)
                .build());
      }
    }
    if (!gate.passed()) {
      return gate.refusal();
    }
    return gate.posting(FundingOutcome.closing(closing, through));
  }

  static Optional<PeriodClose> closeEntry(FundingOutcome outcome) {
    return outcome
        .closes()
        .map(d -> PeriodClose.builder().id(EntryId.of("pc:" + d)).through(d).build());
  }

  static Optional<TreeHead> head(Ledger ledger, LocalDate through) {
    Optional<InclusionProof> proof = ledger.proveInclusion("pc:" + through);
    if (proof.isEmpty()) {
      return Optional.empty();
    }
    long size = proof.get().index() + 1;
    MerkleTree tree = new MerkleTree();
    List<byte[]> lines = ledger.lines();
    for (int i = 0; i < size; i++) {
      tree.append(JournalLine.parse(lines.get(i)).leafHash());
    }
    return Optional.of(
        TreeHead.of(
            size, tree.root(), through.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
  }
}
