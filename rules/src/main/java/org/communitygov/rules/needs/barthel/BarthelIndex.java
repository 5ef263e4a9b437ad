package org.communitygov.rules.needs.barthel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.communitygov.model.common.SensitiveCategory;
import org.communitygov.rules.engine.Comparison;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.engine.Explanation;
import org.communitygov.rules.engine.Fact;
import org.communitygov.rules.engine.Facts;
import org.communitygov.rules.engine.Operand;
import org.communitygov.rules.engine.Operator;
import org.communitygov.rules.engine.Rule;
import org.communitygov.rules.engine.RuleContext;
import org.communitygov.rules.engine.Step;
import org.communitygov.rules.needs.shared.FactReader;

/**
 * The Barthel Index of activities of daily living: the total of ten items (0–100) read with a named
 * {@link BarthelScheme}.
 *
 * <p>Facts: each item by its code ({@code feeding}, {@code bathing}, …), health data; {@code
 * scheme}. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class BarthelIndex implements Rule<BarthelInput, BarthelResult> {
  /** The rule's id. */
  public static final String ID = "needs.barthel";

  private static final BarthelIndex INSTANCE = new BarthelIndex();

  private BarthelIndex() {}

  /**
   * Returns the rule.
   *
   * @return the rule, not null
   */
  public static BarthelIndex rule() {
    return INSTANCE;
  }

  /**
   * Returns the total of complete item scores, without reading it with a scheme.
   *
   * @param input the input with all ten items, not null
   * @return the total, 0–100
   * @throws IllegalArgumentException if an item is missing
   */
  public static int total(BarthelInput input) {
    if (input.itemScores().size() != BarthelItem.values().length) {
      throw new IllegalArgumentException("all ten Barthel items are needed");
    }
    return input.itemScores().values().stream().mapToInt(Integer::intValue).sum();
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String version() {
    return "1";
  }

  @Override
  public Decision<BarthelResult> evaluate(BarthelInput input, RuleContext context) {
    List<String> missing = new ArrayList<>();
    for (BarthelItem item : BarthelItem.values()) {
      if (!input.itemScores().containsKey(item)) {
        missing.add(item.code());
      }
    }
    if (input.scheme().isEmpty()) {
      missing.add("scheme");
    }
    if (!missing.isEmpty()) {
      return Decision.undetermined(ID, missing, Explanation.of(List.of()));
    }
    int total = total(input);
    Step.Builder sum = Step.builder("barthel.total");
    input
        .itemScores()
        .forEach(
            (item, s) ->
                sum.fact(
                    Fact.sensitive(item.code(), s, SensitiveCategory.HEALTH)
                        .withLabel(item.displayName())));
    Step totalStep = sum.result(Fact.sensitive("total", total, SensitiveCategory.HEALTH)).build();
    BarthelScheme scheme = input.scheme().orElseThrow();
    BarthelScheme.Band band = scheme.bandOf(total);
    Step category =
        Step.builder("barthel.category")
            // The band's lowest total tells the category.
            .sensitive(SensitiveCategory.HEALTH)
            .fact(Fact.of("scheme", scheme))
            .comparison(
                Comparison.of(
                    Operand.of(Fact.sensitive("total", total, SensitiveCategory.HEALTH)),
                    Operator.GE,
                    Operand.of(Fact.of("categoryMinTotal", band.minTotal()))))
            .result(Fact.sensitive("category", band.category(), SensitiveCategory.HEALTH))
            .citation(scheme.citation())
            .build();
    BarthelResult result =
        BarthelResult.builder()
            .total(total)
            .scheme(scheme)
            .category(band.category())
            .categoryName(band.name())
            .build();
    return Decision.of(ID, result, Explanation.of(List.of(totalStep)).thenDecisive(category));
  }

  @Override
  public Facts facts(BarthelInput input) {
    List<Fact> facts = new ArrayList<>();
    input
        .itemScores()
        .forEach((item, s) -> facts.add(Fact.sensitive(item.code(), s, SensitiveCategory.HEALTH)));
    input.scheme().ifPresent(s -> facts.add(Fact.of("scheme", s)));
    return Facts.of(facts);
  }

  @Override
  public BarthelInput input(Facts facts) {
    var builder = BarthelInput.builder();
    Set<String> known = new HashSet<>(List.of("scheme"));
    for (BarthelItem item : BarthelItem.values()) {
      known.add(item.code());
      FactReader.integer(facts, item.code())
          .ifPresent(s -> builder.putItemScore(item, item.check(s)));
    }
    FactReader.onlyKnown(facts, known);
    FactReader.code(facts, "scheme", BarthelScheme.class).ifPresent(builder::scheme);
    return builder.build();
  }
}
