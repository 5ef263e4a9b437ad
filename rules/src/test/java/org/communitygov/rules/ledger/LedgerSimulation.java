package org.communitygov.rules.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.communitygov.model.ledger.Account;
import org.communitygov.model.ledger.AccountFlag;
import org.communitygov.model.ledger.AccountId;
import org.communitygov.model.ledger.AccountKind;
import org.communitygov.model.ledger.Amount;
import org.communitygov.model.ledger.Entry;
import org.communitygov.model.ledger.EntryKind;
import org.communitygov.model.ledger.ImmutableAccount;
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

    Replica(String name, Ledger ledger, Supplier<Ledger> reopen) {
      this.name = name;
      this.ledger = ledger;
      this.reopen = reopen;
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
    javax.sql.DataSource source =
        SqliteLedgerStoreTest.sqlite(dir.resolve("sim-" + seed + ".db"), false);
    add(
        "sqlite",
        Ledger.open(
            LedgerFixtures.LEDGER, JdbcLedgerStore.open(source, LedgerFixtures.LEDGER), clock));
    return this;
  }

  SimulationClock clock() {
    return clock;
  }

  void run(int operations) {
    double crashChance = Math.min(0.02, 40.0 / operations);
    for (step = 1; step <= operations; step++) {
      if (random.nextDouble() < crashChance) {
        crashAndReopen();
      } else {
        operate();
      }
      if (step % 100 == 0 || step == operations) {
        checkTree();
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
      LocalDate on = day(-random.nextInt(20));
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
    Map<AccountId, Long> before = new HashMap<>(fold.balances);
    long sizeBefore = fold.leaves.size();
    List<String> expected = null;
    for (Replica r : replicas) {
      List<Outcome> outcomes = linked ? r.ledger.postLinked(batch) : r.ledger.post(batch);
      List<String> answer =
          outcomes.stream().map(o -> o.code() + (o.isRepeated() ? "*" : "")).toList();
      if (expected == null) {
        expected = answer;
      } else {
        assertThat(answer).as("%s: outcomes of %s", where(), r.name).isEqualTo(expected);
      }
    }
    submitted.addAll(batch);
    expected.forEach(c -> codes.merge(c.replace("*", ""), 1, Integer::sum));
    fold.read(reference);
    for (Entry e : batch) {
      if (e instanceof Transaction t && t.isPending() && t.equals(fold.transactions.get(t.key()))) {
        pendings.add(t.key());
      }
      if (e instanceof Account a && fold.units.containsKey(a.id()) && !accounts.contains(a)) {
        accounts.add(a);
      }
    }
    boolean anyAccepted = expected.stream().anyMatch(c -> c.equals("accepted"));
    if (!anyAccepted) {
      assertThat(fold.balances)
          .as("%s: a refused operation changed a balance", where())
          .isEqualTo(before);
      List<Entry> added = new ArrayList<>();
      for (byte[] line : reference.linesFrom((int) sizeBefore)) {
        added.add(JournalLine.parse(line).entry());
      }
      assertThat(added).as(where()).allMatch(e -> e.entryKind() == EntryKind.REFUSAL);
      assertThat(added.size()).as(where()).isLessThanOrEqualTo(batch.size());
    }
    checkBalances();
  }

  private void checkBalances() {
    assertThat(fold.sumsPerUnit().values()).as("%s: sums per unit", where()).allMatch(s -> s == 0);
    for (Replica r : replicas) {
      for (Map.Entry<AccountId, Long> b : fold.balances.entrySet()) {
        long balance = r.ledger.balance(b.getKey()).orElseThrow().minor();
        if (balance != b.getValue()) {
          throw new AssertionError(
              where()
                  + ": "
                  + r.name
                  + " balance of "
                  + b.getKey()
                  + " is "
                  + balance
                  + ", the fold "
                  + b.getValue());
        }
      }
      TreeHead head = r.ledger.head();
      assertThat(head.size()).as("%s: %s size", where(), r.name).isEqualTo(fold.leaves.size());
      assertThat(head).as("%s: %s head", where(), r.name).isEqualTo(replicas.get(0).ledger.head());
    }
  }

  private void checkTree() {
    byte[] root = fold.root();
    for (Replica r : replicas) {
      assertThat(r.ledger.head().rootHash()).as("%s: %s root", where(), r.name).isEqualTo(root);
    }
    assertThat(replicas.get(1).ledger.lines())
        .as("%s: the file journal", where())
        .containsExactlyElementsOf(reference.lines());
  }

  private void crashAndReopen() {
    crashes++;
    for (Replica r : replicas) {
      if (r.reopen == null) {
        continue;
      }
      TreeHead head = r.ledger.head();
      r.ledger.close();
      if (random.nextBoolean()) {
        byte[] line = EntryCodec.encode(transaction(false));
        try {
          Files.write(
              fileJournal,
              new String(line, StandardCharsets.UTF_8)
                  .substring(0, 1 + random.nextInt(line.length - 1))
                  .getBytes(StandardCharsets.UTF_8),
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

  private Account anyAccount() {
    return accounts.get(random.nextInt(accounts.size()));
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
            .openedOn(day(-random.nextInt(40)));
    if (random.nextBoolean()) {
      b.addFlag(AccountFlag.OVERDRAFT_FORBIDDEN);
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
    LocalDate date = r >= 97 ? day(1) : day(-random.nextInt(30));
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
    return b.build();
  }

  private Transaction anyTransaction() {
    List<String> keys = new ArrayList<>(fold.transactions.keySet());
    keys.sort(null);
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
