package org.communitygov.rules.funding.disclosure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.communitygov.model.ledger.Entry;
import org.communitygov.model.ledger.Transaction;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.funding.book.FundBook;
import org.communitygov.rules.funding.book.FundingSource;
import org.communitygov.rules.funding.disclosure.DisclosureDueInput.Item;

/**
 * What of a fund book's disclosure is due on a day, and what is overdue ({@link DisclosureDue}):
 * the finances, counted from their last publication, and each major matter posted after it, counted
 * from its transaction's date (the day it was decided, as far as the ledger knows).
 *
 * @since 0.1.0
 */
public final class DisclosureDues {
  private DisclosureDues() {}

  /**
   * A disclosure item and its decision.
   *
   * @param item the kind of item, not null
   * @param transaction the major matter's transaction id, empty for the finances, not null
   * @param since the day counted from, not null
   * @param decision the rule's decision on the day asked, not null
   */
  public record Due(
      Item item,
      Optional<String> transaction,
      LocalDate since,
      Decision<DisclosureDue.Result> decision) {
    /**
     * Returns the outcome.
     *
     * @return whether it is overdue and the last day it may be published on, not null
     */
    public DisclosureDue.Result result() {
      return decision.outcomeOrThrow();
    }
  }

  /**
   * Decides what is due on a day: the finances first, then each major matter dated after the last
   * publication and on or before the day, in the journal's order.
   *
   * @param book the book, its transactions posted, not null
   * @param published the day the finances were last published, not null
   * @param frequent whether the finances have frequent transactions (monthly, not quarterly)
   * @param on the day asked, not null
   * @return the items with their decisions, not null
   */
  public static List<Due> of(FundBook book, LocalDate published, boolean frequent, LocalDate on) {
    List<Due> dues = new ArrayList<>();
    dues.add(
        due(
            book,
            DisclosureDueInput.builder().item(Item.FINANCE).since(published).frequent(frequent),
            Optional.empty(),
            published,
            on));
    for (Entry e : book.ledger().entries()) {
      if (!(e instanceof Transaction tx) || tx.source().isEmpty()) {
        continue;
      }
      LocalDate date = tx.valueDate();
      FundingSource source = FundingSource.parse(tx.source().get());
      if (source.fundingKind().isPresent()
          && source.get("major").isPresent()
          && date.isAfter(published)
          && !date.isAfter(on)) {
        dues.add(
            due(
                book,
                DisclosureDueInput.builder().item(Item.MAJOR).since(date),
                Optional.of(tx.id().value()),
                date,
                on));
      }
    }
    return dues;
  }

  private static Due due(
      FundBook book,
      ImmutableDisclosureDueInput.Builder input,
      Optional<String> transaction,
      LocalDate since,
      LocalDate on) {
    DisclosureDueInput in = input.build();
    return new Due(
        in.item().orElseThrow(),
        transaction,
        since,
        DisclosureDue.rule().evaluate(in, book.context(on)));
  }
}
