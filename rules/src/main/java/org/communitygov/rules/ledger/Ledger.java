package org.communitygov.rules.ledger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.communitygov.model.ledger.AccountId;
import org.communitygov.model.ledger.Amount;
import org.communitygov.model.ledger.Entry;
import org.communitygov.model.ledger.LedgerId;
import org.jspecify.annotations.Nullable;

/**
 * A ledger: the one writer of a {@link LedgerStore}, which answers every posted entry with an
 * {@link Outcome}, keeps the Merkle tree of its journal, and derives balances by folding entries.
 *
 * <p>Entries are checked by the posting semantics of {@code docs/ledger.md} in the order of {@link
 * ResultCode}; accepted ones, and refusals that depend on the ledger's state, are appended to the
 * store in one batch per call. "Today" comes from the clock given at opening.
 *
 * <p>The tree's root hash is found when asked for ({@link #head()}, a store that reads its batch's
 * roots), not after every post (ADR 0095): it is the same hash, and the tree keeps every node.
 *
 * <p>This class is thread-safe: calls are serialized.
 *
 * @since 0.1.0
 */
public final class Ledger implements AutoCloseable {
  private static final byte[] ENTRY = CanonicalWriter.encodedName("entry");

  private final LedgerStore store;
  private final Clock clock;
  private final LedgerState state;
  private final MerkleTree tree = new MerkleTree();
  private final Hashes hashes = Hashes.create();
  private final BatchLines lines = new BatchLines();
  private final byte[] leaf = new byte[Hashes.LENGTH];
  private final StoreBatch.Roots roots = this::rootAt;
  // The last root found and the tree size it is of: a store asks for the root before a batch,
  // which is the one after the batch before.
  private byte[] root;
  private long rootSize;
  // Today as the clock said at the last post, and the instant and zone it was found for.
  private @Nullable LocalDate today;
  private @Nullable Instant todayAt;
  private @Nullable ZoneId todayIn;

  private Ledger(LedgerId id, LedgerStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
    this.state = new LedgerState(id);
    this.root = tree.root();
    this.rootSize = 0;
  }

  /**
   * Opens a ledger on a store, replaying its journal.
   *
   * @param id the ledger's id, which its accounts name, not null
   * @param store the store, not null
   * @param clock the clock that says what today is, not null
   * @return the ledger, not null
   * @throws LedgerFormatException if a stored line is not canonical, out of order, or states a leaf
   *     hash its entry does not have (run {@link JournalVerifier} to find out more)
   * @throws LedgerStoreException if the store cannot be read
   */
  public static Ledger open(LedgerId id, LedgerStore store, Clock clock) {
    Ledger ledger =
        new Ledger(
            Objects.requireNonNull(id, "id"),
            Objects.requireNonNull(store, "store"),
            Objects.requireNonNull(clock, "clock"));
    long index = 0;
    for (byte[] bytes : store.lines()) {
      JournalLine line;
      try {
        line = JournalLine.parse(bytes);
      } catch (LedgerFormatException e) {
        throw new LedgerFormatException("journal line " + (index + 1) + ": " + e.getMessage(), e);
      }
      byte[] leaf = ledger.hashes.leaf(line.entryBytes());
      if (line.index() != index || !Arrays.equals(leaf, line.leafHash())) {
        throw new LedgerFormatException(
            "journal line " + (index + 1) + " has the wrong index or leaf hash");
      }
      ledger.record(line.entry(), leaf);
      index++;
    }
    return ledger;
  }

  /** The root hash of the tree of the first {@code size} leaves, the last one found kept. */
  private synchronized byte[] rootAt(long size) {
    if (size != rootSize) {
      root = tree.root(size);
      rootSize = size;
    }
    return root.clone();
  }

  /**
   * Today by the clock, as {@code LocalDate.now(clock)}: the date found for the clock's last
   * instant and zone is kept, and a fixed offset is applied without its zone rules (which {@code
   * ZoneOffset.getRules()} makes anew on every call).
   */
  private LocalDate today() {
    Instant now = clock.instant();
    ZoneId zone = clock.getZone();
    if (today == null || !now.equals(todayAt) || !zone.equals(todayIn)) {
      today =
          zone instanceof ZoneOffset offset
              ? LocalDate.ofEpochDay(
                  Math.floorDiv(now.getEpochSecond() + offset.getTotalSeconds(), 86_400L))
              : LocalDate.ofInstant(now, zone);
      todayAt = now;
      todayIn = zone;
    }
    return today;
  }

  private void record(Entry entry, byte[] leafHash) {
    state.apply(entry);
    tree.append(leafHash, 0);
  }

  /**
   * Posts one entry.
   *
   * @param entry the entry, not null
   * @return the outcome, not null
   * @throws LedgerStoreException if the store cannot append (nothing is changed)
   */
  public synchronized Outcome post(Entry entry) {
    // the batch of one entry without its lists (ADR 0112): as post(List.of(entry)).get(0)
    Objects.requireNonNull(entry);
    LocalDate today = today();
    long start = tree.size();
    lines.clear();
    state.beginBatch();
    try {
      Outcome outcome = PostingRules.check(entry, state, today);
      if (outcome.result() == ResultCode.ACCEPTED) {
        append(entry);
      } else if (outcome.isKeptAsRefusal()) {
        append(outcome.refusal(entry));
      }
      store(start);
      state.commitBatch();
      return outcome;
    } catch (RuntimeException e) {
      undo(start);
      throw e;
    }
  }

  /**
   * Posts entries one after the other, each on its own: one may be refused and the next accepted.
   * They are appended to the store in one batch.
   *
   * @param entries the entries, not null
   * @return one outcome per entry, in order, not null
   * @throws LedgerStoreException if the store cannot append (nothing is changed)
   */
  public synchronized List<Outcome> post(List<? extends Entry> entries) {
    return postBatch(entries, false);
  }

  /**
   * Posts linked entries, which succeed or fail together: if one is refused, none is applied, the
   * refused one gets its code and the others {@code linked_entry_failed}. An entry that {@code
   * exists} counts as a success.
   *
   * @param entries the entries, not null
   * @return one outcome per entry, in order, not null
   * @throws LedgerStoreException if the store cannot append (nothing is changed)
   */
  public synchronized List<Outcome> postLinked(List<? extends Entry> entries) {
    return postBatch(entries, true);
  }

  private List<Outcome> postBatch(List<? extends Entry> entries, boolean linked) {
    LocalDate today = today();
    long start = tree.size();
    List<Outcome> outcomes = new ArrayList<>(entries.size());
    lines.clear();
    state.beginBatch();
    try {
      int failed = -1;
      for (Entry entry : entries) {
        Outcome outcome = PostingRules.check(Objects.requireNonNull(entry, "entry"), state, today);
        outcomes.add(outcome);
        if (outcome.result() == ResultCode.ACCEPTED) {
          append(entry);
        } else if (!outcome.isAccepted() && linked) {
          failed = outcomes.size() - 1;
          break;
        } else if (outcome.isKeptAsRefusal()) {
          append(outcome.refusal(entry));
        }
      }
      if (failed >= 0) {
        undo(start);
        lines.clear();
        state.beginBatch();
        Outcome refused = outcomes.get(failed);
        outcomes.clear();
        for (int i = 0; i < entries.size(); i++) {
          outcomes.add(
              i == failed
                  ? refused
                  : Outcome.of(entries.get(i).key(), ResultCode.LINKED_ENTRY_FAILED));
        }
        if (refused.isKeptAsRefusal()) {
          append(refused.refusal(entries.get(failed)));
        }
      }
      if (linked && failed < 0 && lines.count() > 1) {
        lines.link();
      }
      store(start);
      state.commitBatch();
      return Collections.unmodifiableList(outcomes);
    } catch (RuntimeException e) {
      undo(start);
      throw e;
    }
  }

  /**
   * Appends the batch's lines, if any, to the store, the tree holding {@code start} leaves before
   * them. A memory store copies them from where they were written, with no batch object (ADR 0112);
   * another store gets a batch, whose roots are found before the tree is undone if it fails.
   */
  private void store(long start) {
    if (lines.count() == 0) {
      return;
    }
    if (store instanceof MemoryLedgerStore memory) {
      memory.append(start, lines);
      return;
    }
    StoreBatch batch = new StoreBatch(start, lines, roots);
    try {
      store.append(batch);
    } catch (RuntimeException e) {
      batch.fix();
      throw e;
    } finally {
      // another store than the memory store may keep the batch
      batch.release(true);
    }
  }

  /**
   * Records an entry and writes its journal line, not linked, after the batch's lines: the entry is
   * written in place in the line and hashed there.
   */
  private void append(Entry entry) {
    long index = tree.size();
    CanonicalWriter w = lines.writer().begin().name(ENTRY);
    int from = w.length();
    EntryCodec.write(entry, w);
    hashes.leafInPlace(w.array(), from, w.length() - from, leaf, 0);
    record(entry, leaf);
    w.endLine(index, leaf);
    lines.endLine();
  }

  private void undo(long size) {
    state.rollbackBatch();
    tree.truncate(size);
    if (rootSize > size) {
      rootSize = -1; // of leaves no longer there
    }
  }

  /**
   * Returns the balance of an account: the fold of every posted amount.
   *
   * @param account the account, not null
   * @return the balance, or empty if the account is not open in the ledger
   */
  public synchronized Optional<Amount> balance(AccountId account) {
    AccountState s = state.account(account);
    return s == null ? Optional.empty() : Optional.of(Amount.ofMinor(s.unit, s.posted));
  }

  /**
   * Returns the balance of an account at the end of a date: the fold of the amounts posted with a
   * value date on or before it.
   *
   * @param account the account, not null
   * @param date the date, not null
   * @return the balance, or empty if the account is not open in the ledger
   */
  public synchronized Optional<Amount> balance(AccountId account, LocalDate date) {
    AccountState s = state.account(account);
    return s == null ? Optional.empty() : Optional.of(Amount.ofMinor(s.unit, s.balanceOn(date)));
  }

  /**
   * Returns what an account can still give today: its balance less what the pending transactions
   * that are neither resolved nor expired (expiry date before today) reserve.
   *
   * @param account the account, not null
   * @return the available amount, or empty if the account is not open in the ledger
   */
  public synchronized Optional<Amount> available(AccountId account) {
    AccountState s = state.account(account);
    return s == null
        ? Optional.empty()
        : Optional.of(Amount.ofMinor(s.unit, s.posted - s.reservedOn(today())));
  }

  /**
   * Returns the head of the journal's tree now.
   *
   * @return the head, timed by the ledger's clock, not null
   */
  public synchronized TreeHead head() {
    return TreeHead.of(tree.size(), rootAt(tree.size()), clock.instant());
  }

  /**
   * Returns the entries of the journal, in order (refusals included).
   *
   * @return a copy of the entries, not null
   */
  public synchronized List<Entry> entries() {
    return state.journal.entries();
  }

  /**
   * Returns the accepted entry with a key: the one a retry of it is answered with ({@code exists}).
   * It is found in the journal's index of keys, without copying the journal.
   *
   * @param key the entry's key, not null
   * @return the entry, or empty if no entry was accepted with that key (none was posted, or it was
   *     refused)
   */
  public synchronized Optional<Entry> accepted(String key) {
    return Optional.ofNullable(state.accepted(Objects.requireNonNull(key, "key")));
  }

  /**
   * Returns the proof that an entry is in the journal's tree now.
   *
   * @param key the entry's key, not null
   * @return the proof, or empty if no entry has that key
   */
  public synchronized Optional<InclusionProof> proveInclusion(String key) {
    int index = state.journal.indexOf(key);
    if (index < 0) {
      return Optional.empty();
    }
    long size = tree.size();
    return Optional.of(
        InclusionProof.of(key, index, size, tree.leaf(index), tree.inclusionPath(index, size)));
  }

  /**
   * Returns the proof that the journal's tree now extends its tree of an earlier size.
   *
   * @param first the earlier size, from 1 to the size now
   * @return the proof, not null
   * @throws IllegalArgumentException if the size is out of range
   */
  public synchronized ConsistencyProof proveConsistency(long first) {
    long size = tree.size();
    return ConsistencyProof.of(first, size, tree.consistencyPath(first, size));
  }

  /**
   * Returns the journal's lines as the store keeps them.
   *
   * @return the lines, without line feeds, not null
   */
  public synchronized List<byte[]> lines() {
    return store.lines();
  }

  /** Closes the store. */
  @Override
  public synchronized void close() {
    store.close();
  }
}
