package org.communitygov.rules.funding;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.communitygov.model.common.DateRange;
import org.communitygov.model.common.LocalizedName;
import org.communitygov.model.common.Money;
import org.communitygov.model.community.CommunityId;
import org.communitygov.model.funding.BudgetLine;
import org.communitygov.model.funding.Fund;
import org.communitygov.model.funding.FundId;
import org.communitygov.model.funding.FundingKind;
import org.communitygov.model.funding.FundingTransaction;
import org.communitygov.model.funding.Grantor;
import org.communitygov.model.funding.GrantorKind;
import org.communitygov.model.funding.Project;
import org.communitygov.model.funding.ProjectId;
import org.communitygov.model.funding.Restriction;
import org.communitygov.model.funding.SourceKind;
import org.communitygov.model.household.PopulationGroup;
import org.communitygov.model.service.ServiceCategory;
import org.communitygov.rules.engine.Jurisdiction;
import org.communitygov.rules.engine.ParameterSet;
import org.communitygov.rules.funding.book.FundBook;
import org.communitygov.rules.funding.book.FundingAccounts;
import org.communitygov.rules.funding.disclosure.DisclosureFold;
import org.communitygov.rules.funding.disclosure.DisclosureReport;
import org.communitygov.rules.funding.disclosure.ReportPeriod;
import org.communitygov.rules.ledger.Ledger;
import org.communitygov.rules.ledger.MemoryLedgerStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A year of a district's funding: 200 communities, 5,000 funding transactions each (1,000,000 in
 * all; receipts, spends by category, group and project, releases, transfers, refunds, major items,
 * over six funds, the four quarters closed), posted through each community's {@link FundBook} and
 * written as its journal file, the form the ledger keeps (ADR 0051). {@code district} streams the
 * 200 journal files through {@link DisclosureFold} into the 800 quarterly reports in {@code
 * -Xmx256m}. Named baselines over the same files in the same run: {@code readLines} reads the files
 * and counts their lines; {@code jacksonAmounts} parses every line with Jackson's streaming parser
 * and sums the amounts. Transactions per second = 1,000,000 / the time of one operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class DistrictDisclosure {
  static final int COMMUNITIES = Integer.getInteger("district.communities", 200);
  static final int TRANSACTIONS = Integer.getInteger("district.transactions", 5_000);
  static final List<ReportPeriod> QUARTERS =
      Stream.of("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4").map(ReportPeriod::parse).toList();
  static final LocalDate NEW_YEAR = LocalDate.of(2026, 1, 1);
  static final JsonFactory JSON = new JsonFactory();

  Path dir;
  List<Path> journals = new ArrayList<>();
  List<DisclosureFold.Registers> registers = new ArrayList<>();

  @Setup(Level.Trial)
  public void generate() throws IOException {
    dir = Files.createTempDirectory("district");
    long bytes = 0;
    int refused = 0;
    for (int c = 0; c < COMMUNITIES; c++) {
      CommunityId community = CommunityId.of(String.format("110101%06d", c + 1));
      FundBook book = book(community);
      refused += year(book);
      Path journal = dir.resolve(community.value() + ".ndjson");
      try (OutputStream out = Files.newOutputStream(journal)) {
        for (byte[] line : book.ledger().lines()) {
          out.write(line);
          out.write('\n');
        }
      }
      bytes += Files.size(journal);
      journals.add(journal);
      registers.add(DisclosureFold.Registers.of(book));
    }
    System.out.printf(
        "%ndistrict: %d journals, %,d bytes, %,d transactions refused%n",
        journals.size(), bytes, refused);
  }

  @TearDown(Level.Trial)
  public void delete() throws IOException {
    for (Path p : journals) {
      Files.deleteIfExists(p);
    }
    Files.deleteIfExists(dir);
  }

  static FundBook book(CommunityId community) {
    Ledger ledger =
        Ledger.open(
            FundingAccounts.ledger(community),
            new MemoryLedgerStore(),
            Clock.fixed(Instant.parse("2027-01-31T00:00:00Z"), ZoneOffset.UTC));
    FundBook book =
        FundBook.open(community, ledger, ParameterSet.defaults(), Jurisdiction.national());
    Grantor gov = Grantor.of(GrantorKind.GOVERNMENT, "区民政局", Optional.empty());
    for (Fund f :
        List.of(
            fund(community, "GEN", SourceKind.LOCAL_FINANCE, gov, Restriction.unrestricted()),
            fund(
                community,
                "MEAL",
                SourceKind.LOCAL_FINANCE,
                gov,
                Restriction.toCategory(ServiceCategory.MEAL_ASSISTANCE, Optional.empty())),
            fund(
                community,
                "ELDER",
                SourceKind.DONATION_ENTERPRISE,
                Grantor.of(GrantorKind.ORGANISATION, "物业公司", Optional.empty()),
                Restriction.toGroup(PopulationGroup.ELDERLY, Optional.empty())),
            fund(community, "LOT", SourceKind.WELFARE_LOTTERY, gov, Restriction.unrestricted()),
            fund(
                community,
                "DON",
                SourceKind.DONATION_INDIVIDUAL,
                Grantor.anonymous(),
                Restriction.unrestricted()),
            fund(community, "FEES", SourceKind.SERVICE_FEES, gov, Restriction.unrestricted()))) {
      book.register(f, NEW_YEAR);
    }
    book.register(
        Project.builder()
            .id(ProjectId.of("P-CANTEEN"))
            .community(community)
            .name(LocalizedName.of("长者食堂"))
            .period(DateRange.ofClosed(NEW_YEAR, LocalDate.of(2026, 12, 31)))
            .addBudget(
                BudgetLine.of(FundId.of("MEAL"), ServiceCategory.MEAL_ASSISTANCE, cny(100_000_000)))
            .build());
    return book;
  }

  static Fund fund(CommunityId c, String id, SourceKind source, Grantor grantor, Restriction r) {
    return Fund.builder()
        .id(FundId.of(id))
        .community(c)
        .name(LocalizedName.of(id))
        .source(source)
        .grantor(grantor)
        .restriction(r)
        .build();
  }

  static Money cny(long fen) {
    return Money.ofCny(BigDecimal.valueOf(fen, 2));
  }

  /** Posts a community's year with its quarter closes; returns the number refused. */
  static int year(FundBook book) {
    List<String> funds = List.of("GEN", "MEAL", "ELDER", "LOT", "DON", "FEES");
    List<FundingTransaction> txs = new ArrayList<>();
    for (String f : funds) {
      txs.add(receipt("open-" + f, NEW_YEAR, f, 10_000_000));
    }
    for (int i = 0; i < TRANSACTIONS - funds.size(); i++) {
      LocalDate date = NEW_YEAR.plusDays(i * 365L / TRANSACTIONS);
      String fund = funds.get(i % funds.size());
      String id = "T" + i;
      FundingTransaction tx;
      if (i % 10 == 0) {
        tx = receipt(id, date, fund, 500_000 + i % 97);
      } else if (i % 250 == 1) {
        tx =
            FundingTransaction.builder()
                .id(id)
                .kind(FundingKind.RELEASE)
                .date(date)
                .fund(FundId.of("ELDER"))
                .toFund(FundId.of("GEN"))
                .amount(cny(20_000))
                .authority("居民会议决议")
                .reason("项目结余")
                .build();
      } else if (i % 250 == 2) {
        tx =
            FundingTransaction.builder()
                .id(id)
                .kind(FundingKind.TRANSFER)
                .date(date)
                .fund(FundId.of("FEES"))
                .toFund(FundId.of("GEN"))
                .amount(cny(10_000))
                .build();
      } else if (i % 250 == 3) {
        tx =
            FundingTransaction.builder()
                .id(id)
                .kind(FundingKind.REFUND)
                .date(date)
                .fund(FundId.of("DON"))
                .amount(cny(5_000))
                .memo("退还捐赠")
                .build();
      } else {
        tx = spend(id, date, fund, i);
      }
      txs.add(tx);
    }
    List<LocalDate> closes = QUARTERS.stream().map(ReportPeriod::last).toList();
    return book.replay(txs, closes).size();
  }

  static FundingTransaction receipt(String id, LocalDate date, String fund, long fen) {
    return FundingTransaction.builder()
        .id(id)
        .kind(FundingKind.RECEIPT)
        .date(date)
        .fund(FundId.of(fund))
        .amount(cny(fen))
        .memo("拨付")
        .build();
  }

  static FundingTransaction spend(String id, LocalDate date, String fund, int i) {
    var b =
        FundingTransaction.builder()
            .id(id)
            .kind(FundingKind.SPEND)
            .date(date)
            .fund(FundId.of(fund))
            .amount(cny(5_000 + i % 503))
            .memo(i % 2 == 0 ? "助餐补贴" : "上门服务")
            .major(i % 997 == 0);
    switch (fund) {
      case "MEAL" ->
          b.category(ServiceCategory.MEAL_ASSISTANCE)
              .project(ProjectId.of("P-CANTEEN"))
              .group(PopulationGroup.ELDERLY);
      case "ELDER" -> b.category(ServiceCategory.DAILY_CARE).group(PopulationGroup.ELDERLY);
      case "LOT" ->
          b.category(ServiceCategory.DAILY_CARE)
              .group(i % 3 == 0 ? PopulationGroup.DISABLED : PopulationGroup.VERY_ELDERLY);
      case "GEN" -> b.category(ServiceCategory.CONVENIENCE);
      default -> b.category(ServiceCategory.MEAL_ASSISTANCE).group(PopulationGroup.CHILD);
    }
    return b.build();
  }

  @Benchmark
  public long district() throws IOException {
    long sum = 0;
    for (int c = 0; c < journals.size(); c++) {
      List<DisclosureReport> reports =
          DisclosureFold.of(registers.get(c), QUARTERS, 3).read(journals.get(c)).reports();
      for (DisclosureReport r : reports) {
        sum += r.totals().spending() + r.closingHead().map(DisclosureReport.Head::size).orElse(0L);
      }
    }
    return sum;
  }

  @Benchmark
  public long readLines() throws IOException {
    long lines = 0;
    byte[] buf = new byte[1 << 20];
    for (Path p : journals) {
      try (InputStream in = Files.newInputStream(p)) {
        for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
          for (int i = 0; i < n; i++) {
            if (buf[i] == '\n') {
              lines++;
            }
          }
        }
      }
    }
    return lines;
  }

  @Benchmark
  public long jacksonAmounts() throws IOException {
    long fen = 0;
    for (Path p : journals) {
      try (JsonParser parser = JSON.createParser(p.toFile())) {
        for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
          if (t == JsonToken.FIELD_NAME && parser.currentName().equals("amount")) {
            parser.nextToken();
            fen += new BigDecimal(parser.getText()).movePointRight(2).longValue();
          }
        }
      }
    }
    return fen;
  }
}
