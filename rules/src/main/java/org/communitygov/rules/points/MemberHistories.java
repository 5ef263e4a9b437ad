package org.communitygov.rules.points;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communitygov.model.ledger.AccountId;
import org.communitygov.model.ledger.Posting;
import org.communitygov.model.ledger.Transaction;
import org.communitygov.model.ledger.Unit;
import org.communitygov.model.points.MemberId;
import org.communitygov.model.points.TransactionKind;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link PointsBook} knows of its members: each member's {@link MemberHistory}, folded from
 * the ledger's transactions, found by the member or by the member's account. The transactions
 * posted are the ledger's to find by key (ADR 0106).
 *
 * <p>Not thread-safe: its book serializes access.
 */
final class MemberHistories {
  private final Unit unit;
  private final PolicyParameters parameters;
  private final MemberTable members = new MemberTable();
  // The same histories by the members' accounts, as the postings name them.
  private final Map<AccountId, MemberHistory> byAccount = new HashMap<>();

  // The facts of a member with nothing yet, whatever the date (no balance, no credit in any year,
  // no redemption): made once, not a history made and dropped for each new member's first record.
  private final MemberFacts nothing;

  MemberHistories(Unit unit, PolicyParameters parameters) {
    this.unit = unit;
    this.parameters = parameters;
    this.nothing = new MemberHistory(unit, PointsAccounts.ISSUANCE).facts(LocalDate.EPOCH);
  }

  /** A member's history; null if the member has no account. */
  @Nullable MemberHistory get(MemberId member) {
    return members.get(member);
  }

  boolean has(MemberId member) {
    return members.contains(member);
  }

  /**
   * A member's facts on a date: those of a member with nothing yet if the member has no account.
   */
  MemberFacts facts(@Nullable MemberHistory history, LocalDate date) {
    return history == null ? nothing : history.facts(date);
  }

  /** The member's account: the instance the book's postings name, or a new one for a new member. */
  AccountId account(@Nullable MemberHistory history, MemberId member) {
    return history == null ? PointsAccounts.member(member) : history.account;
  }

  /** The members' table, to walk in order of id ({@link MemberTable#order()}). */
  MemberTable table() {
    return members;
  }

  /** A member's history, made (and found by the member's account) when first needed. */
  MemberHistory history(MemberId member) {
    MemberHistory h = members.get(member);
    return h != null ? h : history(member, PointsAccounts.member(member));
  }

  /** A member's history, made with the account instance its postings name if it is new. */
  MemberHistory history(MemberId member, AccountId account) {
    MemberHistory h = members.get(member);
    if (h == null) {
      h = new MemberHistory(unit, account);
      members.put(member, h);
      byAccount.put(account, h);
    }
    return h;
  }

  /** Folds one transaction of the ledger into the members' histories. */
  void apply(Transaction tx) {
    apply(tx, TransactionKind.ofTransaction(tx.id().value()).orElse(null), null);
  }

  /**
   * Folds one transaction of the ledger into the members' histories; {@code kind} is the kind its
   * id names ({@link TransactionKind#ofTransaction}, null for none), known to the book that made
   * it; {@code known} is the history of a member the transaction may name (found by its account's
   * instance), or null.
   */
  void apply(Transaction tx, @Nullable TransactionKind kind, @Nullable MemberHistory known) {
    LocalDate date = tx.valueDate();
    // By index: the postings' iterator (and its unmodifiable wrapper's) is made for nothing.
    List<Posting> postings = tx.postings();
    for (int i = 0; i < postings.size(); i++) {
      Posting p = postings.get(i);
      if (PointsAccounts.isSchemeInstance(p.account())) {
        continue;
      }
      MemberHistory h =
          known != null && known.account == p.account() ? known : byAccount.get(p.account());
      if (h == null) {
        Optional<MemberId> member = PointsAccounts.memberOf(p.account());
        if (member.isEmpty()) {
          continue;
        }
        h = history(member.get());
      }
      long minor = p.amount().minor();
      if (minor > 0) {
        h.credit(date, minor, expiresOn(date), kind == TransactionKind.ACCRUAL);
      } else if (kind == TransactionKind.EXPIRY) {
        if (h.expirable(date) == -minor) {
          h.expire(date);
        } else {
          h.debit(-minor, date, false);
        }
      } else {
        h.debit(-minor, date, kind == TransactionKind.REDEMPTION);
      }
    }
  }

  /** The day a credit of a date expires by the policy in force on it; null if it does not. */
  private @Nullable LocalDate expiresOn(LocalDate date) {
    Optional<PolicyTerms> terms = parameters.on(date);
    return terms.isPresent() ? terms.get().creditsExpireOn.orElse(null) : null;
  }
}
