package org.communitygov.rules.points;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.communitygov.model.common.DivisionCode;
import org.communitygov.model.common.LocalizedName;
import org.communitygov.model.ledger.AccountId;
import org.communitygov.model.ledger.Amount;
import org.communitygov.model.ledger.EntryId;
import org.communitygov.model.ledger.Unit;
import org.communitygov.model.points.Expiry;
import org.communitygov.model.points.MemberId;
import org.communitygov.model.points.PolicyConfidence;
import org.communitygov.model.points.PolicySource;
import org.communitygov.model.points.PolicyTerm;
import org.communitygov.model.points.Scheme;
import org.communitygov.model.points.SchemeId;
import org.communitygov.model.points.SchemeKind;
import org.communitygov.model.points.SchemePolicy;
import org.communitygov.model.points.TransactionKind;
import org.communitygov.rules.engine.Decision;

/**
 * Times {@link Accruals#accrue} alone, warm, by the thread's CPU time: records of a time bank's
 * year (the policy of {@code TimeBankYear}: at most 4 hours an activity, annual cap 300, storage
 * cap 1500, group hours donated, complaints void) with varied member facts, so that every branch is
 * taken; each argument is made before the clock starts. Not a test: run its {@code main} on the
 * test class path, {@code java -cp rules/target/test-classes:rules/target/classes:...
 * org.communitygov.rules.points.AccrualTiming [records] [calls per round] [rounds]}.
 */
final class AccrualTiming {
  private AccrualTiming() {}

  /**
   * Runs the rounds and prints the CPU time per call of each.
   *
   * @param args distinct records (default 100,000), calls per round (default 1,000,000), rounds
   *     (default 5)
   */
  public static void main(String[] args) throws ReflectiveOperationException {
    int records = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int calls = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    Scheme scheme = scheme();
    PolicyParameters parameters = PolicyParameters.of(scheme);
    Random random = new Random(20261203L);
    ServiceRecordInput[] input = new ServiceRecordInput[records];
    PolicyTerms[] terms = new PolicyTerms[records];
    MemberFacts[] facts = new MemberFacts[records];
    EntryId[] ids = new EntryId[records];
    AccountId[] accounts = new AccountId[records];
    LocalDate start = LocalDate.of(2025, 1, 1);
    for (int i = 0; i < records; i++) {
      LocalDate date = start.plusDays((long) i * 365 / records);
      int rating = random.nextInt(50);
      input[i] =
          new ServiceRecordInput(
              "R" + i,
              "A" + (i / 8),
              MemberId.of("V" + random.nextInt(50_000)),
              date,
              BigDecimal.valueOf(25 + random.nextInt(600), 2),
              "ORG" + random.nextInt(40),
              random.nextInt(50) == 0 ? Evaluation.COMPLAINT : Evaluation.NONE,
              random.nextInt(20) == 0,
              rating < 5 ? OptionalInt.of(rating + 1) : OptionalInt.empty());
      terms[i] = parameters.on(date).orElseThrow();
      facts[i] =
          new MemberFacts(
              Amount.ofMinor(Unit.HOUR, random.nextInt(152_000)),
              Amount.ofMinor(Unit.HOUR, random.nextInt(31_000)),
              Optional.empty());
      ids[i] = EntryKeys.of(TransactionKind.ACCRUAL.prefix() + ":" + input[i].record());
      accounts[i] = PointsAccounts.member(input[i].member());
    }
    // The thread's CPU clock by reflection: the tests' module does not read java.management, and
    // the harness runs on the class path, where it is there.
    Object cpu =
        Class.forName("java.lang.management.ManagementFactory")
            .getMethod("getThreadMXBean")
            .invoke(null);
    Method clock =
        Class.forName("java.lang.management.ThreadMXBean").getMethod("getCurrentThreadCpuTime");
    Object[] kept = new Object[1024];
    for (int r = 0; r < rounds; r++) {
      long t0 = (Long) clock.invoke(cpu);
      for (int c = 0, i = 0; c < calls; c++, i = i + 1 == records ? 0 : i + 1) {
        Decision<PointsOutcome> d =
            Accruals.accrue(terms[i], input[i], facts[i], ids[i], accounts[i]);
        kept[c & 1023] = d;
      }
      long t1 = (Long) clock.invoke(cpu);
      System.out.printf(
          "round %d: %,d calls, %.0f ns per call (thread CPU)%n",
          r, calls, (t1 - t0) / (double) calls);
    }
    System.out.println(kept[0]);
  }

  private static Scheme scheme() {
    PolicySource source = PolicySource.of("计时用示例政策", PolicyConfidence.UNCONFIRMED);
    return Scheme.builder()
        .id(SchemeId.of("timing-time-bank"))
        .kind(SchemeKind.TIME_BANK)
        .name(LocalizedName.of("时间银行（计时）"))
        .operator(LocalizedName.of("养老服务指导中心"))
        .division(DivisionCode.parse("320100"))
        .addPolicy(
            SchemePolicy.builder()
                .effectiveFrom(LocalDate.of(2025, 1, 1))
                .pointsPerHour(PolicyTerm.of(BigDecimal.ONE, source))
                .maxHoursPerActivity(PolicyTerm.of(new BigDecimal("4"), source))
                .negativeEvaluationVoids(PolicyTerm.of(true, source))
                .expiry(PolicyTerm.of(Expiry.rollingMonths(12), source))
                .annualCap(PolicyTerm.of(new BigDecimal("300"), source))
                .storageCap(PolicyTerm.of(new BigDecimal("1500"), source))
                .transferAllowed(PolicyTerm.of(true, source))
                .donationAllowed(PolicyTerm.of(true, source))
                .groupHoursDonatedOnly(PolicyTerm.of(true, source))
                .build())
        .build();
  }
}
