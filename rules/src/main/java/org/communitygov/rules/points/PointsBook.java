package org.communitygov.rules.points;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.communitygov.model.ledger.Account;
import org.communitygov.model.ledger.AccountId;
import org.communitygov.model.ledger.Amount;
import org.communitygov.model.ledger.Entry;
import org.communitygov.model.ledger.EntryId;
import org.communitygov.model.ledger.LedgerId;
import org.communitygov.model.ledger.Transaction;
import org.communitygov.model.points.MemberId;
import org.communitygov.model.points.Scheme;
import org.communitygov.model.points.TransactionKind;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.ledger.Ledger;
import org.communitygov.rules.ledger.Outcome;
import org.communitygov.rules.ledger.ResultCode;
import org.jspecify.annotations.Nullable;

/**
 * A scheme's book of points or hours on its ledger: it reads the member facts a policy needs from
 * the ledger, decides each request by the policy in force on its date ({@link Accruals}, {@link
 * Redemptions}, {@link Gifts}, {@link Expiries}) and posts the transaction decided. Every answer is
 * a decision with its explanation; a refusal (by the policy, or by the ledger: {@code
 * points.ledger.refused} with the ledger's code) posts nothing.
 *
 * <p>What it knows of members (balances, yearly credits, last redemptions, credits still held) is a
 * fold of the ledger's transactions, rebuilt when the book is opened on a ledger that has a
 * journal.
 *
 * <p>This class is thread-safe: calls are serialized.
 *
 * @since 0.1.0
 */
public final class PointsBook {
  private final Scheme scheme;
  private final PolicyParameters parameters;
  private final Ledger ledger;
  private final MemberHistories histories;

  /** The accruals are written with these builders, under the book's lock (ADR 0116). */
  private final AccrualScratch scratch = new AccrualScratch();

  private PointsBook(Scheme scheme, Ledger ledger) {
    this.scheme = scheme;
    this.parameters = PolicyParameters.of(scheme);
    this.ledger = ledger;
    this.histories = new MemberHistories(scheme.unit(), parameters);
  }

  /**
   * Opens a scheme's book on its ledger: opens the scheme's accounts if they are not open, and
   * folds the ledger's transactions.
   *
   * @param scheme the scheme, not null
   * @param ledger the ledger, whose journal is the scheme's (accounts of the scheme's id), not null
   * @return the book, not null
   * @throws IllegalStateException if the ledger refuses the scheme's accounts
   */
  public static PointsBook open(Scheme scheme, Ledger ledger) {
    PointsBook book =
        new PointsBook(Objects.requireNonNull(scheme, "scheme"), Objects.requireNonNull(ledger));
    for (Entry entry : ledger.entries()) {
      if (entry instanceof Account a) {
        PointsAccounts.memberOf(a.id()).ifPresent(m -> book.histories.history(m, a.id()));
      } else if (entry instanceof Transaction tx) {
        book.histories.apply(tx);
      }
    }
    for (Outcome o : ledger.post(PointsAccounts.schemeAccounts(scheme))) {
      if (!o.isAccepted()) {
        throw new IllegalStateException("the ledger refused account " + o.key() + ": " + o.code());
      }
    }
    return book;
  }

  /**
   * Returns the scheme.
   *
   * @return the scheme, not null
   */
  public Scheme scheme() {
    return scheme;
  }

  /**
   * Returns the ledger's id for a scheme: the scheme's id.
   *
   * @param scheme the scheme, not null
   * @return the ledger id, not null
   */
  public static LedgerId ledgerId(Scheme scheme) {
    return LedgerId.of(scheme.id().value());
  }

  /**
   * Opens a member's account (idempotent).
   *
   * @param member the member, not null
   * @return the ledger's outcome, not null
   */
  public synchronized Outcome join(MemberId member) {
    AccountId account = PointsAccounts.member(member);
    Outcome outcome = ledger.post(PointsAccounts.memberAccount(scheme, member, account));
    if (outcome.isAccepted()) {
      histories.history(member, account);
    }
    return outcome;
  }

  /**
   * Credits a service record by the policy in force on its date; opens the member's account if
   * needed. A record already credited answers with its transaction and posts nothing.
   *
   * @param record the record, not null
   * @return the decision, not null
   */
  public synchronized Decision<PointsOutcome> accrue(ServiceRecordInput record) {
    EntryId id = EntryKeys.of(TransactionKind.ACCRUAL.prefix() + ":" + record.record());
    Optional<Decision<PointsOutcome>> again =
        already(Accruals.ACCRUAL, TransactionKind.ACCRUAL, id.value());
    if (again.isPresent()) {
      return again.get();
    }
    Optional<PolicyTerms> terms = parameters.on(record.date());
    if (terms.isEmpty()) {
      return noPolicy(Accruals.ACCRUAL, TransactionKind.ACCRUAL, record.date());
    }
    MemberHistory history = histories.get(record.member());
    MemberFacts facts = histories.facts(history, record.date());
    AccountId account = histories.account(history, record.member());
    Decision<PointsOutcome> decision =
        Accruals.accrue(terms.get(), record, facts, id, account, scratch);
    // A member with a history has an account: the transaction is posted alone, and folded into
    // the history known.
    return history == null
        ? post(decision, record.member(), account)
        : post(decision, null, null, history);
  }

  /**
   * Credits the bonus for a referral by the policy in force on its date.
   *
   * @param referral the referral, not null
   * @return the decision, not null
   */
  public synchronized Decision<PointsOutcome> bonus(ReferralInput referral) {
    String key = EntryKeys.of(TransactionKind.BONUS.prefix() + ":" + referral.id()).value();
    Optional<Decision<PointsOutcome>> again = already(Accruals.BONUS, TransactionKind.BONUS, key);
    if (again.isPresent()) {
      return again.get();
    }
    Optional<PolicyTerms> terms = parameters.on(referral.date());
    if (terms.isEmpty()) {
      return noPolicy(Accruals.BONUS, TransactionKind.BONUS, referral.date());
    }
    MemberFacts facts = histories.facts(histories.get(referral.referrer()), referral.date());
    return post(
        Accruals.bonus(terms.get(), referral, facts),
        referral.referrer(),
        PointsAccounts.member(referral.referrer()));
  }

  /**
   * Redeems a reward by the policy in force on the request's date.
   *
   * @param request the request, not null
   * @return the decision; refused with its reason when the policy does not allow it, not null
   */
  public synchronized Decision<PointsOutcome> redeem(RedemptionRequest request) {
    String key = EntryKeys.of(TransactionKind.REDEMPTION.prefix() + ":" + request.id()).value();
    Optional<Decision<PointsOutcome>> again =
        already(Redemptions.ID, TransactionKind.REDEMPTION, key);
    if (again.isPresent()) {
      return again.get();
    }
    Optional<PolicyTerms> terms = parameters.on(request.date());
    if (terms.isEmpty()) {
      return noPolicy(Redemptions.ID, TransactionKind.REDEMPTION, request.date());
    }
    MemberFacts facts = histories.facts(histories.get(request.member()), request.date());
    return post(Redemptions.redeem(terms.get(), request, facts));
  }

  /**
   * Transfers or donates by the policy in force on the request's date.
   *
   * @param request the request, not null
   * @return the decision; refused with its reason when the policy does not allow it, not null
   */
  public synchronized Decision<PointsOutcome> give(GiftRequest request) {
    TransactionKind movement =
        request.recipient().isDonation() ? TransactionKind.DONATION : TransactionKind.TRANSFER;
    String key = EntryKeys.of(movement.prefix() + ":" + request.id()).value();
    Optional<Decision<PointsOutcome>> again = already(Gifts.ID, movement, key);
    if (again.isPresent()) {
      return again.get();
    }
    Optional<PolicyTerms> terms = parameters.on(request.date());
    if (terms.isEmpty()) {
      return noPolicy(Gifts.ID, movement, request.date());
    }
    Optional<MemberFacts> receiver =
        request.to().map(histories::get).map(h -> h.facts(request.date()));
    MemberFacts facts = histories.facts(histories.get(request.from()), request.date());
    return post(Gifts.give(terms.get(), request, facts, receiver));
  }

  /**
   * Runs the expiry job for a date: for each member (in order of id), the credits whose expiry day
   * is on or before the date return to issuance. A member whose expiry for that date was posted
   * before is skipped: running the job twice for a date posts once.
   *
   * @param date the date, not null
   * @return one decision per member with something expired (posted now or before), not null
   */
  public synchronized List<Decision<PointsOutcome>> expire(LocalDate date) {
    List<Decision<PointsOutcome>> decisions = new ArrayList<>();
    String prefix = TransactionKind.EXPIRY.prefix() + ":" + date + ":";
    Expiries.Terms terms = new Expiries.Terms(d -> parameters.on(d).orElseThrow());
    MemberTable members = histories.table();
    for (int slot : members.order()) {
      MemberId member = members.member(slot);
      EntryId id = EntryKeys.of(prefix + member.value());
      Optional<Decision<PointsOutcome>> again =
          already(Expiries.ID, TransactionKind.EXPIRY, id.value());
      if (again.isPresent()) {
        decisions.add(again.get());
        continue;
      }
      MemberHistory history = members.history(slot);
      ExpiredLots lots = history.expiredOn(date);
      if (lots.size() == 0) {
        continue;
      }
      // From the member's account instance, folded into the history known (ADR 0121).
      Decision<PointsOutcome> decision =
          Expiries.expire(scheme.unit(), member, history.account, date, id, lots, terms);
      decisions.add(post(decision, null, null, history));
    }
    return decisions;
  }

  /**
   * Returns a member's balance, the fold of the ledger.
   *
   * @param member the member, not null
   * @return the balance, or empty if the member has no account
   */
  public synchronized Optional<Amount> balance(MemberId member) {
    return ledger.balance(PointsAccounts.member(member));
  }

  /**
   * Returns the members with an account, in order of id.
   *
   * @return the members, not null
   */
  public synchronized List<MemberId> members() {
    MemberTable members = histories.table();
    int[] order = members.order();
    MemberId[] sorted = new MemberId[order.length];
    for (int i = 0; i < order.length; i++) {
      sorted[i] = members.member(order[i]);
    }
    return List.of(sorted);
  }

  /**
   * Returns a member's statement for a period.
   *
   * @param member the member, not null
   * @param from the first day, not null
   * @param to the last day, not null
   * @return the statement, or empty if the member has no account
   */
  public synchronized Optional<Statement> statement(MemberId member, LocalDate from, LocalDate to) {
    return Optional.ofNullable(
        Statement.fold(ledger.entries(), scheme.unit(), from, to, Optional.of(member)).get(member));
  }

  /**
   * Returns the ledger's transactions as exchange records, in the ledger's order (ADR 0045).
   *
   * @return the records, not null
   */
  public synchronized List<org.communitygov.model.points.PointsTransaction> transactions() {
    return PointsTransactions.all(scheme, ledger.entries());
  }

  /** The sum of a member's credits still held, which the fold keeps equal to the balance. */
  synchronized long held(MemberId member) {
    MemberHistory h = histories.get(member);
    return h == null ? 0 : h.held();
  }

  /** The answer to a request whose transaction the ledger accepted before (ADR 0106). */
  private Optional<Decision<PointsOutcome>> already(String rule, TransactionKind kind, String key) {
    return ledger.accepted(key).orElse(null) instanceof Transaction original
        ? Optional.of(BookAnswers.already(rule, kind, key, original))
        : Optional.empty();
  }

  private Decision<PointsOutcome> noPolicy(String rule, TransactionKind kind, LocalDate date) {
    return BookAnswers.noPolicy(rule, kind, date, scheme);
  }

  private Decision<PointsOutcome> post(Decision<PointsOutcome> decision) {
    return post(decision, null, null);
  }

  /**
   * Posts a decided transaction; {@code credited} is the member credited, whose account ({@code
   * account}, the instance the transaction names) is opened with it if the member has none.
   */
  private Decision<PointsOutcome> post(
      Decision<PointsOutcome> decision, @Nullable MemberId credited, @Nullable AccountId account) {
    return post(decision, credited, account, null);
  }

  /** As {@link #post(Decision, MemberId, AccountId)}, folding with a member's history known. */
  private Decision<PointsOutcome> post(
      Decision<PointsOutcome> decision,
      @Nullable MemberId credited,
      @Nullable AccountId account,
      @Nullable MemberHistory known) {
    PointsOutcome outcome = decision.outcomeOrThrow();
    Transaction tx = outcome.transactionOrNull();
    if (outcome.isRefused() || tx == null) {
      return decision;
    }
    Outcome result;
    if (credited != null && account != null && !histories.has(credited)) {
      List<Outcome> results =
          ledger.postLinked(List.of(PointsAccounts.memberAccount(scheme, credited, account), tx));
      // The transaction's outcome, or the account's if that was the one refused.
      result =
          results.get(1).result() == ResultCode.LINKED_ENTRY_FAILED
              ? results.get(0)
              : results.get(1);
      if (result.isAccepted()) {
        histories.history(credited, account);
      }
    } else {
      result = ledger.post(tx);
    }
    if (!result.isAccepted()) {
      return Decision.of(
          decision.ruleId(), outcome.refusedByLedger(result.code()), decision.explanation());
    }
    if (result.result() == ResultCode.ACCEPTED) {
      // The book names each transaction by its movement's prefix (acc:, bon:, red:, tr:, don:,
      // exp:): the movement is the kind the id names, known without reading it back.
      histories.apply(tx, outcome.movement(), known);
    }
    return decision;
  }
}
