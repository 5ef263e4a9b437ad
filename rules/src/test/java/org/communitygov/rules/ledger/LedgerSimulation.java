package org.communitygov.rules.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.communitygov.model.ledger.Account;
import org.communitygov.model.ledger.AccountClosure;
import org.communitygov.model.ledger.AccountFlag;
import org.communitygov.model.ledger.AccountId;
import org.communitygov.model.ledger.AccountKind;
import org.communitygov.model.ledger.Amount;
import org.communitygov.model.ledger.Entry;
import org.communitygov.model.ledger.EntryKind;
import org.communitygov.model.ledger.ImmutableAccount;
import org.communitygov.model.ledger.LedgerId;
import org.communitygov.model.ledger.PendingOutcome;
import org.communitygov.model.ledger.PendingOutcome.Resolution;
import org.communitygov.model.ledger.Posting;
import org.communitygov.model.ledger.Transaction;
import org.communitygov.model.ledger.Unit;

/**
 * A deterministic simulation in the spirit of TigerBeetle's VOPR: from a seed, random operations
 * (open, post, pending/post/void, reverse, close a period or an account, assert, retry the same id,
 * retry a changed field, linked batches, crash and reopen of the file store) go to a ledger on each
 * store, and after every step the outcomes and heads of all stores agree and an independent fold of
 * the journal ({@link JournalFold}) holds: sums zero per unit, every balance equals the fold, a
 * refused operation changed no balance and added only its refusal, and (every 100 steps and at the
 * end) the tree head is the RFC 6962 root of the lines.
 */
final class LedgerSimulation {
  /** A ledger on one store, and how to crash and reopen it (or null if it has no crash). */
  static final class Replica {
    final String name;
    Ledger ledger;
    final Supplier<Ledger> reopen;
    // whether a batch of one entry, not linked, is posted by Ledger.post(Entry)
    boolean oneEntry;

    Replica(String name, Ledger ledger, Supplier<Ledger> reopen) {
      this.name = name;
      this.ledger = ledger;
      this.reopen = reopen;
    }

    List<Outcome> post(List<Entry> batch, boolean linked) {
      if (linked) {
        return ledger.postLinked(batch);
      }
      return oneEntry && batch.size() == 1
          ? List.of(ledger.post(batch.get(0)))
          : ledger.post(batch);
    }
  }

  private final long seed;
  private final SplittableRandom random;
  private final SimulationClock clock = new SimulationClock(LocalDate.parse("2026-03-01"));
  private final MemoryLedgerStore reference = new MemoryLedgerStore();
  private final List<Replica> replicas = new ArrayList<>();
  private final JournalFold fold = new JournalFold();
  private final List<Entry> submitted = new ArrayList<>();
  private final List<String> pendings = new ArrayList<>();
  private final List<Account> accounts = new ArrayList<>();
  private final Set<AccountId> opened = new HashSet<>();

  /** The accounts opened and not closed, in the order they were opened. */
  private final List<Account> live = new ArrayList<>();

  private static final int ROUND = 4;
  private static final String[] PURPOSES = {"长者食堂", "助学"};
  private int round;
  private final Path fileJournal;
  private int ids;
  private int step;
  private LocalDate closeThrough = LocalDate.parse("2026-01-01");
  int crashes;
  final Map<String, Integer> codes = new HashMap<>();

  LedgerSimulation(long seed, Path dir) {
    this.seed = seed;
    this.random = new SplittableRandom(seed);
    replicas.add(new Replica("memory", Ledger.open(LedgerFixtures.LEDGER, reference, clock), null));
    Replica oneEntry =
        new Replica(
            "memory, one entry by post(Entry)",
            Ledger.open(LedgerFixtures.LEDGER, new MemoryLedgerStore(), clock),
            null);
    oneEntry.oneEntry = true;
    replicas.add(oneEntry);
    fileJournal = dir.resolve("sim-" + seed + ".ndjson");
    replicas.add(
        new Replica(
            "file",
            Ledger.open(
                LedgerFixtures.LEDGER,
                FileLedgerStore.openWithoutSync(fileJournal, FileLedgerStore.TornTail.REFUSE),
                clock),
            () ->
                Ledger.open(
                    LedgerFixtures.LEDGER,
                    FileLedgerStore.openWithoutSync(fileJournal, FileLedgerStore.TornTail.TRUNCATE),
                    clock)));
  }

  /**
   * Adds a ledger on another store, which gets every operation from now on (add before running).
   */
  void add(String name, Ledger ledger) {
    replicas.add(new Replica(name, ledger, null));
  }

  /** Adds a ledger on a JDBC store (SQLite, without fsync) to the replicas. */
  LedgerSimulation withSqlite(Path dir) {
    return withJdbc(
        "sqlite", SqliteLedgerStoreTest.sqlite(dir.resolve("sim-" + seed + ".db"), false));
  }

  /**
   * Adds a ledger on a JDBC store whose tables exist and hold no journal of the ledger to the
   * replicas; a crash closes it and reopens it from the database.
   */
  LedgerSimulation withJdbc(String name, javax.sql.DataSource source) {
    LedgerId id = LedgerFixtures.LEDGER;
    Supplier<Ledger> open = () -> Ledger.open(id, JdbcLedgerStore.open(source, id), clock);
    replicas.add(new Replica(name, open.get(), open));
    return this;
  }

  int stores() {
    return replicas.size();
  }

  SimulationClock clock() {
    return clock;
  }

  void run(int operations) {
    double crashChance = Math.min(0.02, 40.0 / operations);
    int sweepEvery = Math.max(100, operations / 50);
    for (step = 1; step <= operations; step++) {
      if (random.nextDouble() < crashChance) {
        crashAndReopen();
      } else {
        operate();
      }
      if (step % sweepEvery == 0 || step == operations) {
        sweep(step == operations);
      }
    }
    for (Replica r : replicas) {
      r.ledger.close();
    }
  }

  private String where() {
    return "seed " + seed + ", step " + step + " (replay: -Dledger.simulation.seed=" + seed + ")";
  }

  private void operate() {
    int op = random.nextInt(100);
    List<Entry> batch = new ArrayList<>();
    boolean linked = false;
    if (op < 6 || accounts.size() < 3) {
      batch.add(openAccount());
    } else if (op < 46) {
      batch.add(transaction(false));
    } else if (op < 54) {
      batch.add(transaction(true));
    } else if (op < 62 && !pendings.isEmpty()) {
      String pending = pendings.get(random.nextInt(pendings.size()));
      batch.add(
          LedgerFixtures.outcome(
              id(),
              pending,
              day(-random.nextInt(6)).toString(),
              random.nextBoolean() ? Resolution.POST : Resolution.VOID));
    } else if (op < 68 && !fold.transactions.isEmpty()) {
      batch.add(reversal());
    } else if (op < 71) {
      closeThrough =
          random.nextInt(4) == 0 ? closeThrough.minusDays(3) : day(-5 - random.nextInt(10));
      batch.add(LedgerFixtures.close(id(), closeThrough.toString()));
    } else if (op < 73) {
      batch.add(LedgerFixtures.closeAccount(id(), anyAccount().id().value(), day(0).toString()));
    } else if (op < 78) {
      Account a = anyAccount();
      LocalDate on = transactionDate(0);
      long balance = replicas.get(0).ledger.balance(a.id(), on).orElseThrow().minor();
      batch.add(
          LedgerFixtures.assertion(
              id(),
              a.id().value(),
              on.toString(),
              Amount.ofMinor(a.unit(), balance + (random.nextInt(3) == 0 ? 1 : 0)).toString()));
    } else if (op < 86 && !submitted.isEmpty()) {
      batch.add(submitted.get(random.nextInt(submitted.size())));
    } else if (op < 91 && !submitted.isEmpty()) {
      Entry earlier =
          random.nextInt(10) < 7 && !fold.transactions.isEmpty()
              ? anyTransaction()
              : submitted.get(random.nextInt(submitted.size()));
      batch.add(
          earlier instanceof Transaction t
              ? Transaction.builder().from(t).memo(t.memo() + " changed").build()
              : earlier);
    } else if (op < 96) {
      linked = true;
      for (int i = 0, n = 2 + random.nextInt(2); i < n; i++) {
        batch.add(transaction(false));
      }
    } else {
      clock.advanceDays(1);
      return;
    }
    apply(batch, linked);
  }

  private void apply(List<Entry> batch, boolean linked) {
    Set<AccountId> touched = touched(batch);
    List<Map<AccountId, List<Object>>> before = new ArrayList<>();
    for (Replica r : replicas) {
      before.add(observe(r, touched));
    }
    long sizeBefore = fold.leaves.size();
    List<String> expected = null;
    List<Outcome> first = null;
    for (Replica r : replicas) {
      List<Outcome> outcomes = r.post(batch, linked);
      List<String> answer =
          outcomes.stream().map(o -> o.code() + (o.isRepeated() ? "*" : "")).toList();
      if (expected == null) {
        expected = answer;
        first = outcomes;
      } else {
        assertThat(answer).as("%s: outcomes of %s", where(), r.name).isEqualTo(expected);
      }
      if (r.oneEntry) {
        assertThat(outcomes).as("%s: outcomes of %s", where(), r.name).isEqualTo(first);
        assertThat(outcomes.toString()).as(where()).isEqualTo(first.toString());
        assertThat(outcomes.stream().map(Outcome::original).toList())
            .as("%s: originals of %s", where(), r.name)
            .isEqualTo(first.stream().map(Outcome::original).toList());
      }
    }
    submitted.addAll(batch);
    expected.forEach(c -> codes.merge(c.replace("*", ""), 1, Integer::sum));
    fold.read(reference);
    for (Entry e : batch) {
      if (e instanceof Transaction t && t.isPending() && t.equals(fold.transactions.get(t.key()))) {
        pendings.add(t.key());
      }
      if (e instanceof Account a && fold.units.containsKey(a.id()) && opened.add(a.id())) {
        accounts.add(a);
        live.add(a);
      }
      if (e instanceof AccountClosure c && fold.closed.contains(c.account())) {
        live.removeIf(a -> a.id().equals(c.account()));
      }
    }
    boolean anyAccepted = expected.stream().anyMatch(c -> c.equals("accepted"));
    if (!anyAccepted) {
      for (int i = 0; i < replicas.size(); i++) {
        assertThat(observe(replicas.get(i), touched))
            .as("%s: a refused operation changed a balance on %s", where(), replicas.get(i).name)
            .isEqualTo(before.get(i));
      }
      List<Entry> added = new ArrayList<>();
      for (byte[] line : reference.linesFrom((int) sizeBefore)) {
        added.add(JournalLine.parse(line).entry());
      }
      assertThat(added).as(where()).allMatch(e -> e.entryKind() == EntryKind.REFUSAL);
      assertThat(added.size()).as(where()).isLessThanOrEqualTo(batch.size());
    }
    checkStep(touched);
  }

  /** The accounts an operation names, the only ones whose balances it may change. */
  private Set<AccountId> touched(List<Entry> batch) {
    Set<AccountId> touched = new LinkedHashSet<>();
    for (Entry e : batch) {
      if (e instanceof Transaction t) {
        t.postings().forEach(p -> touched.add(p.account()));
      } else if (e instanceof PendingOutcome o
          && fold.transactions.get(o.pending().value()) != null) {
        fold.transactions
            .get(o.pending().value())
            .postings()
            .forEach(p -> touched.add(p.account()));
      } else if (e instanceof Account a) {
        touched.add(a.id());
      }
    }
    return touched;
  }

  /** A replica's balance and available amount of each account (absent for an unknown account). */
  private static Map<AccountId, List<Object>> observe(Replica r, Set<AccountId> accounts) {
    Map<AccountId, List<Object>> seen = new HashMap<>();
    for (AccountId a : accounts) {
      seen.put(a, List.of(r.ledger.balance(a), r.ledger.available(a)));
    }
    return seen;
  }

  /**
   * The checks after every step, in time independent of the journal's length: sums zero per unit,
   * the balances and available amounts of the accounts the step named and of a few more in turn
   * (every account comes round), the size and root of every replica's head against the fold's.
   */
  private void checkStep(Set<AccountId> touched) {
    assertThat(fold.sumsPerUnit().values()).as("%s: sums per unit", where()).allMatch(s -> s == 0);
    fold.expire(clock.today());
    Set<AccountId> checked = new LinkedHashSet<>(touched);
    for (int i = 0; i < ROUND && !fold.accountOrder.isEmpty(); i++) {
      checked.add(fold.accountOrder.get(round++ % fold.accountOrder.size()));
    }
    checked.retainAll(fold.balances.keySet());
    byte[] root = fold.compactRoot();
    for (Replica r : replicas) {
      checkAccounts(r, checked);
      TreeHead head = r.ledger.head();
      assertThat(head.size()).as("%s: %s size", where(), r.name).isEqualTo(fold.leaves.size());
      assertThat(head.rootHash()).as("%s: %s root", where(), r.name).isEqualTo(root);
    }
  }

  private void checkAccounts(Replica r, Collection<AccountId> accounts) {
    for (AccountId a : accounts) {
      long balance = r.ledger.balance(a).orElseThrow().minor();
      long available = r.ledger.available(a).orElseThrow().minor();
      long foldBalance = fold.balances.get(a);
      long foldAvailable = fold.available(a, clock.today());
      if (balance != foldBalance || available != foldAvailable) {
        throw new AssertionError(
            String.format(
                "%s: %s balance of %s is %d (available %d), the fold %d (available %d)",
                where(), r.name, a, balance, available, foldBalance, foldAvailable));
      }
    }
  }

  /**
   * The full checks, every few steps and at the end: every account on every replica, the sums of
   * all balances, the root by the recursive definition, the file journal's bytes (and at the end
   * every store's) equal to the memory store's.
   */
  private void sweep(boolean last) {
    assertThat(fold.sumsOfBalances().values())
        .as("%s: sums of balances per unit", where())
        .allMatch(s -> s == 0);
    assertThat(fold.root()).as("%s: the fold's roots", where()).isEqualTo(fold.compactRoot());
    List<byte[]> lines = reference.lines();
    for (Replica r : replicas) {
      checkAccounts(r, fold.balances.keySet());
      if (r.name.equals("file") || last) {
        assertThat(r.ledger.lines())
            .as("%s: the journal of %s", where(), r.name)
            .containsExactlyElementsOf(lines);
      }
    }
  }

  private void crashAndReopen() {
    crashes++;
    for (Replica r : replicas) {
      if (r.reopen == null) {
        continue;
      }
      TreeHead head = r.ledger.head();
      r.ledger.close();
      if (r.name.equals("file") && random.nextBoolean()) {
        byte[] line = EntryCodec.encode(transaction(false));
        try {
          // a prefix of the line's bytes (a torn write may end inside a character)
          Files.write(
              fileJournal,
              Arrays.copyOf(line, 1 + random.nextInt(line.length - 1)),
              StandardOpenOption.APPEND);
        } catch (IOException e) {
          throw new AssertionError(e);
        }
      }
      r.ledger = r.reopen.get();
      assertThat(r.ledger.head()).as("%s: %s after a crash", where(), r.name).isEqualTo(head);
    }
  }

  private String id() {
    return "E" + ids++;
  }

  private LocalDate day(int offset) {
    return clock.today().plusDays(offset);
  }

  /** An open account, or one in ten times any account (perhaps closed). */
  private Account anyAccount() {
    if (live.isEmpty() || random.nextInt(10) == 0) {
      return accounts.get(random.nextInt(accounts.size()));
    }
    return live.get(random.nextInt(live.size()));
  }

  /**
   * A date for a transaction: mostly in the open period (after the last close, at most 30 days
   * back), else any of the last 30 days, or (3 in 100) tomorrow.
   */
  private LocalDate transactionDate(int r) {
    if (r >= 97) {
      return day(1);
    }
    LocalDate earliest = closeThrough.plusDays(1);
    if (random.nextInt(10) < 8 && !earliest.isAfter(day(0)) && earliest.isAfter(day(-30))) {
      return earliest.plusDays(
          random.nextInt((int) (day(0).toEpochDay() - earliest.toEpochDay()) + 1));
    }
    return day(-random.nextInt(30));
  }

  private Account openAccount() {
    if (!accounts.isEmpty() && random.nextInt(10) == 0) {
      return anyAccount();
    }
    boolean hours = random.nextInt(4) != 0;
    ImmutableAccount.Builder b =
        Account.builder()
            .id(AccountId.of("A" + ids++))
            .ledger(LedgerFixtures.LEDGER)
            .kind(AccountKind.values()[5 + random.nextInt(5)])
            .unit(hours ? Unit.HOUR : Unit.POINT)
            .openedOn(random.nextInt(10) < 8 ? transactionDate(0) : day(-random.nextInt(40)));
    if (random.nextBoolean()) {
      b.addFlag(AccountFlag.OVERDRAFT_FORBIDDEN);
    }
    if (random.nextInt(4) == 0) {
      b.addFlag(AccountFlag.RESTRICTED_PURPOSE).purpose(PURPOSES[random.nextInt(2)]);
    }
    return b.build();
  }

  private Transaction transaction(boolean pending) {
    Account from = anyAccount();
    Account to = anyAccount();
    long steps = 1 + random.nextInt(500);
    int r = random.nextInt(100);
    Unit unit = from.unit();
    Posting debit =
        Posting.of(r < 3 ? AccountId.of("ghost") : from.id(), Amount.ofMinor(unit, -steps));
    Posting credit =
        Posting.of(
            to.id(), Amount.ofMinor(r < 6 ? to.unit() : unit, r < 9 && r >= 6 ? steps + 1 : steps));
    LocalDate date = transactionDate(r);
    var b =
        Transaction.builder()
            .id(org.communitygov.model.ledger.EntryId.of(id()))
            .bookingDate(date)
            .valueDate(random.nextInt(5) == 0 ? date.minusDays(random.nextInt(5)) : date)
            .addPostings(debit, credit)
            .memo("sim " + step);
    if (pending) {
      b.expiresOn(date.plusDays(random.nextInt(10)));
    }
    int purpose = random.nextInt(4);
    if (purpose < 2 || from.purpose().isPresent() && purpose == 2) {
      b.purpose(purpose == 2 ? from.purpose().orElseThrow() : PURPOSES[purpose]);
    }
    return b.build();
  }

  private Transaction anyTransaction() {
    List<String> keys = fold.transactionKeys;
    return fold.transactions.get(keys.get(random.nextInt(keys.size())));
  }

  private Transaction reversal() {
    Transaction target = anyTransaction();
    Transaction reversal =
        LedgerFixtures.reversal(id(), day(-random.nextInt(5)).toString(), target);
    if (random.nextInt(10) == 0) {
      return Transaction.builder().from(reversal).postings(target.postings()).build();
    }
    return reversal;
  }
}
