package org.communitygov.rules.funding.book;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.communitygov.model.community.CommunityId;
import org.communitygov.model.funding.Fund;
import org.communitygov.model.funding.FundId;
import org.communitygov.model.ledger.Account;
import org.communitygov.model.ledger.AccountFlag;
import org.communitygov.model.ledger.AccountId;
import org.communitygov.model.ledger.AccountKind;
import org.communitygov.model.ledger.LedgerId;
import org.communitygov.model.ledger.Owner;
import org.communitygov.model.ledger.OwnerKind;
import org.communitygov.model.ledger.Unit;

/**
 * The accounts of a fund on a community's funding ledger (ADR 0088): {@code fund:F} (the money,
 * never overdrawn, restricted to the fund's purpose while restricted), {@code in:F} (receipts),
 * {@code out:F} (spending and contract payments), {@code ref:F} (refunds), {@code xin:F} and {@code
 * xout:F} (transfers), {@code rel:F} (released from restriction) and {@code net:F} (closing
 * entries). Every account is owned by the fund, so the fund of every posting line is its account's
 * owner.
 *
 * @since 0.1.0
 */
public final class FundingAccounts {
  /** The unit of every funding ledger. */
  public static final Unit UNIT = Unit.CNY;

  /** The role of an account in its fund: the prefix of its id. */
  public enum Role {
    /** The fund's money. */
    FUND("fund", AccountKind.ASSET),
    /** Receipts. */
    IN("in", AccountKind.INCOME),
    /** Spending and contract payments. */
    OUT("out", AccountKind.EXPENSE),
    /** Refunds to the grantor. */
    REFUND("ref", AccountKind.EXPENSE),
    /** Transfers in. */
    TRANSFER_IN("xin", AccountKind.EQUITY),
    /** Transfers out. */
    TRANSFER_OUT("xout", AccountKind.EQUITY),
    /** Released from restriction. */
    RELEASED("rel", AccountKind.EQUITY),
    /** Closing entries. */
    NET("net", AccountKind.EQUITY);

    private final String prefix;
    private final AccountKind kind;

    Role(String prefix, AccountKind kind) {
      this.prefix = prefix;
      this.kind = kind;
    }

    /**
     * Returns the prefix of the account ids of this role.
     *
     * @return the prefix, such as {@code fund}, not null
     */
    public String prefix() {
      return prefix;
    }
  }

  private FundingAccounts() {}

  /**
   * Returns the id of the funding ledger of a community.
   *
   * @param community the community, not null
   * @return the ledger id, {@code funding-<community>}, not null
   */
  public static LedgerId ledger(CommunityId community) {
    return LedgerId.of("funding-" + community.value());
  }

  /**
   * Returns the account of a fund in a role.
   *
   * @param role the role, not null
   * @param fund the fund, not null
   * @return the account id, such as {@code fund:F-MEAL}, not null
   */
  public static AccountId of(Role role, FundId fund) {
    return AccountId.of(role.prefix + ":" + fund.value());
  }

  /**
   * Returns the fund and role of an account of a funding ledger.
   *
   * @param account the account, not null
   * @return the fund and role, empty if the account is not a fund's, not null
   */
  public static Optional<Line> lineOf(AccountId account) {
    String value = account.value();
    int colon = value.indexOf(':');
    if (colon < 0) {
      return Optional.empty();
    }
    String prefix = value.substring(0, colon);
    for (Role role : Role.values()) {
      if (role.prefix.equals(prefix)) {
        return Optional.of(new Line(FundId.of(value.substring(colon + 1)), role));
      }
    }
    return Optional.empty();
  }

  /**
   * A posting line's fund and role.
   *
   * @param fund the fund, not null
   * @param role the role, not null
   */
  public record Line(FundId fund, Role role) {}

  /**
   * Returns the account entries that open a fund's accounts.
   *
   * @param fund the fund, not null
   * @param openedOn the date they open, not null
   * @return the accounts, {@code fund:F} first, not null
   */
  public static List<Account> open(Fund fund, LocalDate openedOn) {
    LedgerId ledger = ledger(fund.community());
    List<Account> accounts = new ArrayList<>();
    for (Role role : Role.values()) {
      var builder =
          Account.builder()
              .id(of(role, fund.id()))
              .ledger(ledger)
              .kind(role.kind)
              .unit(UNIT)
              .owner(Owner.of(OwnerKind.FUND, fund.id().value()))
              .openedOn(openedOn);
      if (role == Role.FUND) {
        builder.addFlags(AccountFlag.OVERDRAFT_FORBIDDEN);
        fund.restriction()
            .purpose()
            .ifPresent(p -> builder.addFlags(AccountFlag.RESTRICTED_PURPOSE).purpose(p));
      }
      accounts.add(builder.build());
    }
    return accounts;
  }

  static Set<Role> flows() {
    return Set.of(
        Role.IN, Role.OUT, Role.REFUND, Role.TRANSFER_IN, Role.TRANSFER_OUT, Role.RELEASED);
  }
}
