package org.communitygov.rules.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communitygov.model.common.Money;
import org.communitygov.model.common.SensitiveCategory;

/**
 * A minimal means test used by the tests: income below the local urban MLG standard. It shows how a
 * rule is written; the real means test lives in {@code rules.needs}.
 */
final class IncomeTestRule implements Rule<Optional<BigDecimal>, IncomeTestRule.Result> {
  static final ParameterKey<Money> URBAN = ParameterKey.money("mlg.standard.urban");
  static final Citation ARTICLE_9 =
      new Citation(
          LegalReference.of(LocalizedText.of("社会救助暂行办法", "Interim Measures on Social Assistance"))
              .withArticle(LocalizedText.of("第九条", "art. 9")),
          Confidence.CONFIRMED);

  enum Result implements Outcome {
    ELIGIBLE,
    NOT_ELIGIBLE;

    @Override
    public String code() {
      return name();
    }

    @Override
    public Map<String, String> details() {
      return Map.of();
    }
  }

  @Override
  public String id() {
    return "test.incomeBelowStandard";
  }

  @Override
  public String version() {
    return "1";
  }

  @Override
  public Decision<Result> evaluate(Optional<BigDecimal> income, RuleContext context) {
    if (income.isEmpty()) {
      return Decision.undetermined(id(), List.of("perCapitaIncome"), Explanation.of(List.of()));
    }
    ResolvedParameter<Money> standard = context.resolve(URBAN);
    Comparison below =
        Comparison.of(
            Operand.of(
                Fact.sensitive(
                    "perCapitaIncome", Money.ofCny(income.get()), SensitiveCategory.FINANCIAL)),
            Operator.LT,
            Operand.of("localMlgStandard", standard));
    Comparison shown =
        below.result() ? below : Comparison.of(below.left(), Operator.GE, below.right());
    Step step = Step.builder("mlg.income").comparison(shown).citation(ARTICLE_9).build();
    return Decision.of(
        id(),
        below.result() ? Result.ELIGIBLE : Result.NOT_ELIGIBLE,
        Explanation.of(List.of()).thenDecisive(step));
  }

  @Override
  public Facts facts(Optional<BigDecimal> income) {
    return income
        .map(
            i ->
                Facts.of(
                    List.of(Fact.sensitive("perCapitaIncome", i, SensitiveCategory.FINANCIAL))))
        .orElse(Facts.empty());
  }

  @Override
  public Optional<BigDecimal> input(Facts facts) {
    return facts.text("perCapitaIncome").map(BigDecimal::new);
  }
}
