package org.communitygov.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.communitygov.model.common.DivisionCode;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.engine.Jurisdiction;
import org.communitygov.rules.engine.ParameterSet;
import org.communitygov.rules.engine.RuleContext;
import org.communitygov.rules.needs.elderability.ElderAbilityAssessment;
import org.communitygov.rules.needs.elderability.ElderAbilityResult;
import org.communitygov.rules.needs.meanstest.Area;
import org.communitygov.rules.needs.meanstest.MeansTestInput;
import org.communitygov.rules.needs.meanstest.MeansTestResult;
import org.communitygov.rules.needs.meanstest.MlgEligibility;
import org.communitygov.rules.needs.priority.PriorityGroup;
import org.communitygov.rules.needs.priority.PriorityGroups;
import org.communitygov.rules.needs.priority.PriorityGroupsResult;
import org.communitygov.rules.needs.shared.HouseholdInput;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Evaluating 低保 + elder ability (GB/T 42195) + priority groups for one household on one core (one
 * JMH thread), cycling through {@value #COUNT} seeded varied households in 重庆 (500103) on
 * 2024-06-01; one operation is one household, so the score is households per second:
 *
 * <ul>
 *   <li>{@code rules}: the communitygov rules with their explanations (every step, fact and
 *       parameter with its source), sharing one {@link RuleContext};
 *   <li>{@code handWritten}: {@link HandWrittenNeeds}, the same outcomes without explanations;
 *   <li>{@code easyRules}: {@link EasyRulesNeeds}, the same rules for Easy Rules 4.1, as lambdas
 *       (its fastest form);
 *   <li>{@code easyRulesAnnotated}: {@link EasyRulesAnnotatedNeeds}, the same rules as annotated
 *       classes (its documented form, called through a reflective proxy);
 *   <li>{@code mlgOnly}, {@code elderOnly}, {@code groupsOnly}: each rule alone, to see which costs
 *       what (not part of the comparison).
 * </ul>
 *
 * <p>{@link #setUp()} checks that the three agree on every household's outcome, benefit, level and
 * groups, and that the households reach every branch (eligible or not, each level, each group).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class NeedsRules {
  /** Number of households cycled through. */
  public static final int COUNT = 1_024;

  /** Seed of the household generator. */
  public static final long SEED = 20_261_123L;

  private List<NeedsHouseholds.Sample> samples;
  private List<MeansTestInput> means;
  private List<HouseholdInput> households;
  private RuleContext context;
  private PlainParameters plain;
  private EasyRulesNeeds easyRules;
  private EasyRulesAnnotatedNeeds easyRulesAnnotated;
  private int next;

  /** Generates the households and checks that the three implementations agree. */
  @Setup
  public void setUp() {
    samples = NeedsHouseholds.generate(COUNT, SEED);
    means = new ArrayList<>(COUNT);
    households = new ArrayList<>(COUNT);
    for (NeedsHouseholds.Sample s : samples) {
      means.add(MeansTestInput.of(s.household(), Area.URBAN));
      households.add(HouseholdInput.of(s.household()));
    }
    context =
        RuleContext.of(
            ParameterSet.defaults(),
            Jurisdiction.of(DivisionCode.parse("500103")),
            NeedsHouseholds.DATE);
    plain = new PlainParameters(context);
    easyRules = new EasyRulesNeeds(plain);
    easyRulesAnnotated = new EasyRulesAnnotatedNeeds(plain);
    checkAgreement();
  }

  private NeedsOutcome ofRules(int i) {
    MeansTestResult mlg = MlgEligibility.rule().evaluate(means.get(i), context).outcomeOrThrow();
    ElderAbilityResult elder =
        ElderAbilityAssessment.rule().evaluate(samples.get(i).elder(), context).outcomeOrThrow();
    PriorityGroupsResult groups =
        PriorityGroups.rule().evaluate(households.get(i), context).outcomeOrThrow();
    return new NeedsOutcome(
        mlg.code(),
        mlg.monthlyBenefit().map(m -> m.amount()).orElse(null),
        elder.level().number(),
        groups.groups());
  }

  private void checkAgreement() {
    Set<String> seen = new java.util.TreeSet<>();
    for (int i = 0; i < COUNT; i++) {
      NeedsHouseholds.Sample s = samples.get(i);
      NeedsOutcome rules = ofRules(i);
      NeedsOutcome hand =
          HandWrittenNeeds.evaluate(s.household(), s.elder(), plain, NeedsHouseholds.DATE);
      NeedsOutcome easy = easyRules.evaluate(s.household(), s.elder(), NeedsHouseholds.DATE);
      NeedsOutcome annotated =
          easyRulesAnnotated.evaluate(s.household(), s.elder(), NeedsHouseholds.DATE);
      if (!rules.equals(hand) || !rules.equals(easy) || !rules.equals(annotated)) {
        throw new IllegalStateException(
            "household "
                + i
                + ": rules "
                + rules
                + ", hand "
                + hand
                + ", easy "
                + easy
                + ", annotated "
                + annotated);
      }
      seen.add(rules.mlgCode());
      seen.add("level" + rules.level());
      rules.groups().forEach(g -> seen.add(g.name()));
    }
    int expected = 2 + 5 + PriorityGroup.values().length;
    if (seen.size() != expected) {
      throw new IllegalStateException("the households do not reach every branch: " + seen);
    }
  }

  private int index() {
    int i = next;
    next = (i + 1) & (COUNT - 1);
    return i;
  }

  /**
   * The rules, explanations on.
   *
   * @param bh the black hole
   */
  @Benchmark
  public void rules(Blackhole bh) {
    int i = index();
    Decision<MeansTestResult> mlg = MlgEligibility.rule().evaluate(means.get(i), context);
    Decision<ElderAbilityResult> elder =
        ElderAbilityAssessment.rule().evaluate(samples.get(i).elder(), context);
    Decision<PriorityGroupsResult> groups =
        PriorityGroups.rule().evaluate(households.get(i), context);
    bh.consume(mlg);
    bh.consume(elder);
    bh.consume(groups);
  }

  /**
   * The 低保 test alone, explanations on (to see which rule costs what).
   *
   * @return the decision
   */
  @Benchmark
  public Decision<MeansTestResult> mlgOnly() {
    return MlgEligibility.rule().evaluate(means.get(index()), context);
  }

  /**
   * The elder ability assessment alone, explanations on.
   *
   * @return the decision
   */
  @Benchmark
  public Decision<ElderAbilityResult> elderOnly() {
    return ElderAbilityAssessment.rule().evaluate(samples.get(index()).elder(), context);
  }

  /**
   * The priority groups alone, explanations on.
   *
   * @return the decision
   */
  @Benchmark
  public Decision<PriorityGroupsResult> groupsOnly() {
    return PriorityGroups.rule().evaluate(households.get(index()), context);
  }

  /**
   * The hand-written baseline.
   *
   * @return the outcome
   */
  @Benchmark
  public NeedsOutcome handWritten() {
    NeedsHouseholds.Sample s = samples.get(index());
    return HandWrittenNeeds.evaluate(s.household(), s.elder(), plain, NeedsHouseholds.DATE);
  }

  /**
   * The Easy Rules baseline written with annotated rule classes.
   *
   * @return the outcome
   */
  @Benchmark
  public NeedsOutcome easyRulesAnnotated() {
    NeedsHouseholds.Sample s = samples.get(index());
    return easyRulesAnnotated.evaluate(s.household(), s.elder(), NeedsHouseholds.DATE);
  }

  /**
   * The Easy Rules baseline.
   *
   * @return the outcome
   */
  @Benchmark
  public NeedsOutcome easyRules() {
    NeedsHouseholds.Sample s = samples.get(index());
    return easyRules.evaluate(s.household(), s.elder(), NeedsHouseholds.DATE);
  }
}
