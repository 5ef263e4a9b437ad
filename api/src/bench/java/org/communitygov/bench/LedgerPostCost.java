package org.communitygov.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.communitygov.model.ledger.Account;
import org.communitygov.model.ledger.AccountKind;
import org.communitygov.model.ledger.Amount;
import org.communitygov.model.ledger.EntryId;
import org.communitygov.model.ledger.Posting;
import org.communitygov.model.ledger.Transaction;
import org.communitygov.model.ledger.Unit;
import org.communitygov.model.points.MemberId;
import org.communitygov.model.points.Scheme;
import org.communitygov.rules.ledger.Ledger;
import org.communitygov.rules.points.PointsAccounts;
import org.communitygov.rules.points.PointsBook;

/**
 * The cost of {@code Ledger.post} of one prebuilt two-posting accrual transaction ({@code issuance}
 * and {@code m:<member>}, both open), by the measuring thread's CPU time: the time bank's baseline
 * without the accounts' openings, in nanoseconds per post. Run with {@code java -cp
 * api/target/benchmarks.jar org.communitygov.bench.LedgerPostCost [records] [volunteers] [rounds]}:
 * {@code records} transactions of {@code volunteers} members, then a warm case of {@code records /
 * 10} of {@code volunteers / 25} (a live set that fits the caches, twice the rounds); the first
 * round of each is a warm-up, the median and best of the others are printed.
 */
public final class LedgerPostCost {
  private LedgerPostCost() {}

  /**
   * Runs the measurements.
   *
   * @param args records (default 1,000,000), volunteers (default 50,000), rounds (default 5)
   */
  public static void main(String[] args) {
    int records = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int volunteers = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    Scheme scheme = TimeBankYear.scheme();
    measure(scheme, records, volunteers, rounds);
    measure(scheme, records / 10, Math.max(1, volunteers / 25), 2 * rounds);
  }

  private static void measure(Scheme scheme, int records, int volunteers, int rounds) {
    List<Transaction> transactions = transactions(records, volunteers);
    double[] nanos = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      nanos[r] = round(scheme, transactions, volunteers);
    }
    double[] measured = Arrays.copyOfRange(nanos, 1, rounds);
    Arrays.sort(measured);
    System.out.printf(
        "%,9d posts, %,6d members: ns per post (thread CPU) median %6.0f  best %6.0f%n",
        records, volunteers, measured[measured.length / 2], measured[0]);
  }

  /**
   * Posts the transactions to a fresh ledger whose {@code volunteers} members' accounts are open
   * and returns the thread's CPU time per post, in nanoseconds.
   */
  static double round(Scheme scheme, List<Transaction> transactions, int volunteers) {
    Ledger ledger = TimeBankYear.ledger(scheme);
    PointsBook.open(scheme, ledger);
    for (int i = 0; i < volunteers; i++) {
      ledger.post(memberAccount(scheme, MemberId.of("V" + i)));
    }
    System.gc();
    long start = TimeBankCpuTime.threadNanos();
    long accepted = 0;
    for (Transaction tx : transactions) {
      accepted += ledger.post(tx).isAccepted() ? 1 : 0;
    }
    double nanos = (TimeBankCpuTime.threadNanos() - start) / (double) transactions.size();
    if (accepted != transactions.size()) {
      throw new IllegalStateException(accepted + " of " + transactions.size() + " accepted");
    }
    return nanos;
  }

  static List<Transaction> transactions(int records, int volunteers) {
    Random random = new Random(20261203L);
    LocalDate start = LocalDate.of(2025, 1, 1);
    List<Transaction> transactions = new ArrayList<>(records);
    for (int i = 0; i < records; i++) {
      LocalDate date = start.plusDays((long) i * 365 / records);
      Amount hours = Amount.ofMinor(Unit.HOUR, 25 + random.nextInt(400));
      MemberId member = MemberId.of("V" + random.nextInt(volunteers));
      transactions.add(
          Transaction.builder()
              .id(EntryId.of("acc:R" + i))
              .bookingDate(date)
              .valueDate(date)
              .addPosting(Posting.of(PointsAccounts.ISSUANCE, hours.negated()))
              .addPosting(Posting.of(PointsAccounts.member(member), hours))
              .memo("服务记录 R" + i)
              .source("service-record:R" + i)
              .build());
    }
    return transactions;
  }

  private static Account memberAccount(Scheme scheme, MemberId member) {
    return Account.builder()
        .id(PointsAccounts.member(member))
        .ledger(PointsBook.ledgerId(scheme))
        .kind(AccountKind.MEMBER)
        .unit(Unit.HOUR)
        .openedOn(LocalDate.of(2025, 1, 1))
        .build();
  }
}
