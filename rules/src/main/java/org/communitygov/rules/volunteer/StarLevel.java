package org.communitygov.rules.volunteer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.communitygov.rules.engine.Comparison;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.engine.Explanation;
import org.communitygov.rules.engine.Fact;
import org.communitygov.rules.engine.Facts;
import org.communitygov.rules.engine.Operand;
import org.communitygov.rules.engine.Operator;
import org.communitygov.rules.engine.ParameterKey;
import org.communitygov.rules.engine.ResolvedParameter;
import org.communitygov.rules.engine.Rule;
import org.communitygov.rules.engine.RuleContext;
import org.communitygov.rules.engine.Step;
import org.communitygov.rules.volunteer.StarLevelResult.Medal;

/**
 * The star level of a volunteer (星级志愿者) from the cumulative recorded hours: the highest star whose
 * threshold the hours reach, with the thresholds of the jurisdiction on the date ({@code
 * volunteer.stars.starN.minHours}: national 100/300/600/1000/1500, 北京 100/200/500/800/1000), and
 * where the jurisdiction has them, the medal ({@code volunteer.medal.*.minHours}, 北京).
 *
 * <p>Input fact: {@code cumulativeHours}, a decimal. "3★: 累计服务小时 612.00 ≥ 3★标准 600".
 *
 * @since 0.1.0
 */
public final class StarLevel implements Rule<StarLevel.Input, StarLevelResult> {
  /** The rule's id. */
  public static final String ID = "volunteer.starLevel";

  private static final String HOURS = "cumulativeHours";
  private static final StarLevel RULE = new StarLevel();

  /**
   * The input: the cumulative recorded hours, if known.
   *
   * @param cumulativeHours the hours, not negative
   * @since 0.1.0
   */
  public record Input(Optional<BigDecimal> cumulativeHours) {
    /** Checks the hours are not negative. */
    public Input {
      cumulativeHours.ifPresent(
          h -> {
            if (h.signum() < 0) {
              throw new IllegalArgumentException("cumulative hours are not negative");
            }
          });
    }
  }

  private StarLevel() {}

  /**
   * Returns the rule.
   *
   * @return the rule, not null
   */
  public static StarLevel rule() {
    return RULE;
  }

  static ParameterKey<Integer> star(int n) {
    return ParameterKey.integer("volunteer.stars.star" + n + ".minHours");
  }

  static ParameterKey<Integer> medal(Medal medal) {
    return ParameterKey.integer("volunteer.medal." + medal.name().toLowerCase() + ".minHours");
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
  public Decision<StarLevelResult> evaluate(Input input, RuleContext context) {
    if (input.cumulativeHours().isEmpty()) {
      return Decision.undetermined(ID, List.of(HOURS), Explanation.of(List.of()));
    }
    BigDecimal hours = input.cumulativeHours().get();
    List<ResolvedParameter<Integer>> thresholds = new ArrayList<>();
    int stars = 0;
    for (int n = 1; n <= 5; n++) {
      ResolvedParameter<Integer> threshold = context.resolve(star(n));
      thresholds.add(threshold);
      if (hours.compareTo(BigDecimal.valueOf(threshold.value())) >= 0) {
        stars = n;
      }
    }
    Step decisive =
        stars == 0
            ? compare("volunteer.stars.below", hours, Operator.LT, thresholds.get(0), 1)
            : compare(
                "volunteer.stars.reached", hours, Operator.GE, thresholds.get(stars - 1), stars);
    Explanation explanation = Explanation.of(List.of());
    if (stars > 0 && stars < 5) {
      explanation =
          explanation.then(
              compare(
                  "volunteer.stars.next", hours, Operator.LT, thresholds.get(stars), stars + 1));
    }
    Optional<Medal> medal = Optional.empty();
    for (Medal m : Medal.values()) {
      Optional<ResolvedParameter<Integer>> threshold =
          context.parameters().find(medal(m), context.jurisdiction(), context.date());
      if (threshold.isPresent()) {
        boolean reached = hours.compareTo(BigDecimal.valueOf(threshold.get().value())) >= 0;
        explanation =
            explanation.then(
                Step.builder("volunteer.medal")
                    .comparison(
                        Comparison.of(
                            Operand.of(Fact.of(HOURS, hours)),
                            reached ? Operator.GE : Operator.LT,
                            Operand.of(m.name().toLowerCase() + "MinHours", threshold.get())))
                    .build());
        medal = reached ? Optional.of(m) : medal;
      }
    }
    return Decision.of(
        ID, new StarLevelResult(stars, hours, medal), explanation.thenDecisive(decisive));
  }

  private static Step compare(
      String id,
      BigDecimal hours,
      Operator operator,
      ResolvedParameter<Integer> threshold,
      int star) {
    return Step.builder(id)
        .comparison(
            Comparison.of(
                Operand.of(Fact.of(HOURS, hours)),
                operator,
                Operand.of("star" + star + "MinHours", threshold)))
        .build();
  }

  @Override
  public Facts facts(Input input) {
    return input
        .cumulativeHours()
        .map(h -> Facts.of(List.of(Fact.of(HOURS, h.toPlainString()))))
        .orElse(Facts.empty());
  }

  @Override
  public Input input(Facts facts) {
    return new Input(facts.text(HOURS).map(VolunteerFacts::decimal));
  }
}
