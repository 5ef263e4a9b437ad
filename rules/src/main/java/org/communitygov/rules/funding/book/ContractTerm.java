package org.communitygov.rules.funding.book;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.communitygov.model.funding.PurchaseContract;
import org.communitygov.rules.engine.AbstractRule;
import org.communitygov.rules.engine.Decision;
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

/**
 * The term limit of a purchase-of-service contract (政府购买服务, 财政部令第102号): at most {@code
 * funding.contract.maxTermMonths} (12) months, or {@code funding.contract.maxTermMonthsSecured}
 * (36) where the budget of the whole term is secured. Both values are unconfirmed and the
 * explanation says so.
 *
 * @since 0.1.0
 */
public final class ContractTerm extends AbstractRule<ContractTermInput, ContractTerm.Result> {
  /** The rule's id. */
  public static final String ID = "funding.contract.term";

  /** The outcome. */
  public enum Result implements Outcome {
    /** The term is within the limit. */
    WITHIN_LIMIT,
    /** The term is longer than the limit: the contract is refused. */
    TOO_LONG;

    @Override
    public String code() {
      return name();
    }

    @Override
    public Map<String, String> details() {
      return this == TOO_LONG ? Map.of("reason", FundingRefusal.TERM_TOO_LONG.code()) : Map.of();
    }
  }

  /**
   * The parameters of the rule.
   *
   * @param maxTermMonths the usual limit
   * @param maxTermMonthsSecured the limit with a secured budget
   */
  public record Parameters(
      @ParameterId("funding.contract.maxTermMonths") ResolvedParameter<Integer> maxTermMonths,
      @ParameterId("funding.contract.maxTermMonthsSecured")
          ResolvedParameter<Integer> maxTermMonthsSecured) {}

  private static final FactMapping<ContractTermInput> FACTS =
      FactMapping.builder(
              ContractTermInput.class,
              ContractTermInput::builder,
              ImmutableContractTermInput.Builder::build)
          .required(
              "termMonths",
              FactType.integer(),
              ContractTermInput::termMonths,
              ImmutableContractTermInput.Builder::termMonths)
          .required(
              "budgetSecured",
              FactType.bool(),
              ContractTermInput::budgetSecured,
              ImmutableContractTermInput.Builder::budgetSecured)
          .build();

  private static final StepTemplate USUAL =
      StepTemplate.builder("funding.contract.term")
          .fact("budgetSecured")
          .holding(StepSlot.fact("termMonths"), Operator.LE, StepSlot.parameter("maxTermMonths"))
          .build();

  private static final StepTemplate SECURED =
      StepTemplate.builder("funding.contract.term")
          .fact("budgetSecured")
          .holding(
              StepSlot.fact("termMonths"), Operator.LE, StepSlot.parameter("maxTermMonthsSecured"))
          .build();

  private static final ContractTerm RULE = new ContractTerm();

  private ContractTerm() {
    super(ID, "1", FACTS);
  }

  /**
   * Returns the rule.
   *
   * @return the rule, not null
   */
  public static ContractTerm rule() {
    return RULE;
  }

  /**
   * Returns the input of a contract: its term in months (a started month counts whole) and whether
   * its budget is secured.
   *
   * @param contract the contract, not null
   * @return the input, not null
   */
  public static ContractTermInput input(PurchaseContract contract) {
    LocalDate start = contract.term().start();
    Period p = Period.between(start, contract.term().endExclusive().orElseThrow());
    int months = (int) p.toTotalMonths() + (p.getDays() > 0 ? 1 : 0);
    return ContractTermInput.builder()
        .termMonths(months)
        .budgetSecured(contract.budgetSecured())
        .build();
  }

  @Override
  protected Decision<Result> decide(ContractTermInput in, RuleContext context) {
    Parameters p = context.parameters(Parameters.class);
    boolean secured = in.budgetSecured().orElseThrow();
    Step term =
        secured
            ? SECURED
                .with("budgetSecured", true)
                .with("termMonths", in.termMonths().orElseThrow())
                .with("maxTermMonthsSecured", p.maxTermMonthsSecured())
                .step()
            : USUAL
                .with("budgetSecured", false)
                .with("termMonths", in.termMonths().orElseThrow())
                .with("maxTermMonths", p.maxTermMonths())
                .step();
    return decided(term.holds() ? Result.WITHIN_LIMIT : Result.TOO_LONG, List.of(term), term);
  }
}
