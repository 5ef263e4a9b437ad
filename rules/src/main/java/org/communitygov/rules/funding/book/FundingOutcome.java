package org.communitygov.rules.funding.book;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.communitygov.model.ledger.Posting;
import org.communitygov.model.ledger.Transaction;
import org.communitygov.rules.engine.LocalizedText;
import org.communitygov.rules.engine.Outcome;

/**
 * What the funding rules decided: the ledger transactions to post (one for a funding transaction,
 * one per fund and a period close for a close), with any flags (such as a payment to a provider
 * whose performance evaluation failed), or a refusal with its reason, which posts nothing.
 *
 * <p>Its code is the action ({@code RECEIPT}, {@code SPEND}, …, {@code CLOSE}) or {@code REFUSED};
 * its details are the action, the transactions and their postings, the flags and the reason.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class FundingOutcome implements Outcome {
  /** The flag of a payment to a provider whose latest performance evaluation failed. */
  public static final String EVALUATION_FAILED = "funding.contract.evaluationFailed";

  /**
   * The flag of a contract payment dated after the contract's last day, for a milestone met within
   * the term (the final payment after acceptance; ADR 0098).
   */
  public static final String AFTER_TERM = "funding.contract.afterTerm";

  private final String action;
  private final List<Transaction> transactions;
  private final List<String> flags;
  private final FundingRefusal refusal;
  private final String ledgerCode;
  private final LocalDate closes;

  private FundingOutcome(
      String action,
      List<Transaction> transactions,
      List<String> flags,
      FundingRefusal refusal,
      String ledgerCode,
      LocalDate closes) {
    this.action = Objects.requireNonNull(action, "action");
    this.transactions = List.copyOf(transactions);
    this.flags = List.copyOf(flags);
    this.refusal = refusal;
    this.ledgerCode = ledgerCode;
    this.closes = closes;
  }

  static FundingOutcome posting(String action, List<Transaction> txs, List<String> flags) {
    return new FundingOutcome(action, txs, flags, null, null, null);
  }

  static FundingOutcome refused(String action, FundingRefusal refusal) {
    return new FundingOutcome(
        action, List.of(), List.of(), Objects.requireNonNull(refusal), null, null);
  }

  static FundingOutcome closing(List<Transaction> txs, LocalDate through) {
    return new FundingOutcome("CLOSE", txs, List.of(), null, null, through);
  }

  /**
   * Returns the last day of the period a close closes.
   *
   * @return the date, empty unless this is a close, not null
   */
  public Optional<LocalDate> closes() {
    return Optional.ofNullable(closes);
  }

  FundingOutcome refusedByLedger(String code) {
    return new FundingOutcome(action, transactions, flags, FundingRefusal.LEDGER, code, closes);
  }

  /**
   * Returns the action asked for: a funding kind's name or {@code CLOSE}.
   *
   * @return the action, not null
   */
  public String action() {
    return action;
  }

  /**
   * Returns the transactions to post (or that the ledger refused).
   *
   * @return the transactions, not null
   */
  public List<Transaction> transactions() {
    return transactions;
  }

  /**
   * Returns the flags raised, such as {@link #EVALUATION_FAILED}.
   *
   * @return the flags, not null
   */
  public List<String> flags() {
    return flags;
  }

  /**
   * Returns why it was refused, if it was.
   *
   * @return the reason, not null
   */
  public Optional<FundingRefusal> refusal() {
    return Optional.ofNullable(refusal);
  }

  /**
   * Returns the ledger's result code when the ledger refused.
   *
   * @return the code, such as {@code closed_period}, not null
   */
  public Optional<String> ledgerCode() {
    return Optional.ofNullable(ledgerCode);
  }

  /**
   * Tells whether it was refused.
   *
   * @return true if refused
   */
  public boolean isRefused() {
    return refusal != null;
  }

  @Override
  public String code() {
    return refusal != null ? "REFUSED" : action;
  }

  @Override
  public Map<String, String> details() {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("action", action);
    List<String> lines = new ArrayList<>();
    for (Transaction tx : transactions) {
      lines.add(
          tx.id().value()
              + ": "
              + tx.postings().stream().map(Posting::toString).collect(Collectors.joining(", ")));
    }
    if (!lines.isEmpty()) {
      details.put("transactions", String.join("; ", lines));
    }
    if (!flags.isEmpty()) {
      details.put("flags", String.join(",", flags));
    }
    if (closes != null) {
      details.put("closedThrough", closes.toString());
    }
    if (refusal != null) {
      details.put("reason", refusal.code());
    }
    if (ledgerCode != null) {
      details.put("ledgerCode", ledgerCode);
    }
    return details;
  }

  @Override
  public Optional<LocalizedText> displayName() {
    return Optional.of(
        refusal != null
            ? LocalizedText.of("不予入账", "Refused")
            : flags.isEmpty()
                ? LocalizedText.of("入账", "Posted")
                : LocalizedText.of("入账（有提示）", "Posted, flagged"));
  }

  @Override
  public boolean equals(Object obj) {
    return obj == this
        || (obj instanceof FundingOutcome o
            && o.action.equals(action)
            && o.transactions.equals(transactions)
            && o.flags.equals(flags)
            && o.refusal == refusal
            && Objects.equals(o.ledgerCode, ledgerCode)
            && Objects.equals(o.closes, closes));
  }

  @Override
  public int hashCode() {
    return Objects.hash(action, transactions, flags, refusal, ledgerCode, closes);
  }

  @Override
  public String toString() {
    return code() + details();
  }
}
