package org.communitygov.model.ledger;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communitygov.model.common.InvalidValueException;
import org.immutables.value.Value;

/**
 * One record of a ledger exchange document: exactly one account or one transaction, written {@code
 * {"account": …}} or {@code {"transaction": …}}. A stream of records carries a ledger's accounts
 * and the transactions between them in one document, so that a posting can be checked against the
 * accounts (docs/adr/0058-ledger-exchange-kind.md).
 *
 * <p>This is the wire form of an exchange, not the journal: the canonical form the journal hashes
 * is written by {@code org.communitygov.rules.ledger} and does not change with it.
 *
 * <p>Invariants: exactly one member ({@code ledgerRecord.oneOf}); a transaction's postings sum to
 * zero in every unit ({@code transaction.unbalanced}, pointing at the postings, with the {@code
 * unit} and its {@code sum}), and are in one unit ({@code transaction.mixedUnits}, pointing at the
 * first posting's unit that differs, with the {@code unit} and the {@code otherUnit}). The two are
 * checked in this order, the order of precedence of the result codes {@code unbalanced} and {@code
 * mixed_units} when the transaction is posted.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableLedgerRecord.class)
@JsonDeserialize(as = ImmutableLedgerRecord.class)
public abstract class LedgerRecord {
  LedgerRecord() {}

  /**
   * Obtains the record of an account.
   *
   * @param account the account, not null
   * @return the record, not null
   */
  public static LedgerRecord of(Account account) {
    return ImmutableLedgerRecord.builder().account(account).build();
  }

  /**
   * Obtains the record of a transaction.
   *
   * @param transaction the transaction, not null
   * @return the record, not null
   * @throws InvalidValueException if the postings do not sum to zero per unit ({@code
   *     transaction.unbalanced}) or are in more than one unit ({@code transaction.mixedUnits})
   */
  public static LedgerRecord of(Transaction transaction) {
    return ImmutableLedgerRecord.builder().transaction(transaction).build();
  }

  /**
   * Returns the account, if this record is one.
   *
   * @return the account, not null
   */
  public abstract Optional<@Valid Account> account();

  /**
   * Returns the transaction, if this record is one.
   *
   * @return the transaction, not null
   */
  public abstract Optional<@Valid Transaction> transaction();

  /**
   * Returns the account or the transaction this record holds.
   *
   * @return the entry, not null
   */
  public final Entry entry() {
    return account().<Entry>map(a -> a).orElseGet(() -> transaction().orElseThrow());
  }

  @Value.Check
  void check() {
    if (account().isPresent() == transaction().isPresent()) {
      throw InvalidValueException.of(
          "ledgerRecord", "oneOf", "a ledger record holds exactly one of account and transaction");
    }
    transaction().ifPresent(LedgerRecord::checkBalanced);
  }

  private static void checkBalanced(Transaction transaction) {
    List<Unit> units = new ArrayList<>();
    List<Long> sums = new ArrayList<>();
    int otherUnit = -1;
    List<Posting> postings = transaction.postings();
    for (int i = 0; i < postings.size(); i++) {
      Amount amount = postings.get(i).amount();
      int index = units.indexOf(amount.unit());
      if (index < 0) {
        units.add(amount.unit());
        sums.add(amount.minor());
        otherUnit = otherUnit < 0 && i > 0 ? i : otherUnit;
      } else {
        // At most 10^15 a posting: an overflow needs thousands of postings, and is unbalanced.
        long sum = sums.get(index);
        long next = sum + amount.minor();
        sums.set(index, ((sum ^ next) & (amount.minor() ^ next)) < 0 ? Long.MAX_VALUE : next);
      }
    }
    for (int u = 0; u < units.size(); u++) {
      if (sums.get(u) != 0) {
        Map<String, String> arguments = new LinkedHashMap<>();
        arguments.put("unit", units.get(u).code());
        arguments.put(
            "sum",
            sums.get(u) == Long.MAX_VALUE
                ? "overflow"
                : BigDecimal.valueOf(sums.get(u), units.get(u).scale()).toPlainString());
        throw InvalidValueException.of(
            "transaction",
            "unbalanced",
            "the postings of a transaction sum to zero in every unit",
            "/transaction/postings",
            arguments);
      }
    }
    if (otherUnit > 0) {
      Map<String, String> arguments = new LinkedHashMap<>();
      arguments.put("unit", units.get(0).code());
      arguments.put("otherUnit", postings.get(otherUnit).amount().unit().code());
      throw InvalidValueException.of(
          "transaction",
          "mixedUnits",
          "the postings of a transaction are in one unit",
          "/transaction/postings/" + otherUnit + "/unit",
          arguments);
    }
  }
}
