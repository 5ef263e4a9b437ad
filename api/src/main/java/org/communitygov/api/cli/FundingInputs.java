package org.communitygov.api.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.communitygov.api.exchange.RecordKind;
import org.communitygov.api.json.CommunityGovMappers;
import org.communitygov.model.common.CommunityGovException;
import org.communitygov.model.funding.Fund;
import org.communitygov.model.funding.FundingTransaction;
import org.communitygov.model.funding.Project;
import org.communitygov.model.funding.PurchaseContract;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.engine.ExplanationRenderer;
import org.communitygov.rules.engine.Jurisdiction;
import org.communitygov.rules.engine.ParameterSet;
import org.communitygov.rules.funding.book.FundBook;
import org.communitygov.rules.funding.book.FundingAccounts;
import org.communitygov.rules.funding.book.FundingOutcome;
import org.communitygov.rules.funding.disclosure.DisclosureFold;
import org.communitygov.rules.ledger.Ledger;
import org.communitygov.rules.ledger.MemoryLedgerStore;
import picocli.CommandLine.Option;

/**
 * The inputs of the funding commands: the funds, projects, contracts and funding transactions
 * (exchange documents of the kinds FUNDS, PROJECTS, PURCHASE_CONTRACTS and FUNDING_TRANSACTIONS, as
 * {@code validate} reads them; a plain JSON array of the records is still read), the day the ledger
 * takes as today, the place and the language. The book is built in memory: every fund's accounts
 * open on the first day of the year of the earliest transaction, the contracts are registered (a
 * term too long is refused), and the transactions are posted in date order.
 */
final class FundingInputs {
  private static final JsonMapper JSON = CommunityGovMappers.strict();

  @Option(
      names = "--funds",
      required = true,
      paramLabel = "FILE",
      description = "Funds: a FUNDS exchange document (or a JSON array of funds).")
  String funds = "";

  @Option(
      names = "--projects",
      paramLabel = "FILE",
      description = "Projects: a PROJECTS exchange document (or a JSON array); none if absent.")
  String projects = "";

  @Option(
      names = "--contracts",
      paramLabel = "FILE",
      description =
          "Purchase contracts: a PURCHASE_CONTRACTS exchange document (or a JSON array); none if absent.")
  String contracts = "";

  @Option(
      names = "--transactions",
      paramLabel = "FILE",
      description =
          "Funding transactions: a FUNDING_TRANSACTIONS exchange document (or a JSON array).")
  String transactions = "";

  @Option(
      names = "--close",
      paramLabel = "DATE",
      description = "Close the period through this day (repeatable).")
  List<String> closes = new ArrayList<>();

  @Option(
      names = "--then",
      paramLabel = "FILE",
      description =
          "Funding transactions (a FUNDING_TRANSACTIONS document or a JSON array) posted after the others and the closes, in order.")
  String then = "";

  @Option(
      names = "--today",
      paramLabel = "DATE",
      description = "The ledger's today: later entries are refused (default: the system's date).")
  String today = "";

  @Option(
      names = "--place",
      paramLabel = "DIVISION",
      description = "Where the rules apply: a division code or national (default: national).")
  String place = "national";

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      converter = Language.Converter.class,
      description = "Language of explanations: zh-CN or en (default: zh-CN).")
  Language language = Language.ZH_CN;

  /** The inputs read and the book built, with what it refused. */
  record Loaded(
      FundBook book,
      List<FundingTransaction> transactions,
      List<FundingTransaction> then,
      List<String> refused) {}

  /**
   * Reads a file of records of a kind: an exchange document of that kind ({@code kind}, then {@code
   * records}: the primary form, ADR 0049) or a plain JSON array of the records.
   */
  <T> List<T> read(String file, RecordKind kind, String what, TypeReference<List<T>> type)
      throws UnreadableInput {
    if (file.isEmpty()) {
      return List.of();
    }
    String text = InputFiles.text(file);
    try {
      JsonNode tree = JSON.readTree(text);
      if (tree != null && tree.isObject()) {
        String found = tree.path("kind").asText("");
        if (!found.equals(kind.name())) {
          throw new CommunityGovException(
              found.isEmpty() ? "envelope.kind.missing" : "envelope.kind.unexpected",
              file
                  + " /kind: a document of kind "
                  + kind.name()
                  + " is expected"
                  + (found.isEmpty() ? "" : ", not " + found));
        }
        JsonNode records = tree.path("records");
        if (!records.isArray()) {
          throw new CommunityGovException(
              "envelope.records.type", file + " /records: records is an array");
        }
        return JSON.treeToValue(records, JSON.getTypeFactory().constructType(type));
      }
      return JSON.readValue(text, type);
    } catch (JacksonException e) {
      throw InputFiles.notValid(file, what, e);
    }
  }

  /**
   * Reads the registers only (funds, projects, contracts) for a fold of a journal; the parameters
   * are the defaults, the place {@code --place}.
   */
  DisclosureFold.Registers registers() throws UnreadableInput {
    List<Fund> fundList = read(funds, RecordKind.FUNDS, "list of funds", new TypeReference<>() {});
    if (fundList.isEmpty()) {
      throw new IllegalArgumentException("no funds in " + funds);
    }
    return new DisclosureFold.Registers(
        fundList.get(0).community(),
        fundList,
        read(projects, RecordKind.PROJECTS, "list of projects", new TypeReference<>() {}),
        read(
            contracts,
            RecordKind.PURCHASE_CONTRACTS,
            "list of contracts",
            new TypeReference<>() {}),
        ParameterSet.defaults(),
        Jurisdiction.parse(place));
  }

  /** Reads the files and opens the book; nothing is posted yet. */
  Loaded open() throws UnreadableInput {
    if (transactions.isEmpty()) {
      throw new IllegalArgumentException("--transactions is required");
    }
    List<Fund> fundList = read(funds, RecordKind.FUNDS, "list of funds", new TypeReference<>() {});
    List<Project> projectList =
        read(projects, RecordKind.PROJECTS, "list of projects", new TypeReference<>() {});
    List<PurchaseContract> contractList =
        read(
            contracts,
            RecordKind.PURCHASE_CONTRACTS,
            "list of contracts",
            new TypeReference<>() {});
    List<FundingTransaction> txs =
        read(
            transactions,
            RecordKind.FUNDING_TRANSACTIONS,
            "list of funding transactions",
            new TypeReference<>() {});
    List<FundingTransaction> late =
        read(
            then,
            RecordKind.FUNDING_TRANSACTIONS,
            "list of funding transactions",
            new TypeReference<>() {});
    if (fundList.isEmpty()) {
      throw new IllegalArgumentException("no funds in " + funds);
    }
    LocalDate now = today.isEmpty() ? LocalDate.now(ZoneOffset.UTC) : LocalDate.parse(today);
    Ledger ledger =
        Ledger.open(
            FundingAccounts.ledger(fundList.get(0).community()),
            new MemoryLedgerStore(),
            Clock.fixed(now.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    FundBook book =
        FundBook.open(
            fundList.get(0).community(),
            ledger,
            ParameterSet.defaults(),
            Jurisdiction.parse(place));
    LocalDate opened =
        txs.stream()
            .map(FundingTransaction::date)
            .min(LocalDate::compareTo)
            .orElse(now)
            .withDayOfYear(1);
    fundList.forEach(f -> book.register(f, opened));
    projectList.forEach(book::register);
    List<String> refused = new ArrayList<>();
    for (PurchaseContract c : contractList) {
      var d = book.register(c);
      if (!d.outcomeOrThrow().code().equals("WITHIN_LIMIT")) {
        refused.add("REFUSED contract " + c.id() + " funding.contract.termTooLong: " + summary(d));
      }
    }
    return new Loaded(book, txs, late, refused);
  }

  /** Posts the transactions with the closes; adds one line per refusal. */
  void replay(Loaded loaded, List<LocalDate> closes) {
    List<LocalDate> all = new ArrayList<>(closes);
    this.closes.forEach(c -> all.add(LocalDate.parse(c)));
    var refused =
        new java.util.LinkedHashMap<>(
            loaded.book().replay(loaded.transactions(), all.stream().distinct().toList()));
    for (FundingTransaction tx : loaded.then()) {
      Decision<FundingOutcome> d = loaded.book().post(tx);
      if (d.outcomeOrThrow().isRefused()) {
        refused.put(tx.id(), d);
      }
    }
    refused.forEach(
        (id, d) -> {
          FundingOutcome o = d.outcomeOrThrow();
          loaded
              .refused()
              .add(
                  "REFUSED "
                      + id
                      + " "
                      + o.refusal().orElseThrow().code()
                      + o.ledgerCode().map(c -> " (" + c + ")").orElse("")
                      + ": "
                      + summary(d));
        });
  }

  String summary(Decision<?> d) {
    String text = ExplanationRenderer.of(language.locale()).render(d);
    int nl = text.indexOf('\n');
    return nl < 0 ? text : text.substring(0, nl);
  }

  /** Prints the refusals to standard error; true if there were any. */
  static boolean report(Loaded loaded, PrintWriter err) {
    loaded.refused().forEach(err::println);
    err.flush();
    return !loaded.refused().isEmpty();
  }

  Locale locale() {
    return language.locale();
  }
}
