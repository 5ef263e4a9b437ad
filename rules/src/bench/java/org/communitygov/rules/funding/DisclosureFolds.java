package org.communitygov.rules.funding;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.communitygov.model.common.LocalizedName;
import org.communitygov.model.common.Money;
import org.communitygov.model.community.CommunityId;
import org.communitygov.model.funding.Fund;
import org.communitygov.model.funding.FundId;
import org.communitygov.model.funding.FundingKind;
import org.communitygov.model.funding.FundingTransaction;
import org.communitygov.model.funding.Grantor;
import org.communitygov.model.funding.GrantorKind;
import org.communitygov.model.funding.Restriction;
import org.communitygov.model.funding.SourceKind;
import org.communitygov.model.household.PopulationGroup;
import org.communitygov.model.ledger.Entry;
import org.communitygov.model.ledger.Posting;
import org.communitygov.model.ledger.Transaction;
import org.communitygov.model.service.ServiceCategory;
import org.communitygov.rules.engine.Jurisdiction;
import org.communitygov.rules.engine.ParameterSet;
import org.communitygov.rules.funding.book.FundBook;
import org.communitygov.rules.funding.book.FundingAccounts;
import org.communitygov.rules.funding.disclosure.Disclosures;
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

/**
 * {@link Disclosures#of} of one community's year of 100,000 funding transactions (receipts and
 * spends over six funds, four quarters closed) into its four quarterly reports, against the named
 * baseline {@code sumPostings}: one loop over the same journal entries summing their lines.
 * Transactions per second = 100,000 × 4 / time of {@code fourQuarters} (each report reads the whole
 * journal).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class DisclosureFolds {
  static final int TRANSACTIONS = 100_000;
  static final CommunityId COMMUNITY = CommunityId.of("110101001001");
  static final List<ReportPeriod> QUARTERS =
      List.of(
          ReportPeriod.parse("2026-Q1"),
          ReportPeriod.parse("2026-Q2"),
          ReportPeriod.parse("2026-Q3"),
          ReportPeriod.parse("2026-Q4"));

  FundBook book;

  @Setup(Level.Trial)
  public void book() {
    Ledger ledger =
        Ledger.open(
            FundingAccounts.ledger(COMMUNITY),
            new MemoryLedgerStore(),
            Clock.fixed(Instant.parse("2027-01-31T00:00:00Z"), ZoneOffset.UTC));
    book = FundBook.open(COMMUNITY, ledger, ParameterSet.defaults(), Jurisdiction.national());
    Grantor gov = Grantor.of(GrantorKind.GOVERNMENT, "区民政局", Optional.empty());
    List<Fund> funds =
        List.of(
            fund("GEN", SourceKind.LOCAL_FINANCE, gov, Restriction.unrestricted()),
            fund(
                "MEAL",
                SourceKind.LOCAL_FINANCE,
                gov,
                Restriction.toCategory(ServiceCategory.MEAL_ASSISTANCE, Optional.empty())),
            fund("CARE", SourceKind.CENTRAL_FINANCE, gov, Restriction.unrestricted()),
            fund("LOT", SourceKind.WELFARE_LOTTERY, gov, Restriction.unrestricted()),
            fund(
                "DON",
                SourceKind.DONATION_INDIVIDUAL,
                Grantor.anonymous(),
                Restriction.unrestricted()),
            fund("FEES", SourceKind.SERVICE_FEES, gov, Restriction.unrestricted()));
    funds.forEach(f -> book.register(f, LocalDate.of(2026, 1, 1)));
    LocalDate day = LocalDate.of(2026, 1, 1);
    int refused = 0;
    for (int i = 0; i < TRANSACTIONS; i++) {
      LocalDate date = day.plusDays(i * 365L / TRANSACTIONS);
      Fund fund = funds.get(i % funds.size());
      boolean receipt = (i / funds.size()) % 2 == 0;
      var b =
          FundingTransaction.builder()
              .id("T" + i)
              .kind(receipt ? FundingKind.RECEIPT : FundingKind.SPEND)
              .date(date)
              .fund(fund.id())
              .amount(Money.ofCny(BigDecimal.valueOf(receipt ? 20000 + i % 7 : 10000 + i % 5, 2)));
      if (!receipt) {
        b.category(
                fund.id().value().equals("MEAL")
                    ? ServiceCategory.MEAL_ASSISTANCE
                    : ServiceCategory.DAILY_CARE)
            .group(i % 3 == 0 ? PopulationGroup.ELDERLY : PopulationGroup.DISABLED);
      }
      if (book.post(b.build()).outcomeOrThrow().isRefused()) {
        refused++;
      }
      if (i + 1 < TRANSACTIONS) {
        LocalDate next = day.plusDays((i + 1) * 365L / TRANSACTIONS);
        for (ReportPeriod q : QUARTERS) {
          if (!q.last().isBefore(date) && q.last().isBefore(next)) {
            book.close(q.last());
          }
        }
      }
    }
    book.close(LocalDate.of(2026, 12, 31));
    System.out.printf(
        "%njournal: %,d entries, %,d refused%n", book.ledger().entries().size(), refused);
  }

  static Fund fund(String id, SourceKind source, Grantor grantor, Restriction r) {
    return Fund.builder()
        .id(FundId.of(id))
        .community(COMMUNITY)
        .name(LocalizedName.of(id))
        .source(source)
        .grantor(grantor)
        .restriction(r)
        .build();
  }

  @Benchmark
  public long fourQuarters() {
    long sum = 0;
    for (ReportPeriod q : QUARTERS) {
      sum += Disclosures.of(book, q, Disclosures.DEFAULT_THRESHOLD).totals().spending();
    }
    return sum;
  }

  @Benchmark
  public long sumPostings() {
    long sum = 0;
    for (Entry e : book.ledger().entries()) {
      if (e instanceof Transaction tx) {
        for (Posting p : tx.postings()) {
          sum += p.amount().minor();
        }
      }
    }
    return sum;
  }
}
