package org.communitygov.rules.example;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communitygov.model.common.Money;
import org.communitygov.model.common.SensitiveCategory;
import org.communitygov.rules.engine.AbstractRule;
import org.communitygov.rules.engine.Catalogue;
import org.communitygov.rules.engine.CatalogueEntry;
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
import org.immutables.value.Value;

/**
 * 老年助餐补贴, a city's own meal subsidy — an example, not law: a person of at least {@code
 * example.meal.minAge} whose monthly income is below {@code example.meal.maxIncome} receives {@code
 * example.meal.amount} a month.
 */
public final class MealSubsidy extends AbstractRule<MealSubsidy.Input, MealSubsidy.Result> {
  /** The input: the facts a caseworker records. */
  @Value.Immutable
  public interface Input {
    /** The date of birth. */
    Optional<LocalDate> birthDate();

    /** The person's own monthly income. */
    Optional<Money> monthlyIncome();
  }

  /** The outcome: the monthly amount when eligible. */
  public record Result(Optional<Money> monthlyAmount) implements Outcome {
    @Override
    public String code() {
      return monthlyAmount.isPresent() ? "ELIGIBLE" : "NOT_ELIGIBLE";
    }

    @Override
    public Map<String, String> details() {
      return monthlyAmount.map(m -> Map.of("monthlyAmount", m.toString())).orElse(Map.of());
    }
  }

  /** The parameters, resolved once per place and date by the engine. */
  public record Parameters(
      @ParameterId("example.meal.minAge") ResolvedParameter<Integer> minAge,
      @ParameterId("example.meal.maxIncome") ResolvedParameter<Money> maxIncome,
      @ParameterId("example.meal.amount") ResolvedParameter<Money> amount) {}

  private static final FactMapping<Input> FACTS =
      FactMapping.builder(Input.class, ImmutableInput::builder, ImmutableInput.Builder::build)
          .required(
              "birthDate", FactType.date(), Input::birthDate, ImmutableInput.Builder::birthDate)
          .required(
              "monthlyIncome",
              FactType.money().sensitive(SensitiveCategory.FINANCIAL),
              Input::monthlyIncome,
              ImmutableInput.Builder::monthlyIncome)
          .build();

  private static final StepTemplate AGE =
      StepTemplate.builder("example.meal.age")
          .fact("dateOfBirth")
          .holding(StepSlot.fact("age"), Operator.GE, StepSlot.parameter("mealMinAge"))
          .build();

  private static final StepTemplate INCOME =
      StepTemplate.builder("example.meal.income")
          .holding(
              StepSlot.fact("personalIncome", SensitiveCategory.FINANCIAL),
              Operator.LT,
              StepSlot.parameter("mealMaxIncome"))
          .build();

  private static final StepTemplate AMOUNT =
      StepTemplate.builder("example.meal.amount")
          .parameter("amount")
          .result("mealMonthlyAmount")
          .build();

  /** Makes the rule. */
  public MealSubsidy() {
    super("example.meal", "1", FACTS);
  }

  @Override
  protected Decision<Result> decide(Input in, RuleContext context) {
    Parameters p = context.parameters(Parameters.class);
    LocalDate born = in.birthDate().orElseThrow();
    Step age =
        AGE.with("dateOfBirth", born)
            .with("age", Period.between(born, context.date()).getYears())
            .with("mealMinAge", p.minAge())
            .step();
    if (!age.holds()) {
      return decided(new Result(Optional.empty()), List.of(age), age);
    }
    Step income =
        INCOME
            .with("personalIncome", in.monthlyIncome().orElseThrow())
            .with("mealMaxIncome", p.maxIncome())
            .step();
    if (!income.holds()) {
      return decided(new Result(Optional.empty()), List.of(age, income), income);
    }
    Money amount = p.amount().value();
    Step paid = AMOUNT.with("amount", p.amount()).with("mealMonthlyAmount", amount).step();
    return decided(new Result(Optional.of(amount)), List.of(age, income, paid), income);
  }

  /** The catalogue entry: CLI name, parameter file, messages, rule cases. */
  public static final class Source implements Catalogue.Source {
    @Override
    public List<CatalogueEntry> entries() {
      return List.of(
          CatalogueEntry.of(
              "meal-subsidy",
              new MealSubsidy(),
              "/org/communitygov/rules/example/meal-subsidy.json",
              "org.communitygov.rules.example.messages",
              "meal-subsidy.json"));
    }
  }
}
