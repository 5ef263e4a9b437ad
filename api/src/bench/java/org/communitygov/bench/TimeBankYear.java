package org.communitygov.bench;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.communitygov.model.common.DivisionCode;
import org.communitygov.model.common.LocalizedName;
import org.communitygov.model.ledger.Amount;
import org.communitygov.model.ledger.EntryId;
import org.communitygov.model.ledger.Posting;
import org.communitygov.model.ledger.Transaction;
import org.communitygov.model.ledger.Unit;
import org.communitygov.model.points.Expiry;
import org.communitygov.model.points.MemberId;
import org.communitygov.model.points.PolicyConfidence;
import org.communitygov.model.points.PolicySource;
import org.communitygov.model.points.PolicyTerm;
import org.communitygov.model.points.RedemptionPeriod;
import org.communitygov.model.points.RedemptionWindow;
import org.communitygov.model.points.Reward;
import org.communitygov.model.points.Scheme;
import org.communitygov.model.points.SchemeId;
import org.communitygov.model.points.SchemeKind;
import org.communitygov.model.points.SchemePolicy;
import org.communitygov.rules.ledger.Hashes;
import org.communitygov.rules.ledger.Ledger;
import org.communitygov.rules.ledger.MemoryLedgerStore;
import org.communitygov.rules.ledger.MerkleFrontier;
import org.communitygov.rules.points.Evaluation;
import org.communitygov.rules.points.PointsAccounts;
import org.communitygov.rules.points.PointsBook;
import org.communitygov.rules.points.ServiceRecordInput;
import org.communitygov.rules.points.Statement;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * A year of a city's time bank on one core: {@code records} seeded service records (2025) of {@code
 * volunteers} members, accrued by {@link PointsBook} (policy, explanation, ledger posting into a
 * {@link MemoryLedgerStore} with its Merkle tree), then the expiry job on 2026-12-31 (a 12-month
 * rolling expiry: every credit expires), then every member's statement for the year.
 *
 * <p>Baseline, {@code ledgerOnly}: the same accrual transactions, made beforehand, posted straight
 * to a fresh ledger, with no policy and no explanation. One operation is the whole year.
 *
 * <p>Floor, {@code hashesOnly}: the journal's hashes of the same transactions and nothing else —
 * each entry's canonical bytes, taken from a ledger's lines beforehand, hashed as a leaf ({@link
 * Hashes#leaf(byte[])}) and appended to a {@link MerkleFrontier} (one node hash per leaf on
 * average). Every hashed journal pays this per record, whatever else it does (ADR 0122).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TimeBankYear {
  @Param({"1000000"})
  int records;

  @Param({"50000"})
  int volunteers;

  Scheme scheme;
  List<ServiceRecordInput> input;
  private List<Transaction> transactions;
  private List<byte[]> entries = List.of();

  /**
   * A year sized by a harness's arguments: records (default 1,000,000), then volunteers (default
   * 50,000).
   */
  static TimeBankYear sized(String[] args) {
    TimeBankYear year = new TimeBankYear();
    year.records = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    year.volunteers = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
    return year;
  }

  static Scheme scheme() {
    PolicySource source = PolicySource.of("基准测试用示例政策", PolicyConfidence.UNCONFIRMED);
    SchemePolicy policy =
        SchemePolicy.builder()
            .effectiveFrom(LocalDate.of(2025, 1, 1))
            .pointsPerHour(PolicyTerm.of(BigDecimal.ONE, source))
            .maxHoursPerActivity(PolicyTerm.of(new BigDecimal("4"), source))
            .negativeEvaluationVoids(PolicyTerm.of(true, source))
            .redemptionWindow(
                PolicyTerm.of(RedemptionWindow.oncePer(RedemptionPeriod.MONTH), source))
            .addReward(
                Reward.of(
                    "HOME_CARE_HOUR",
                    LocalizedName.of("上门服务1小时"),
                    PolicyTerm.of(BigDecimal.ONE, source)))
            .expiry(PolicyTerm.of(Expiry.rollingMonths(12), source))
            .annualCap(PolicyTerm.of(new BigDecimal("300"), source))
            .storageCap(PolicyTerm.of(new BigDecimal("1500"), source))
            .transferAllowed(PolicyTerm.of(true, source))
            .donationAllowed(PolicyTerm.of(true, source))
            .groupHoursDonatedOnly(PolicyTerm.of(true, source))
            .build();
    return Scheme.builder()
        .id(SchemeId.of("city-time-bank"))
        .kind(SchemeKind.TIME_BANK)
        .name(LocalizedName.of("市时间银行（基准）"))
        .operator(LocalizedName.of("市养老服务指导中心"))
        .division(DivisionCode.parse("320100"))
        .addPolicy(policy)
        .build();
  }

  /**
   * Makes the input of the benchmark about to run, and only that: the year's records, or the
   * baseline's transactions, so that neither carries the other's million objects in its heap.
   *
   * @param params the benchmark's parameters, not null
   */
  @Setup
  public void setUp(BenchmarkParams params) {
    String benchmark = params.getBenchmark();
    boolean hashes = benchmark.endsWith(".hashesOnly");
    setUp(hashes || benchmark.endsWith(".ledgerOnly"));
    if (hashes) {
      keepEntryBytes();
    }
  }

  /**
   * Replaces the baseline's transactions by their entries' canonical bytes, cut from the lines of a
   * ledger they were posted to ({@code {"entry":<bytes>,"index":…}}), checked against the first
   * one's leaf hash as the ledger wrote it.
   */
  void keepEntryBytes() {
    List<byte[]> lines = baseline().lines();
    List<byte[]> cut = new ArrayList<>(transactions.size());
    byte[] prefix = "{\"entry\":".getBytes(StandardCharsets.UTF_8);
    for (byte[] line : lines.subList(lines.size() - transactions.size(), lines.size())) {
      String text = new String(line, StandardCharsets.UTF_8);
      int end =
          text.substring(0, text.lastIndexOf(",\"index\":"))
              .getBytes(StandardCharsets.UTF_8)
              .length;
      cut.add(Arrays.copyOfRange(line, prefix.length, end));
    }
    String first =
        new String(lines.get(lines.size() - transactions.size()), StandardCharsets.UTF_8);
    String leaf = Hashes.hex(Hashes.create().leaf(cut.get(0)));
    if (!first.contains("\"leaf\":\"" + leaf + "\"")) {
      throw new IllegalStateException("the cut entry is not the one the ledger hashed: " + first);
    }
    entries = cut;
    transactions = List.of();
  }

  /**
   * Makes the year's records, or (for {@code baseline}) the baseline's transactions made from them.
   *
   * @param baseline whether to make the baseline's transactions instead of the year's records
   */
  void setUp(boolean baseline) {
    scheme = scheme();
    transactions = List.of();
    Random random = new Random(20261202L);
    input = new ArrayList<>(records);
    LocalDate start = LocalDate.of(2025, 1, 1);
    for (int i = 0; i < records; i++) {
      LocalDate date = start.plusDays((long) i * 365 / records);
      Evaluation evaluation = random.nextInt(50) == 0 ? Evaluation.COMPLAINT : Evaluation.NONE;
      input.add(
          new ServiceRecordInput(
              "R" + i,
              "A" + (i / 8),
              MemberId.of("V" + random.nextInt(volunteers)),
              date,
              BigDecimal.valueOf(25 + random.nextInt(400), 2),
              "ORG" + random.nextInt(40),
              evaluation,
              random.nextInt(20) == 0));
    }
    if (!baseline) {
      return;
    }
    transactions = new ArrayList<>(records);
    for (ServiceRecordInput r : input) {
      Amount hours = Amount.of(Unit.HOUR, r.hours());
      transactions.add(
          Transaction.builder()
              .id(EntryId.of("acc:" + r.record()))
              .bookingDate(r.date())
              .valueDate(r.date())
              .addPosting(Posting.of(PointsAccounts.ISSUANCE, hours.negated()))
              .addPosting(Posting.of(PointsAccounts.member(r.member()), hours))
              .memo("服务记录 " + r.record())
              .source("service-record:" + r.record())
              .build());
    }
    input = List.of();
  }

  static Ledger ledger(Scheme scheme) {
    return Ledger.open(
        PointsBook.ledgerId(scheme),
        new MemoryLedgerStore(),
        Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC));
  }

  /** The year: accrue every record, run the expiry job, make every member's statement. */
  @Benchmark
  public long pointsBook() {
    Ledger ledger = ledger(scheme);
    PointsBook book = PointsBook.open(scheme, ledger);
    for (ServiceRecordInput r : input) {
      book.accrue(r);
    }
    long expired = book.expire(LocalDate.of(2026, 12, 31)).size();
    Map<MemberId, Statement> statements =
        Statement.all(
            ledger.entries(), scheme.unit(), LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31));
    return expired + statements.size() + ledger.head().size();
  }

  /** Baseline: the same number of accrual transactions posted straight to a ledger. */
  @Benchmark
  public long ledgerOnly() {
    return baseline().head().size();
  }

  /** A fresh ledger with the scheme's and the members' accounts and the baseline's transactions. */
  private Ledger baseline() {
    Ledger ledger = ledger(scheme);
    PointsBook.open(scheme, ledger);
    for (MemberId m : members()) {
      ledger.post(memberAccount(m));
    }
    for (Transaction tx : transactions) {
      ledger.post(tx);
    }
    return ledger;
  }

  /** Floor: the journal's leaf and node hashes of the same transactions, nothing else. */
  @Benchmark
  public long hashesOnly() {
    Hashes hashes = Hashes.create();
    MerkleFrontier frontier = new MerkleFrontier();
    for (byte[] entry : entries) {
      frontier.append(hashes.leaf(entry), 0);
    }
    return frontier.size() + frontier.root()[0];
  }

  private List<MemberId> members() {
    List<MemberId> members = new ArrayList<>(volunteers);
    for (int i = 0; i < volunteers; i++) {
      members.add(MemberId.of("V" + i));
    }
    return members;
  }

  private org.communitygov.model.ledger.Account memberAccount(MemberId m) {
    return org.communitygov.model.ledger.Account.builder()
        .id(PointsAccounts.member(m))
        .ledger(PointsBook.ledgerId(scheme))
        .kind(org.communitygov.model.ledger.AccountKind.MEMBER)
        .unit(Unit.HOUR)
        .openedOn(LocalDate.of(2025, 1, 1))
        .build();
  }
}
