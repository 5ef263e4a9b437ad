package org.communitygov.api.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communitygov.model.ledger.Account;
import org.communitygov.model.ledger.LedgerRecord;
import org.communitygov.model.ledger.Posting;
import org.communitygov.model.ledger.Transaction;

/**
 * The links of a {@link RecordKind#LEDGER} document (ADR 0062, ADR 0058).
 *
 * <ul>
 *   <li>An account declares its id, open to postings from the day it is opened on; all accounts of
 *       a document are of one ledger.
 *   <li>An account declares its id with its unit; a posting in another unit than its account's is
 *       {@code reference.value.differs} at the posting's unit (what {@code Ledger.post} answers
 *       {@code account_unit_mismatch}, ADR 0099).
 *   <li>A transaction declares its id, open to reversals from its booking date on. Each posting
 *       refers to its account (an error if the document does not hold it), on the transaction's
 *       earliest date (booking or value date). A reversal refers to the transaction it reverses (a
 *       warning if absent: it may be in an earlier document).
 * </ul>
 *
 * <p>Dates are days; a day is taken as its first instant in UTC, for the windows only.
 */
final class LedgerLinks implements LinkDeclaration {
  static final LedgerLinks INSTANCE = new LedgerLinks();

  private static final Map<String, String> KEYS =
      Map.of("/account/id", "account", "/transaction/id", "transaction");

  private LedgerLinks() {}

  @Override
  public Links links(Object record) {
    LedgerRecord entry = (LedgerRecord) record;
    if (entry.account().isPresent()) {
      Account account = entry.account().get();
      return new Links(
          List.of(
              new Links.Key(
                  "account",
                  account.id().value(),
                  "/account/id",
                  Links.Window.from(start(account.openedOn())),
                  Optional.of(account.unit().code()))),
          List.of(),
          List.of(new Links.Shared("ledger", account.ledger().value(), "/account/ledger")));
    }
    Transaction transaction = entry.transaction().orElseThrow();
    Links.Window on = Links.Window.at(start(transaction.earliestDate()));
    List<Links.Reference> references = new ArrayList<>();
    for (int i = 0; i < transaction.postings().size(); i++) {
      Posting posting = transaction.postings().get(i);
      String at = "/transaction/postings/" + i;
      references.add(
          new Links.Reference(
              "account",
              posting.account().value(),
              at + "/account",
              Severity.ERROR,
              on,
              Optional.of(new Links.Same("unit", posting.amount().unit().code(), at + "/unit"))));
    }
    transaction
        .reverses()
        .ifPresent(
            reversed ->
                references.add(
                    new Links.Reference(
                        "transaction",
                        reversed.value(),
                        "/transaction/reverses",
                        Severity.WARNING,
                        Links.Window.at(start(transaction.bookingDate())))));
    return new Links(
        List.of(
            new Links.Key(
                "transaction",
                transaction.id().value(),
                "/transaction/id",
                Links.Window.from(start(transaction.bookingDate())))),
        references,
        List.of());
  }

  private static Instant start(LocalDate date) {
    return date.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  @Override
  public Map<String, String> keyPointers() {
    return KEYS;
  }
}
