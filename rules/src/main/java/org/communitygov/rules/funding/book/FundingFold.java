package org.communitygov.rules.funding.book;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.communitygov.model.common.Money;
import org.communitygov.model.funding.FundId;
import org.communitygov.model.funding.FundingKind;
import org.communitygov.model.ledger.Entry;
import org.communitygov.model.ledger.PeriodClose;
import org.communitygov.model.ledger.Posting;
import org.communitygov.model.ledger.Transaction;
import org.communitygov.rules.funding.book.FundingAccounts.Line;
import org.communitygov.rules.funding.book.FundingAccounts.Role;

/**
 * What a fund book needs to decide, folded from the ledger's accepted transactions: receipts net of
 * refunds per fund, spending per project, fund and category, payments per contract and milestone,
 * and the last closed day. Balances are the ledger's own.
 */
final class FundingFold {
  private final Map<FundId, Long> netReceipts = new HashMap<>();
  private final Map<String, Long> spent = new HashMap<>();
  private final Map<String, Long> paid = new HashMap<>();
  private LocalDate closedThrough;

  /** Folds one entry of the journal; refusals and accounts change nothing. */
  void apply(Entry entry) {
    if (entry instanceof PeriodClose close) {
      closedThrough = close.through();
    } else if (entry instanceof Transaction tx && tx.source().isPresent()) {
      FundingSource source = FundingSource.parse(tx.source().get());
      Optional<FundingKind> kind = source.fundingKind();
      if (kind.isEmpty()) {
        return;
      }
      for (Posting p : tx.postings()) {
        Optional<Line> line = FundingAccounts.lineOf(p.account());
        if (line.isEmpty()) {
          continue;
        }
        long minor = p.amount().minor();
        FundId fund = line.get().fund();
        switch (line.get().role()) {
          case IN -> netReceipts.merge(fund, -minor, Long::sum);
          case REFUND -> netReceipts.merge(fund, -minor, Long::sum);
          case OUT -> {
            source
                .get("project")
                .ifPresent(
                    project ->
                        spent.merge(
                            key(project, fund.value(), source.get("category").orElse("-")),
                            minor,
                            Long::sum));
            source
                .get("contract")
                .ifPresent(
                    c -> {
                      paid.merge(c, minor, Long::sum);
                      paid.merge(key(c, source.get("milestone").orElse("-")), minor, Long::sum);
                    });
          }
          default -> {}
        }
      }
    }
  }

  Money netReceipts(FundId fund) {
    return money(netReceipts.getOrDefault(fund, 0L));
  }

  Money spent(String project, String fund, String category) {
    return money(spent.getOrDefault(key(project, fund, category), 0L));
  }

  Money paid(String contract) {
    return money(paid.getOrDefault(contract, 0L));
  }

  Money paid(String contract, String milestone) {
    return money(paid.getOrDefault(key(contract, milestone), 0L));
  }

  Optional<LocalDate> closedThrough() {
    return Optional.ofNullable(closedThrough);
  }

  static Money money(long minor) {
    return org.communitygov.model.ledger.Amount.ofMinor(FundingAccounts.UNIT, minor).toMoney();
  }

  private static String key(String... parts) {
    return String.join("\u0000", parts);
  }

  static boolean isFlow(Role role) {
    return FundingAccounts.flows().contains(role);
  }
}
