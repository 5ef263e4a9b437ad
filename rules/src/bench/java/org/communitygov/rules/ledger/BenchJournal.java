package org.communitygov.rules.ledger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.communitygov.model.ledger.Account;
import org.communitygov.model.ledger.AccountId;
import org.communitygov.model.ledger.AccountKind;
import org.communitygov.model.ledger.Amount;
import org.communitygov.model.ledger.EntryId;
import org.communitygov.model.ledger.LedgerId;
import org.communitygov.model.ledger.Posting;
import org.communitygov.model.ledger.Transaction;
import org.communitygov.model.ledger.Unit;

/** The accounts and transactions the ledger benchmarks post: a time bank of 1,000 members. */
final class BenchJournal {
  static final LedgerId LEDGER = LedgerId.of("bench-time-bank");
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-31T08:00:00Z"), ZoneOffset.UTC);
  static final int MEMBERS = 1_000;
  private static final LocalDate DAY = LocalDate.parse("2026-02-01");

  private BenchJournal() {}

  static List<Account> accounts() {
    List<Account> accounts = new ArrayList<>();
    for (int i = 0; i < MEMBERS; i++) {
      accounts.add(
          Account.builder()
              .id(AccountId.of("m" + i))
              .ledger(LEDGER)
              .kind(AccountKind.MEMBER)
              .unit(Unit.HOUR)
              .openedOn(LocalDate.parse("2026-01-01"))
              .build());
    }
    return accounts;
  }

  /** Transfers of 0.01 to 5.00 hours between random members (seeded), ids T0, T1, … */
  static List<Transaction> transactions(int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Transaction> transactions = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int from = random.nextInt(MEMBERS);
      int to = (from + 1 + random.nextInt(MEMBERS - 1)) % MEMBERS;
      long steps = 1 + random.nextInt(500);
      transactions.add(
          Transaction.builder()
              .id(EntryId.of("T" + i))
              .bookingDate(DAY)
              .valueDate(DAY)
              .addPostings(
                  Posting.of(AccountId.of("m" + from), Amount.ofMinor(Unit.HOUR, -steps)),
                  Posting.of(AccountId.of("m" + to), Amount.ofMinor(Unit.HOUR, steps)))
              .memo("exchange " + i)
              .build());
    }
    return transactions;
  }

  /**
   * The baseline of the posting benchmarks: canonical bytes, leaf hash, balance fold and zero-sum
   * check of transfers, the least any hashed double-entry ledger does per transfer.
   *
   * @return a value of the hashes, so that no work is left out
   */
  static long foldAndHash(
      List<Transaction> transfers, Hashes hashes, Map<AccountId, long[]> balances) {
    long check = 0;
    for (Transaction t : transfers) {
      byte[] leaf = hashes.leaf(EntryCodec.encode(t));
      long sum = 0;
      for (Posting p : t.postings()) {
        balances.get(p.account())[0] += p.amount().minor();
        sum += p.amount().minor();
      }
      if (sum != 0) {
        throw new IllegalStateException("unbalanced");
      }
      check += leaf[0];
    }
    return check;
  }

  /** A ledger in memory with the members' accounts open. */
  static Ledger ledger() {
    Ledger ledger = Ledger.open(LEDGER, new MemoryLedgerStore(), CLOCK);
    ledger.post(accounts());
    return ledger;
  }

  /** The lines of a journal of the accounts and {@code count} transactions. */
  static List<byte[]> lines(int count) {
    Ledger ledger = ledger();
    List<Transaction> all = transactions(count, 7);
    for (int i = 0; i < all.size(); i += 1000) {
      ledger.post(all.subList(i, Math.min(all.size(), i + 1000)));
    }
    return ledger.lines();
  }

  /** The lines joined by line feeds, as a journal file holds them. */
  static byte[] bytes(List<byte[]> lines) {
    int total = 0;
    for (byte[] line : lines) {
      total += line.length + 1;
    }
    byte[] out = new byte[total];
    int at = 0;
    for (byte[] line : lines) {
      System.arraycopy(line, 0, out, at, line.length);
      at += line.length;
      out[at++] = '\n';
    }
    return out;
  }
}
