package org.communitygov.rules.funding.disclosure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.communitygov.model.community.CommunityId;
import org.communitygov.model.funding.Fund;
import org.communitygov.model.funding.FundingKind;
import org.communitygov.model.funding.Project;
import org.communitygov.model.funding.PurchaseContract;
import org.communitygov.model.ledger.Account;
import org.communitygov.model.ledger.Entry;
import org.communitygov.model.ledger.PeriodClose;
import org.communitygov.model.ledger.Transaction;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.engine.Jurisdiction;
import org.communitygov.rules.engine.ParameterSet;
import org.communitygov.rules.engine.RuleContext;
import org.communitygov.rules.funding.book.FundBook;
import org.communitygov.rules.funding.book.FundingAccounts;
import org.communitygov.rules.funding.book.FundingAccounts.Role;
import org.communitygov.rules.funding.book.FundingSource;
import org.communitygov.rules.funding.lottery.LotteryElderlyShare;
import org.communitygov.rules.ledger.Hashes;
import org.communitygov.rules.ledger.JournalLine;
import org.communitygov.rules.ledger.LedgerFormatException;
import org.communitygov.rules.ledger.MerkleFrontier;
import org.jspecify.annotations.Nullable;

/**
 * Folds a community's funding journal into the disclosure reports of several periods in one pass
 * (ADR 0097): each transaction is added to the accumulators of every period it falls in or before,
 * so the memory held is the accumulators' (sums per key, per period), never the transactions'.
 *
 * <p>{@link #read(Path)} streams a journal file as the ledger writes it (one line per entry, ADR
 * 0051): a transaction line is read in place from its canonical form, any other line (and a
 * transaction the in-place reading does not take, such as one with an escaped character) through
 * {@link JournalLine#parse}; every line's leaf hash is appended to a Merkle frontier, so the tree
 * head of each period close is the one the ledger had. The fold trusts the leaf hashes the lines
 * state: {@code communitygov ledger verify} checks them. {@link Disclosures#of} folds a book's
 * ledger in memory with the same accumulators.
 *
 * <p>Not thread-safe: one fold per journal.
 *
 * @since 0.1.0
 */
public final class DisclosureFold {
  private static final int SOURCES_KEPT = 4096;

  /**
   * What the fold reads besides the journal: the community's funds, projects and contracts (for the
   * keys and labels) and the parameters and jurisdiction the lottery share is decided in.
   *
   * @param community the community, not null
   * @param funds the funds, in the order the report lists restricted funds, not null
   * @param projects the projects, not null
   * @param contracts the purchase contracts, not null
   * @param parameters the parameters, not null
   * @param jurisdiction where the rules apply, not null
   */
  public record Registers(
      CommunityId community,
      List<Fund> funds,
      List<Project> projects,
      List<PurchaseContract> contracts,
      ParameterSet parameters,
      Jurisdiction jurisdiction) {
    /** Copies the lists. */
    public Registers {
      Objects.requireNonNull(community, "community");
      funds = List.copyOf(funds);
      projects = List.copyOf(projects);
      contracts = List.copyOf(contracts);
      Objects.requireNonNull(parameters, "parameters");
      Objects.requireNonNull(jurisdiction, "jurisdiction");
    }

    /**
     * Returns the registers of a book.
     *
     * @param book the book, not null
     * @return its community, funds, projects, contracts, parameters and jurisdiction, not null
     */
    public static Registers of(FundBook book) {
      RuleContext context = book.context(LocalDate.EPOCH);
      return new Registers(
          book.community(),
          book.funds(),
          book.projects(),
          book.contracts(),
          context.parameters(),
          context.jurisdiction());
    }
  }

  /** A posting line's account: its fund, role, key in the report and restricted slot (or -1). */
  record LineAccount(
      Fund fund, Role role, String fundKey, int slot, boolean lottery, boolean welfareLottery) {}

  /** The dimensions of a transaction's source; {@code kind} is null for a closing entry. */
  record Dimensions(
      @Nullable FundingKind kind,
      String category,
      String project,
      @Nullable String contract,
      String group,
      boolean elderly,
      boolean major) {
    static Dimensions of(FundingSource s) {
      String group = s.get("group").orElse("-");
      return new Dimensions(
          s.fundingKind().orElse(null),
          s.get("category").orElse("-"),
          s.get("project").orElse("-"),
          s.get("contract").orElse(null),
          group,
          Disclosures.ELDERLY_GROUPS.contains(group),
          s.get("major").isPresent());
    }
  }

  private final Registers registers;
  private final int threshold;
  private final List<PeriodSums> periods = new ArrayList<>();
  private final FundKeys keys;
  private final Map<String, Dimensions> sources = new HashMap<>();
  private final SliceKeys<Optional<LineAccount>> accountSlices = new SliceKeys<>();
  private final SliceKeys<Dimensions> sourceSlices = new SliceKeys<>();
  private final byte[] ledger;
  private final Map<LocalDate, DisclosureReport.Head> heads = new HashMap<>();
  private LineAccount[] lineAccounts = new LineAccount[8];
  private long[] lineFen = new long[8];

  private DisclosureFold(Registers registers, List<ReportPeriod> periods, int threshold) {
    this.registers = registers;
    this.threshold = threshold;
    this.ledger =
        FundingAccounts.ledger(registers.community())
            .value()
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    this.keys = new FundKeys(registers);
    for (ReportPeriod p : periods) {
      this.periods.add(new PeriodSums(p, keys.restrictedCount()));
    }
  }

  /**
   * Starts a fold of the reports of some periods.
   *
   * @param registers the community's registers, not null
   * @param periods the periods, in the order of the reports, not null
   * @param threshold the least number of transactions of a population group shown on its own
   * @return the fold, empty, not null
   */
  public static DisclosureFold of(Registers registers, List<ReportPeriod> periods, int threshold) {
    return new DisclosureFold(
        Objects.requireNonNull(registers, "registers"), List.copyOf(periods), threshold);
  }

  /**
   * Reads a journal file, streaming, and folds its funding transactions and period closes.
   *
   * @param journal the community's funding journal, not null
   * @return this fold, not null
   * @throws IOException if the file cannot be read
   * @throws LedgerFormatException if a line is not a sound journal line, the indexes are not 0, 1,
   *     2, …, or the file ends in a torn line
   * @throws IllegalArgumentException if the journal opens accounts of another ledger than the
   *     community's funding ledger, or a posting line's account is not a fund's
   */
  public DisclosureFold read(Path journal) throws IOException {
    try (InputStream in = Files.newInputStream(journal)) {
      return read(in);
    }
  }

  /**
   * Reads a journal from a stream, as {@link #read(Path)}; the stream is not closed.
   *
   * @param journal the journal's bytes, not null
   * @return this fold, not null
   * @throws IOException if the stream cannot be read
   */
  public DisclosureFold read(InputStream journal) throws IOException {
    new JournalStream(this).read(journal);
    return this;
  }

  /**
   * Returns the reports of the periods, in their order, with the tree head of each period whose
   * last day a journal read closed.
   *
   * @return the reports, not null
   */
  public List<DisclosureReport> reports() {
    List<DisclosureReport> out = new ArrayList<>(periods.size());
    for (PeriodSums p : periods) {
      out.add(
          p.report(
              this,
              threshold,
              Disclosures.elderlyShare(share(p)),
              Optional.ofNullable(heads.get(p.period.last()))));
    }
    return List.copyOf(out);
  }

  /** The elderly-care share of the year up to a period's last day. */
  Decision<LotteryElderlyShare.Result> share(PeriodSums p) {
    return Disclosures.share(
        p.yearToDate[0],
        p.yearToDate[1],
        RuleContext.of(registers.parameters(), registers.jurisdiction(), p.period.last()));
  }

  List<PeriodSums> periods() {
    return periods;
  }

  /** Folds a ledger entry held in memory: its transactions only (heads come from the book). */
  void accept(Entry entry) {
    if (entry instanceof Transaction tx) {
      fold(new EntryTransaction(tx));
    }
  }

  /** Folds an entry read from a journal line, after its leaf joined the frontier. */
  void accept(Entry entry, MerkleFrontier frontier) {
    if (entry instanceof Transaction tx) {
      fold(new EntryTransaction(tx));
    } else if (entry instanceof PeriodClose close) {
      head(
          close.through(),
          new DisclosureReport.Head(
              close.through().toString(), frontier.size(), Hashes.hex(frontier.root())));
    } else if (entry instanceof Account a
        && !a.ledger().equals(FundingAccounts.ledger(registers.community()))) {
      throw new IllegalArgumentException(
          "the journal opens an account of ledger "
              + a.ledger().value()
              + ", not of "
              + FundingAccounts.ledger(registers.community()).value());
    }
  }

  void head(LocalDate through, DisclosureReport.Head head) {
    heads.putIfAbsent(through, head);
  }

  /** Adds a funding transaction to every period's accumulators; closing entries are left out. */
  void fold(FoldedTransaction tx) {
    String source = tx.source();
    if (source == null) {
      return;
    }
    Dimensions d = sources.get(source);
    if (d == null) {
      d = Dimensions.of(FundingSource.parse(source));
      if (sources.size() < SOURCES_KEPT) {
        sources.put(source, d);
      }
    }
    if (d.kind() == null) {
      return;
    }
    int n = lines(tx.postings());
    for (int i = 0; i < n; i++) {
      lineAccounts[i] = keys.account(tx.account(i)).orElse(null);
      lineFen[i] = tx.fen(i);
    }
    add(tx, d, n);
  }

  /** As {@link #fold(FoldedTransaction)}, the source and accounts looked up by their bytes. */
  void fold(TransactionLine tx) {
    if (tx.sourceFrom() < 0) {
      return;
    }
    byte[] b = tx.bytes();
    Dimensions d = sourceSlices.get(b, tx.sourceFrom(), tx.sourceTo(), tx.sourceHash());
    if (d == null) {
      String source = java.util.Objects.requireNonNull(tx.source());
      d = Dimensions.of(FundingSource.parse(source));
      if (sourceSlices.size() < SOURCES_KEPT) {
        sourceSlices.put(b, tx.sourceFrom(), tx.sourceTo(), tx.sourceHash(), d);
      }
    }
    if (d.kind() == null) {
      return;
    }
    int n = lines(tx.postings());
    for (int i = 0; i < n; i++) {
      int from = tx.accountFrom(i);
      int to = tx.accountTo(i);
      Optional<LineAccount> a = accountSlices.get(b, from, to, tx.accountHash(i));
      if (a == null) {
        a = keys.account(tx.account(i));
        accountSlices.put(b, from, to, tx.accountHash(i), a);
      }
      lineAccounts[i] = a.orElse(null);
      lineFen[i] = tx.fen(i);
    }
    add(tx, d, n);
  }

  private int lines(int n) {
    if (n > lineAccounts.length) {
      lineAccounts = new LineAccount[n];
      lineFen = new long[n];
    }
    return n;
  }

  private void add(FoldedTransaction tx, Dimensions d, int n) {
    int date = tx.date();
    for (PeriodSums p : periods) {
      p.add(tx, d, date, lineAccounts, lineFen, n);
    }
  }

  byte[] ledger() {
    return ledger;
  }

  String community() {
    return registers.community().value();
  }

  /** The funds' keys and labels, and the projects' and contracts' labels. */
  FundKeys keys() {
    return keys;
  }
}
