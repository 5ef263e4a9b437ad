package org.communitygov.rules.funding.book;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.communitygov.model.common.Money;
import org.communitygov.model.community.CommunityId;
import org.communitygov.model.funding.ContractId;
import org.communitygov.model.funding.Fund;
import org.communitygov.model.funding.FundId;
import org.communitygov.model.funding.FundingKind;
import org.communitygov.model.funding.FundingTransaction;
import org.communitygov.model.funding.Project;
import org.communitygov.model.funding.ProjectId;
import org.communitygov.model.funding.PurchaseContract;
import org.communitygov.model.ledger.Entry;
import org.communitygov.model.ledger.Transaction;
import org.communitygov.model.service.ServiceCategory;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.engine.Jurisdiction;
import org.communitygov.rules.engine.ParameterSet;
import org.communitygov.rules.engine.RuleContext;
import org.communitygov.rules.engine.Step;
import org.communitygov.rules.ledger.Ledger;
import org.communitygov.rules.ledger.Outcome;
import org.communitygov.rules.ledger.TreeHead;

/**
 * A community's funding on its ledger: the funds, projects and contracts registered, and every
 * receipt, spend, transfer, release, refund, contract payment and period close decided by the
 * funding rules and posted as ledger transactions (ADRs 0088, 0089). A refusal is a decision with
 * its code and explanation, and posts nothing.
 *
 * <p>The book reads the ledger through its public API only; opening a book on an existing journal
 * folds what it needs from the journal's entries. Not thread-safe: one book per ledger writer.
 *
 * @since 0.1.0
 */
public final class FundBook implements BookView {
  private final CommunityId community;
  private final Ledger ledger;
  private final ParameterSet parameters;
  private final Jurisdiction jurisdiction;
  private final Map<FundId, Fund> funds = new LinkedHashMap<>();
  private final Map<ProjectId, Project> projects = new LinkedHashMap<>();
  private final Map<ContractId, PurchaseContract> contracts = new LinkedHashMap<>();
  private final FundingFold fold = new FundingFold();
  private final java.util.Set<String> posted = new java.util.HashSet<>();
  private final Map<LocalDate, TreeHead> heads = new java.util.HashMap<>();

  private FundBook(
      CommunityId community, Ledger ledger, ParameterSet parameters, Jurisdiction jurisdiction) {
    this.community = Objects.requireNonNull(community, "community");
    this.ledger = Objects.requireNonNull(ledger, "ledger");
    this.parameters = Objects.requireNonNull(parameters, "parameters");
    this.jurisdiction = Objects.requireNonNull(jurisdiction, "jurisdiction");
    for (Entry e : ledger.entries()) {
      apply(e);
    }
  }

  /**
   * Opens the book of a community on its ledger.
   *
   * @param community the community, not null
   * @param ledger its funding ledger, not null
   * @param parameters the parameters (lottery uses, contract terms), not null
   * @param jurisdiction where the rules apply, not null
   * @return the book, not null
   */
  public static FundBook open(
      CommunityId community, Ledger ledger, ParameterSet parameters, Jurisdiction jurisdiction) {
    return new FundBook(community, ledger, parameters, jurisdiction);
  }

  private void apply(Entry e) {
    fold.apply(e);
    if (e instanceof Transaction tx) {
      posted.add(tx.id().value());
    }
  }

  /**
   * Registers a fund and opens its accounts on the ledger (again on a reopened book: the ledger
   * answers that they exist).
   *
   * @param fund the fund, of this book's community, not null
   * @param openedOn the date its accounts open, not null
   * @throws IllegalArgumentException if the fund is of another community, or the ledger refuses its
   *     accounts
   */
  public void register(Fund fund, LocalDate openedOn) {
    if (!fund.community().equals(community)) {
      throw new IllegalArgumentException("fund " + fund.id() + " is of another community");
    }
    for (Outcome o : ledger.postLinked(FundingAccounts.open(fund, openedOn))) {
      if (!o.isAccepted()) {
        throw new IllegalArgumentException("the ledger refused an account: " + o.code());
      }
    }
    funds.put(fund.id(), fund);
  }

  /**
   * Registers a project.
   *
   * @param project the project, not null
   */
  public void register(Project project) {
    projects.put(project.id(), project);
  }

  /**
   * Registers a purchase contract if its term is within the limits ({@link ContractTerm}).
   *
   * @param contract the contract, not null
   * @return the term decision: {@code TOO_LONG} registers nothing, not null
   */
  public Decision<ContractTerm.Result> register(PurchaseContract contract) {
    Decision<ContractTerm.Result> d =
        ContractTerm.rule()
            .evaluate(ContractTerm.input(contract), context(contract.term().start()));
    if (d.outcomeOrThrow() == ContractTerm.Result.WITHIN_LIMIT) {
      contracts.put(contract.id(), contract);
    }
    return d;
  }

  /**
   * Decides a funding transaction and posts it if allowed. A transaction whose id was posted before
   * is not decided again: the ledger answers it (the same content: posted; other content: refused
   * {@code funding.ledger.refused} with the ledger's {@code exists_with_different_*} code).
   *
   * @param tx the transaction, not null
   * @return the decision, not null
   */
  public Decision<FundingOutcome> post(FundingTransaction tx) {
    Decision<FundingOutcome> d =
        posted.contains(tx.id())
            ? repeat(tx)
            : FundingDecisions.decide(tx, this, context(tx.date()));
    return postAll(d);
  }

  private Decision<FundingOutcome> repeat(FundingTransaction tx) {
    FundingTransaction effective = tx;
    if (tx.kind() == FundingKind.CONTRACT_PAYMENT) {
      Optional<PurchaseContract> c = tx.contract().flatMap(this::contract);
      if (c.isPresent()) {
        effective =
            FundingTransaction.builder()
                .from(tx)
                .category(c.get().category())
                .project(tx.project().or(c.get()::project))
                .build();
      }
    }
    Optional<Fund> from = fund(tx.fund());
    if (from.isEmpty()) {
      return FundingDecisions.decide(tx, this, context(tx.date()));
    }
    Fund to = tx.toFund().flatMap(this::fund).orElse(from.get());
    Transaction candidate = Postings.of(effective, from.get(), to);
    return Decision.of(
        Gate.RULE,
        FundingOutcome.posting(tx.kind().name(), List.of(candidate), List.of()),
        org.communitygov.rules.engine.Explanation.of(List.of()));
  }

  /**
   * Closes the period through a date: checks every fund's balances, posts one closing entry per
   * fund with flows and the period close, linked, and fixes the ledger's tree head for the period
   * ({@link #closingHead(LocalDate)}).
   *
   * @param through the last day of the period, not null
   * @return the decision, not null
   */
  public Decision<FundingOutcome> close(LocalDate through) {
    return postAll(PeriodCloses.decide(through, this));
  }

  /**
   * Posts transactions in date order and closes the given periods as their last days pass: a close
   * is made before the first transaction dated after it, and the rest after the last one.
   *
   * @param transactions the transactions, in any order, not null
   * @param closes the last days of the periods to close, not null
   * @return the refused decisions by the transaction's id (a close's by {@code close:<day>}), in
   *     order, not null
   */
  public Map<String, Decision<FundingOutcome>> replay(
      List<FundingTransaction> transactions, List<LocalDate> closes) {
    List<FundingTransaction> sorted = new ArrayList<>(transactions);
    sorted.sort(java.util.Comparator.comparing(FundingTransaction::date));
    List<LocalDate> pending = new ArrayList<>(closes);
    pending.sort(null);
    Map<String, Decision<FundingOutcome>> refused = new LinkedHashMap<>();
    for (FundingTransaction tx : sorted) {
      while (!pending.isEmpty() && pending.get(0).isBefore(tx.date())) {
        LocalDate through = pending.remove(0);
        keepRefused("close:" + through, close(through), refused);
      }
      keepRefused(tx.id(), post(tx), refused);
    }
    for (LocalDate through : pending) {
      keepRefused("close:" + through, close(through), refused);
    }
    return refused;
  }

  private static void keepRefused(
      String key, Decision<FundingOutcome> d, Map<String, Decision<FundingOutcome>> out) {
    if (d.outcomeOrThrow().isRefused()) {
      out.put(key, d);
    }
  }

  private Decision<FundingOutcome> postAll(Decision<FundingOutcome> d) {
    FundingOutcome outcome = d.outcomeOrThrow();
    if (outcome.isRefused()) {
      return d;
    }
    List<Entry> entries = new ArrayList<>(outcome.transactions());
    PeriodCloses.closeEntry(outcome).ifPresent(entries::add);
    List<Outcome> results =
        entries.size() == 1 ? List.of(ledger.post(entries.get(0))) : ledger.postLinked(entries);
    for (Outcome o : results) {
      if (!o.isAccepted()) {
        String code =
            results.stream()
                .filter(r -> !r.isAccepted() && !r.code().equals("linked_entry_failed"))
                .findFirst()
                .orElse(o)
                .code();
        Step refused =
            Step.builder("funding.ledger")
                .fact(Gate.fact("ledgerCode", code))
                .result(Gate.fact("accepted", false))
                .build();
        return Decision.of(
            d.ruleId(), outcome.refusedByLedger(code), d.explanation().thenDecisive(refused));
      }
    }
    for (Entry e : entries) {
      if (!posted.contains(e.key())) {
        apply(e);
      }
    }
    // The close entry is the last one posted: the head now is the period's head.
    outcome.closes().ifPresent(through -> heads.putIfAbsent(through, ledger.head()));
    return d;
  }

  /**
   * Returns the tree head of the ledger as it was when a period was closed: its size counts the
   * period close entry.
   *
   * @param through the last day of the closed period, not null
   * @return the head, empty if no such close, not null
   */
  public Optional<TreeHead> closingHead(LocalDate through) {
    TreeHead head = heads.get(through);
    if (head == null) {
      // A book reopened on a journal: the head up to the close entry, from the journal's lines.
      Optional<TreeHead> found = PeriodCloses.head(ledger, through);
      found.ifPresent(h -> heads.put(through, h));
      return found;
    }
    return Optional.of(head);
  }

  /**
   * Returns the context the funding rules decide in on a date: the book's parameters and
   * jurisdiction (the disclosure evaluates the lottery share in it).
   *
   * @param date the date, not null
   * @return the context, not null
   */
  public RuleContext context(LocalDate date) {
    return RuleContext.of(parameters, jurisdiction, date);
  }

  /**
   * Returns the community.
   *
   * @return the community, not null
   */
  public CommunityId community() {
    return community;
  }

  /**
   * Returns the ledger.
   *
   * @return the ledger, not null
   */
  public Ledger ledger() {
    return ledger;
  }

  /**
   * Returns the funds registered, in order.
   *
   * @return the funds, not null
   */
  public List<Fund> funds() {
    return List.copyOf(funds.values());
  }

  /**
   * Returns the projects registered, in order.
   *
   * @return the projects, not null
   */
  public List<Project> projects() {
    return List.copyOf(projects.values());
  }

  /**
   * Returns the contracts registered, in order.
   *
   * @return the contracts, not null
   */
  public List<PurchaseContract> contracts() {
    return List.copyOf(contracts.values());
  }

  @Override
  public Optional<Fund> fund(FundId id) {
    return Optional.ofNullable(funds.get(id));
  }

  @Override
  public Optional<Project> project(ProjectId id) {
    return Optional.ofNullable(projects.get(id));
  }

  @Override
  public Optional<PurchaseContract> contract(ContractId id) {
    return Optional.ofNullable(contracts.get(id));
  }

  /**
   * Returns a fund's money now: the balance of its {@code fund:F} account.
   *
   * @param fund the fund, not null
   * @return the balance, zero for an unknown fund, not null
   */
  @Override
  public Money balance(FundId fund) {
    return ledger
        .balance(FundingAccounts.of(FundingAccounts.Role.FUND, fund))
        .map(a -> a.toMoney())
        .orElse(FundingFold.money(0));
  }

  @Override
  public Money netReceipts(FundId fund) {
    return fold.netReceipts(fund);
  }

  @Override
  public Money spent(ProjectId project, FundId fund, ServiceCategory category) {
    return fold.spent(project.value(), fund.value(), category.code());
  }

  @Override
  public Money paid(ContractId contract) {
    return fold.paid(contract.value());
  }

  @Override
  public Money paid(ContractId contract, String milestone) {
    return fold.paid(contract.value(), milestone);
  }

  @Override
  public Optional<LocalDate> closedThrough() {
    return fold.closedThrough();
  }
}
