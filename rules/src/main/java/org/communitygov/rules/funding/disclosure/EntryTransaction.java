package org.communitygov.rules.funding.disclosure;

import org.communitygov.model.ledger.Transaction;
import org.jspecify.annotations.Nullable;

/** A ledger transaction held in memory, as the fold reads it. */
record EntryTransaction(Transaction tx) implements FoldedTransaction {
  @Override
  public int date() {
    return FoldedTransaction.day(tx.valueDate());
  }

  @Override
  public String dateText() {
    return tx.valueDate().toString();
  }

  @Override
  public @Nullable String source() {
    return tx.source().orElse(null);
  }

  @Override
  public int postings() {
    return tx.postings().size();
  }

  @Override
  public String account(int i) {
    return tx.postings().get(i).account().value();
  }

  @Override
  public long fen(int i) {
    return tx.postings().get(i).amount().minor();
  }

  @Override
  public String id() {
    return tx.id().value();
  }

  @Override
  public String memo() {
    return tx.memo();
  }
}
