package org.communitygov.rules.funding.disclosure;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.communitygov.rules.engine.AbstractRule;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.engine.Fact;
import org.communitygov.rules.engine.FactMapping;
import org.communitygov.rules.engine.FactType;
import org.communitygov.rules.engine.Operator;
import org.communitygov.rules.engine.Outcome;
import org.communitygov.rules.engine.ParameterId;
import org.communitygov.rules.engine.ResolvedParameter;
import org.communitygov.rules.engine.RuleContext;
import org.communitygov.rules.engine.Step;
import org.communitygov.rules.engine.StepSlot;
import org.communitygov.rules.engine.StepTemplate;
import org.communitygov.rules.funding.disclosure.DisclosureDueInput.Item;

/**
 * When a disclosure item is due, and whether it is overdue on the context's date (《村民委员会组织法》第三十条):
 * a general item at least every {@code funding.disclosure.generalMonths} (3) months, the finances
 * every {@code funding.disclosure.frequentFinanceMonths} (1) month where transactions are frequent,
 * a major matter within {@code funding.disclosure.majorDays} days of its decision (national: "at
 * once", read as 1 day, unconfirmed; 陕西: 5 days, partly confirmed).
 *
 * @since 0.1.0
 */
public final class DisclosureDue extends AbstractRule<DisclosureDueInput, DisclosureDue.Result> {
  /** The rule's id. */
  public static final String ID = "funding.disclosure.due";

  /**
   * The outcome: on time or overdue, with the day it is due.
   *
   * @param overdue whether it is overdue
   * @param dueBy the last day it may be published on, not null
   */
  public record Result(boolean overdue, LocalDate dueBy) implements Outcome {
    @Override
    public String code() {
      return overdue ? "OVERDUE" : "ON_TIME";
    }

    @Override
    public Map<String, String> details() {
      return Map.of("dueBy", dueBy.toString());
    }
  }

  /**
   * The parameters of the rule.
   *
   * @param generalMonths the longest interval of a general item
   * @param frequentFinanceMonths the longest interval of frequent finances
   * @param majorDays the longest delay of a major matter
   */
  public record Parameters(
      @ParameterId("funding.disclosure.generalMonths") ResolvedParameter<Integer> generalMonths,
      @ParameterId("funding.disclosure.frequentFinanceMonths")
          ResolvedParameter<Integer> frequentFinanceMonths,
      @ParameterId("funding.disclosure.majorDays") ResolvedParameter<Integer> majorDays) {}

  private static final FactMapping<DisclosureDueInput> FACTS =
      FactMapping.builder(
              DisclosureDueInput.class,
              DisclosureDueInput::builder,
              ImmutableDisclosureDueInput.Builder::build)
          .required(
              "item",
              FactType.code(Item.class),
              DisclosureDueInput::item,
              ImmutableDisclosureDueInput.Builder::item)
          .required(
              "since",
              FactType.date(),
              DisclosureDueInput::since,
              ImmutableDisclosureDueInput.Builder::since)
          .optional(
              "frequent",
              FactType.bool(),
              DisclosureDueInput::frequent,
              ImmutableDisclosureDueInput.Builder::frequent)
          .build();

  private static final StepTemplate DUE =
      StepTemplate.builder("funding.disclosure.dueBy")
          .fact("item")
          .fact("since")
          .parameter("interval")
          .result("dueBy")
          .build();

  private static final StepTemplate LATE =
      StepTemplate.builder("funding.disclosure.overdue")
          .fact("dueBy")
          .holding(
              StepSlot.fact("daysPastDue"), Operator.LE, StepSlot.constant(Fact.of("allowed", 0)))
          .build();

  private static final DisclosureDue RULE = new DisclosureDue();

  private DisclosureDue() {
    super(ID, "1", FACTS);
  }

  /**
   * Returns the rule.
   *
   * @return the rule, not null
   */
  public static DisclosureDue rule() {
    return RULE;
  }

  @Override
  protected Decision<Result> decide(DisclosureDueInput in, RuleContext context) {
    Parameters p = context.parameters(Parameters.class);
    Item item = in.item().orElseThrow();
    LocalDate since = in.since().orElseThrow();
    ResolvedParameter<Integer> interval =
        switch (item) {
          case MAJOR -> p.majorDays();
          case FINANCE ->
              in.frequent().orElse(false) ? p.frequentFinanceMonths() : p.generalMonths();
          case GENERAL -> p.generalMonths();
        };
    LocalDate dueBy =
        item == Item.MAJOR ? since.plusDays(interval.value()) : since.plusMonths(interval.value());
    Step due =
        DUE.with("item", item)
            .with("since", since)
            .with("interval", interval)
            .with("dueBy", dueBy)
            .step();
    Step late =
        LATE.with("dueBy", dueBy)
            .with("daysPastDue", (int) ChronoUnit.DAYS.between(dueBy, context.date()))
            .step();
    return decided(new Result(!late.holds(), dueBy), List.of(due, late), late);
  }
}
