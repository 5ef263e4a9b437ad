package org.communitygov.rules.needs.barthel;

import java.util.List;
import org.communitygov.model.common.SensitiveCategory;
import org.communitygov.rules.engine.AbstractRule;
import org.communitygov.rules.engine.Comparison;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.engine.Fact;
import org.communitygov.rules.engine.FactMapping;
import org.communitygov.rules.engine.FactType;
import org.communitygov.rules.engine.Operand;
import org.communitygov.rules.engine.Operator;
import org.communitygov.rules.engine.RuleContext;
import org.communitygov.rules.engine.Step;

/**
 * The Barthel Index of activities of daily living: the total of ten items (0–100) read with a named
 * {@link BarthelScheme}.
 *
 * <p>Facts: each item by its code ({@code feeding}, {@code bathing}, …), health data; {@code
 * scheme}. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class BarthelIndex extends AbstractRule<BarthelInput, BarthelResult> {
  /** The rule's id. */
  public static final String ID = "needs.barthel";

  private static final FactMapping<BarthelInput> FACTS = facts();

  private static final BarthelIndex INSTANCE = new BarthelIndex();

  private BarthelIndex() {
    super(ID, "1", FACTS);
  }

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

  /** The total, then the category: the first band of the scheme whose step holds. */
  @Override
  protected Decision<BarthelResult> decide(BarthelInput input, RuleContext context) {
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
    for (BarthelScheme.Band band : scheme.bands()) {
      Step category = categoryStep(scheme, band, total);
      if (category.holds()) {
        BarthelResult result =
            BarthelResult.builder()
                .total(total)
                .scheme(scheme)
                .category(band.category())
                .categoryName(band.name())
                .build();
        return decided(result, List.of(totalStep, category), category);
      }
    }
    throw new IllegalStateException("a scheme's last band starts at 0: total " + total);
  }

  private static Step categoryStep(BarthelScheme scheme, BarthelScheme.Band band, int total) {
    return Step.builder("barthel.category")
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
  }

  /** Each item's score (health data), then the scheme: all needed. */
  private static FactMapping<BarthelInput> facts() {
    FactMapping.Builder<BarthelInput, ImmutableBarthelInput.Builder> facts =
        FactMapping.builder(
            BarthelInput.class, BarthelInput::builder, ImmutableBarthelInput.Builder::build);
    FactType<Integer> score = FactType.integer().sensitive(SensitiveCategory.HEALTH);
    for (BarthelItem item : BarthelItem.values()) {
      facts.required(
          item.code(),
          score,
          in -> java.util.Optional.ofNullable(in.itemScores().get(item)),
          (b, s) -> b.putItemScore(item, item.check(s)));
    }
    return facts
        .required(
            "scheme",
            FactType.code(BarthelScheme.class),
            BarthelInput::scheme,
            ImmutableBarthelInput.Builder::scheme)
        .build();
  }
}
