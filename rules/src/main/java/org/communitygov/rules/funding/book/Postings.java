package org.communitygov.rules.funding.book;

import org.communitygov.model.funding.Fund;
import org.communitygov.model.funding.FundingTransaction;
import org.communitygov.model.ledger.AccountId;
import org.communitygov.model.ledger.Amount;
import org.communitygov.model.ledger.EntryId;
import org.communitygov.model.ledger.Posting;
import org.communitygov.model.ledger.Transaction;
import org.communitygov.rules.funding.book.FundingAccounts.Role;

/**
 * The ledger transaction of an allowed funding transaction (ADR 0088): its lines balance within
 * each fund; it names the restricted purpose of the fund it takes from; its source carries the
 * dimensions.
 */
final class Postings {
  private Postings() {}

  static Transaction of(FundingTransaction tx, Fund from, Fund to) {
    Amount x = Amount.from(tx.amount());
    var b =
        Transaction.builder()
            .id(EntryId.of(tx.id()))
            .bookingDate(tx.date())
            .valueDate(tx.date())
            .memo(memo(tx))
            .source(FundingSource.of(tx).text());
    switch (tx.kind()) {
      case RECEIPT -> b.addPostings(line(Role.IN, from, x.negated()), line(Role.FUND, from, x));
      case SPEND, CONTRACT_PAYMENT ->
          b.addPostings(line(Role.FUND, from, x.negated()), line(Role.OUT, from, x));
      case REFUND -> b.addPostings(line(Role.FUND, from, x.negated()), line(Role.REFUND, from, x));
      case TRANSFER, RELEASE ->
          b.addPostings(
              line(Role.FUND, from, x.negated()),
              line(tx.kind().name().equals("RELEASE") ? Role.RELEASED : Role.TRANSFER_OUT, from, x),
              line(Role.TRANSFER_IN, to, x.negated()),
              line(Role.FUND, to, x));
    }
    if (tx.kind() != org.communitygov.model.funding.FundingKind.RECEIPT) {
      from.restriction().purpose().ifPresent(b::purpose);
    }
    return b.build();
  }

  /** A release's memo carries its authority and reason, which the disclosure shows. */
  private static String memo(FundingTransaction tx) {
    if (tx.kind() != org.communitygov.model.funding.FundingKind.RELEASE) {
      return tx.memo().orElse("");
    }
    String basis = "依据：" + tx.authority().orElse("") + "；理由：" + tx.reason().orElse("");
    return tx.memo().map(m -> basis + "；" + m).orElse(basis);
  }

  private static Posting line(Role role, Fund fund, Amount amount) {
    AccountId account = FundingAccounts.of(role, fund.id());
    return Posting.of(account, amount);
  }
}
