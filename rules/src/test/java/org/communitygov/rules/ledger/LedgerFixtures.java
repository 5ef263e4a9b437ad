package org.communitygov.rules.ledger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.communitygov.model.ledger.Account;
import org.communitygov.model.ledger.AccountClosure;
import org.communitygov.model.ledger.AccountFlag;
import org.communitygov.model.ledger.AccountId;
import org.communitygov.model.ledger.AccountKind;
import org.communitygov.model.ledger.Amount;
import org.communitygov.model.ledger.BalanceAssertion;
import org.communitygov.model.ledger.EntryId;
import org.communitygov.model.ledger.ImmutableTransaction;
import org.communitygov.model.ledger.LedgerId;
import org.communitygov.model.ledger.Owner;
import org.communitygov.model.ledger.OwnerKind;
import org.communitygov.model.ledger.PendingOutcome;
import org.communitygov.model.ledger.PeriodClose;
import org.communitygov.model.ledger.Posting;
import org.communitygov.model.ledger.Transaction;
import org.communitygov.model.ledger.Unit;

/** Entries of a small time bank, and a clock whose today is 2026-03-31. */
final class LedgerFixtures {
  static final LedgerId LEDGER = LedgerId.of("heping-time-bank");
  static final LocalDate OPENED = LocalDate.parse("2026-01-01");
  static final LocalDate TODAY = LocalDate.parse("2026-03-31");
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-31T08:00:00Z"), ZoneOffset.UTC);

  private LedgerFixtures() {}

  static Account account(String id, AccountKind kind, Unit unit, AccountFlag... flags) {
    return Account.builder()
        .id(AccountId.of(id))
        .ledger(LEDGER)
        .kind(kind)
        .unit(unit)
        .openedOn(OPENED)
        .addFlags(flags)
        .build();
  }

  /** The issuance account, two members that cannot overdraw, and a points pool. */
  static List<Account> accounts() {
    return List.of(
        account("issuance", AccountKind.ISSUANCE, Unit.HOUR),
        Account.builder()
            .from(account("m1", AccountKind.MEMBER, Unit.HOUR, AccountFlag.OVERDRAFT_FORBIDDEN))
            .owner(Owner.of(OwnerKind.PERSON, "P0001"))
            .build(),
        account("m2", AccountKind.MEMBER, Unit.HOUR, AccountFlag.OVERDRAFT_FORBIDDEN),
        account("points", AccountKind.COMMUNITY_POOL, Unit.POINT));
  }

  static Posting posting(String account, String amount) {
    return Posting.of(AccountId.of(account), Amount.parse(amount));
  }

  static ImmutableTransaction.Builder tx(String id, String date, Posting... postings) {
    return Transaction.builder()
        .id(EntryId.of(id))
        .bookingDate(LocalDate.parse(date))
        .valueDate(LocalDate.parse(date))
        .addPostings(postings);
  }

  /** Moves hours from one account to another. */
  static Transaction move(String id, String date, String from, String to, String hours) {
    return tx(id, date, posting(from, "-" + hours + " HOUR"), posting(to, hours + " HOUR")).build();
  }

  static Transaction reversal(String id, String date, Transaction of) {
    List<Posting> negated = new ArrayList<>();
    of.postings().forEach(p -> negated.add(p.negated()));
    return Transaction.builder()
        .id(EntryId.of(id))
        .bookingDate(LocalDate.parse(date))
        .valueDate(LocalDate.parse(date))
        .postings(negated)
        .reverses(of.id())
        .memo("reverses " + of.id())
        .build();
  }

  static PendingOutcome outcome(
      String id, String pending, String date, PendingOutcome.Resolution r) {
    return PendingOutcome.builder()
        .id(EntryId.of(id))
        .pending(EntryId.of(pending))
        .resolution(r)
        .on(LocalDate.parse(date))
        .build();
  }

  static PeriodClose close(String id, String through) {
    return PeriodClose.builder().id(EntryId.of(id)).through(LocalDate.parse(through)).build();
  }

  static AccountClosure closeAccount(String id, String account, String date) {
    return AccountClosure.builder()
        .id(EntryId.of(id))
        .account(AccountId.of(account))
        .on(LocalDate.parse(date))
        .build();
  }

  static BalanceAssertion assertion(String id, String account, String date, String amount) {
    return BalanceAssertion.builder()
        .id(EntryId.of(id))
        .account(AccountId.of(account))
        .on(LocalDate.parse(date))
        .expected(Amount.parse(amount))
        .build();
  }

  /** A ledger in memory with the accounts open. */
  static Ledger ledger() {
    Ledger ledger = Ledger.open(LEDGER, new MemoryLedgerStore(), CLOCK);
    ledger.post(accounts());
    return ledger;
  }

  static Amount hours(String text) {
    return Amount.parse(text + " HOUR");
  }
}
