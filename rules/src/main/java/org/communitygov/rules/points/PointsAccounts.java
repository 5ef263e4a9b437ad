package org.communitygov.rules.points;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.communitygov.model.ledger.Account;
import org.communitygov.model.ledger.AccountFlag;
import org.communitygov.model.ledger.AccountId;
import org.communitygov.model.ledger.AccountKind;
import org.communitygov.model.ledger.LedgerId;
import org.communitygov.model.ledger.Owner;
import org.communitygov.model.ledger.OwnerKind;
import org.communitygov.model.points.MemberId;
import org.communitygov.model.points.Scheme;

/**
 * The accounts of a scheme's ledger: {@code issuance} (the other side of every credit, and where
 * expired credits return), {@code redemption}, {@code pool} (the community pool), {@code donations}
 * (what the storage cap and group hours send to donation) and one {@code m:<member>} account per
 * member, which may not be overdrawn. All open on the scheme's first policy date.
 *
 * @since 0.1.0
 */
public final class PointsAccounts {
  /** Where credits are issued from, and expired credits return to. */
  public static final AccountId ISSUANCE = AccountId.of("issuance");

  /** Where redeemed credits go. */
  public static final AccountId REDEMPTION = AccountId.of("redemption");

  /** The community pool that members donate to. */
  public static final AccountId POOL = AccountId.of("pool");

  /** Credits sent to donation: above the storage cap, and group hours. */
  public static final AccountId DONATIONS = AccountId.of("donations");

  static final String MEMBER_PREFIX = "m:";

  private PointsAccounts() {}

  /**
   * Returns the account of a member.
   *
   * @param member the member, not null
   * @return the account id, not null
   * @throws org.communitygov.model.common.InvalidValueException if the member's id is longer than
   *     62 characters
   */
  public static AccountId member(MemberId member) {
    return AccountId.of(MEMBER_PREFIX + member.value());
  }

  /**
   * Returns the member whose account this is.
   *
   * @param account the account, not null
   * @return the member, or empty for a scheme account
   */
  public static Optional<MemberId> memberOf(AccountId account) {
    return account.value().startsWith(MEMBER_PREFIX)
        ? Optional.of(MemberId.of(account.value().substring(MEMBER_PREFIX.length())))
        : Optional.empty();
  }

  /**
   * Whether an account id is one of the scheme accounts' own instances ({@link #ISSUANCE}, …),
   * which the book's postings name: a check by identity that spares a map lookup for most postings.
   * False says nothing: an equal id read from a journal is another instance.
   */
  static boolean isSchemeInstance(AccountId account) {
    return account == ISSUANCE || account == DONATIONS || account == REDEMPTION || account == POOL;
  }

  static List<Account> schemeAccounts(Scheme scheme) {
    return List.of(
        account(scheme, ISSUANCE, AccountKind.ISSUANCE, Set.of(), Optional.empty()),
        account(scheme, REDEMPTION, AccountKind.REDEMPTION, Set.of(), Optional.empty()),
        account(scheme, POOL, AccountKind.COMMUNITY_POOL, Set.of(), Optional.empty()),
        account(scheme, DONATIONS, AccountKind.DONATION, Set.of(), Optional.empty()));
  }

  static Account memberAccount(Scheme scheme, MemberId member) {
    return memberAccount(scheme, member, member(member));
  }

  /** A member's account under the id instance given (the member's {@link #member(MemberId)}). */
  static Account memberAccount(Scheme scheme, MemberId member, AccountId id) {
    return account(
        scheme,
        id,
        AccountKind.MEMBER,
        Set.of(AccountFlag.OVERDRAFT_FORBIDDEN),
        Optional.of(Owner.of(OwnerKind.PERSON, member.value())));
  }

  static LocalDate openedOn(Scheme scheme) {
    return scheme.policies().get(0).effectiveFrom();
  }

  private static Account account(
      Scheme scheme,
      AccountId id,
      AccountKind kind,
      Set<AccountFlag> flags,
      Optional<Owner> owner) {
    return Account.builder()
        .id(id)
        .ledger(LedgerId.of(scheme.id().value()))
        .kind(kind)
        .unit(scheme.unit())
        .flags(flags)
        .owner(owner)
        .openedOn(openedOn(scheme))
        .build();
  }
}
