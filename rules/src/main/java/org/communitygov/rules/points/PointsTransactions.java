package org.communitygov.rules.points;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.communitygov.model.ledger.Entry;
import org.communitygov.model.ledger.Posting;
import org.communitygov.model.ledger.Transaction;
import org.communitygov.model.points.PointsPosting;
import org.communitygov.model.points.PointsTransaction;
import org.communitygov.model.points.Scheme;
import org.communitygov.model.points.SchemePolicy;
import org.communitygov.model.points.TransactionId;
import org.communitygov.model.points.TransactionKind;

/**
 * A scheme's ledger transactions as exchange records ({@link PointsTransaction}, ADR 0045): each
 * names the policy in force on its value date, its movement (from its id's prefix), its source and
 * its memo as the reason.
 *
 * @since 0.1.0
 */
public final class PointsTransactions {
  private PointsTransactions() {}

  /**
   * Returns the record of one transaction of a scheme's ledger.
   *
   * @param scheme the scheme, not null
   * @param tx a transaction of its ledger, not null
   * @return the record, or empty if no policy of the scheme is in force on its value date
   */
  public static Optional<PointsTransaction> of(Scheme scheme, Transaction tx) {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(tx, "tx");
    Optional<SchemePolicy> policy = scheme.policyOn(tx.valueDate());
    if (policy.isEmpty()) {
      return Optional.empty();
    }
    TransactionKind movement =
        TransactionKind.ofTransaction(tx.id().value()).orElse(TransactionKind.OTHER);
    List<PointsPosting> postings = new ArrayList<>();
    for (Posting p : tx.postings()) {
      postings.add(PointsPosting.of(p.account().value(), p.amount().decimal()));
    }
    return Optional.of(
        PointsTransaction.builder()
            .id(TransactionId.of(tx.id().value()))
            .scheme(scheme.id())
            .kind(movement)
            .date(tx.valueDate())
            .policy(policy.get().effectiveFrom())
            .source(tx.source())
            .reason(tx.memo().isBlank() ? tx.id().value() : tx.memo())
            .postings(postings)
            .build());
  }

  /**
   * Returns the records of the transactions among a scheme's ledger entries, in the ledger's order.
   *
   * @param scheme the scheme, not null
   * @param entries the entries of its ledger, not null
   * @return the records, not null
   */
  public static List<PointsTransaction> all(Scheme scheme, List<? extends Entry> entries) {
    List<PointsTransaction> records = new ArrayList<>();
    for (Entry entry : entries) {
      if (entry instanceof Transaction tx) {
        of(scheme, tx).ifPresent(records::add);
      }
    }
    return records;
  }
}
