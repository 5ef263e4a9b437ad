package org.communitygov.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.communitygov.model.common.DivisionCode;
import org.communitygov.rules.engine.Jurisdiction;
import org.communitygov.rules.engine.ParameterSet;
import org.communitygov.rules.engine.RuleContext;
import org.communitygov.rules.needs.elderability.ElderAbilityAssessment;
import org.communitygov.rules.needs.meanstest.Area;
import org.communitygov.rules.needs.meanstest.MeansTestInput;
import org.communitygov.rules.needs.meanstest.MlgEligibility;
import org.communitygov.rules.needs.priority.PriorityGroups;
import org.communitygov.rules.needs.shared.HouseholdInput;

/**
 * The households of {@link NeedsRules} outside JMH, for a machine too loaded for JMH's errors: per
 * round, each rule alone and the hand-written method over the same households, one after the other
 * in one thread, with the bytes each allocates per household (exact, from the thread's allocation
 * counter, so independent of load) and the time (as noisy as the machine). The ratio of a round
 * compares the three rules with the hand-written method measured seconds apart, in elapsed time and
 * in the thread's CPU time (which a loaded machine disturbs less: waiting for a core is not
 * counted).
 *
 * <pre>{@code
 * java -cp api/target/benchmarks.jar org.communitygov.bench.NeedsRulesProbe [households per run]
 * }</pre>
 */
public final class NeedsRulesProbe {
  private static Object sink;

  private NeedsRulesProbe() {}

  /**
   * Runs four rounds and prints one line per round.
   *
   * @param args the number of evaluations per rule and round (default 1,000,000)
   */
  public static void main(String[] args) throws ReflectiveOperationException {
    List<NeedsHouseholds.Sample> samples =
        NeedsHouseholds.generate(NeedsRules.COUNT, NeedsRules.SEED);
    List<MeansTestInput> means = new ArrayList<>();
    List<HouseholdInput> households = new ArrayList<>();
    for (NeedsHouseholds.Sample s : samples) {
      means.add(MeansTestInput.of(s.household(), Area.URBAN));
      households.add(HouseholdInput.of(s.household()));
    }
    RuleContext context =
        RuleContext.of(
            ParameterSet.defaults(),
            Jurisdiction.of(DivisionCode.parse("500103")),
            NeedsHouseholds.DATE);
    PlainParameters plain = new PlainParameters(context);
    // com.sun.management.ThreadMXBean, by reflection: the benchmark module does not read
    // jdk.management.
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Method allocated =
        Class.forName("com.sun.management.ThreadMXBean")
            .getMethod("getCurrentThreadAllocatedBytes");
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    String[] names = {"mlg", "elder", "groups", "hand"};
    for (int round = 0; round < 4; round++) {
      long[] nanos = new long[4];
      long[] cpu = new long[4];
      long[] bytes = new long[4];
      for (int which = 0; which < 4; which++) {
        long b0 = (Long) allocated.invoke(threads);
        long t0 = System.nanoTime();
        long c0 = threads.getCurrentThreadCpuTime();
        for (int k = 0; k < n; k++) {
          int i = k & (NeedsRules.COUNT - 1);
          NeedsHouseholds.Sample s = samples.get(i);
          sink =
              switch (which) {
                case 0 -> MlgEligibility.rule().evaluate(means.get(i), context);
                case 1 -> ElderAbilityAssessment.rule().evaluate(s.elder(), context);
                case 2 -> PriorityGroups.rule().evaluate(households.get(i), context);
                default ->
                    HandWrittenNeeds.evaluate(
                        s.household(), s.elder(), plain, NeedsHouseholds.DATE);
              };
        }
        nanos[which] = System.nanoTime() - t0;
        cpu[which] = threads.getCurrentThreadCpuTime() - c0;
        bytes[which] = (Long) allocated.invoke(threads) - b0;
      }
      StringBuilder line = new StringBuilder("round " + round + ":");
      for (int w = 0; w < 4; w++) {
        line.append(
            String.format(
                " %s %d B %.0f ns (CPU %.0f) |",
                names[w], bytes[w] / n, nanos[w] / (double) n, cpu[w] / (double) n));
      }
      long rules = nanos[0] + nanos[1] + nanos[2];
      long rulesCpu = cpu[0] + cpu[1] + cpu[2];
      line.append(
          String.format(
              " rules %d B %.0f ns | ratio %.2f | CPU: rules %.0f ns, hand %.0f ns, ratio %.2f",
              (bytes[0] + bytes[1] + bytes[2]) / n,
              rules / (double) n,
              nanos[3] / (double) rules,
              rulesCpu / (double) n,
              cpu[3] / (double) n,
              cpu[3] / (double) rulesCpu));
      System.out.println(line);
    }
  }
}
