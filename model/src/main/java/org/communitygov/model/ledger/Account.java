package org.communitygov.model.ledger;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.communitygov.model.common.InvalidValueException;
import org.immutables.value.Value;

/**
 * An account of a ledger, as opened: its id, ledger, kind, unit, flags, owner and opening date. It
 * is the journal entry that opens the account; its balance is the fold of the postings to it.
 *
 * <p>Invariants: the kind holds the unit's family (a money kind for a currency, a time-and-points
 * kind for hours or points); a restricted-purpose account names its purpose, and only such an
 * account has one.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableAccount.class)
@JsonDeserialize(as = ImmutableAccount.class)
public abstract class Account implements Entry {
  Account() {}

  /**
   * Returns a builder.
   *
   * @return the builder, not null
   */
  public static ImmutableAccount.Builder builder() {
    return ImmutableAccount.builder();
  }

  /**
   * Returns the account's id, unique in its ledger.
   *
   * @return the id, not null
   */
  public abstract AccountId id();

  /**
   * Returns the ledger the account belongs to.
   *
   * @return the ledger, not null
   */
  public abstract LedgerId ledger();

  /**
   * Returns the kind of account.
   *
   * @return the kind, not null
   */
  public abstract AccountKind kind();

  /**
   * Returns the unit every posting to the account is in.
   *
   * @return the unit, not null
   */
  public abstract Unit unit();

  /**
   * Returns the flags.
   *
   * @return the flags, not null
   */
  public abstract Set<AccountFlag> flags();

  /**
   * Returns the owner, if any.
   *
   * @return the owner, not null
   */
  public abstract Optional<Owner> owner();

  /**
   * Returns the purpose of a restricted-purpose account, such as "elderly canteen 2026".
   *
   * @return the purpose, not null
   */
  public abstract Optional<String> purpose();

  /**
   * Returns the date the account is opened on; nothing is posted to it before.
   *
   * @return the date, not null
   */
  public abstract LocalDate openedOn();

  /**
   * Tells whether the account has a flag.
   *
   * @param flag the flag, not null
   * @return true if it has
   */
  public final boolean has(AccountFlag flag) {
    return flags().contains(flag);
  }

  @Override
  public final EntryKind entryKind() {
    return EntryKind.ACCOUNT;
  }

  @Override
  public final String key() {
    return id().value();
  }

  @Override
  public final LocalDate date() {
    return openedOn();
  }

  @Value.Check
  void check() {
    if (!kind().holds(unit().family())) {
      throw InvalidValueException.of(
          "account", "unit", "an account of kind " + kind() + " cannot hold " + unit().code());
    }
    if (has(AccountFlag.RESTRICTED_PURPOSE) != purpose().filter(p -> !p.isBlank()).isPresent()) {
      throw InvalidValueException.of(
          "account", "purpose", "a restricted-purpose account, and only it, names its purpose");
    }
    Texts.check("account", "purpose", purpose());
  }
}
