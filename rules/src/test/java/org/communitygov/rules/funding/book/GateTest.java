package org.communitygov.rules.funding.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.engine.Fact;
import org.communitygov.rules.engine.Jurisdiction;
import org.communitygov.rules.engine.Operator;
import org.communitygov.rules.engine.ParameterKey;
import org.communitygov.rules.engine.ParameterSet;
import org.communitygov.rules.engine.ResolvedParameter;
import org.communitygov.rules.engine.Step;
import org.junit.jupiter.api.Test;

/** The funding decisions' checks: the first that fails refuses, and nothing is checked after. */
class GateTest {
  static final ResolvedParameter<BigDecimal> SHARE =
      ParameterSet.defaults()
          .resolve(
              ParameterKey.decimal("funding.lottery.elderlyShare.min"),
              Jurisdiction.national(),
              LocalDate.of(2026, 6, 30));

  static List<String> ids(Decision<FundingOutcome> d) {
    return d.explanation().steps().stream().map(Step::id).toList();
  }

  @Test
  void passesWhileEveryCheckHoldsAndPostsWithEveryStep() {
    Gate gate = new Gate("SPEND");

    assertThat(gate.require("a", FundingRefusal.WRONG_PURPOSE, "purposeAllowed", true)).isTrue();
    assertThat(
            gate.check(
                "b",
                FundingRefusal.CURRENCY,
                Fact.of("share", new BigDecimal("0.80")),
                Operator.GE,
                Fact.of("minimum", new BigDecimal("0.55")),
                SHARE,
                Fact.of("fund", "F1")))
        .isTrue();
    assertThat(gate.passed()).isTrue();
    assertThat(gate.failed()).isEmpty();
    Decision<FundingOutcome> posted =
        gate.posting(FundingOutcome.posting("SPEND", List.of(), List.of()));
    assertThat(ids(posted)).containsExactly("a", "b");
    assertThat(posted.explanation().steps().get(1).facts()).contains(Fact.of("fund", "F1"));
  }

  @Test
  void isRefusedByTheFirstCheckThatFailsAndChecksNothingAfter() {
    Gate gate = new Gate("SPEND");

    assertThat(gate.require("a", FundingRefusal.WRONG_PURPOSE, "purposeAllowed", true)).isTrue();
    assertThat(gate.require("b", FundingRefusal.CLOSED_PERIOD, "periodOpen", false)).isFalse();
    assertThat(gate.require("c", FundingRefusal.CURRENCY, "sameCurrency", true)).isFalse();
    assertThat(
            gate.check(
                "d",
                FundingRefusal.CURRENCY,
                Fact.of("share", 1),
                Operator.GE,
                Fact.of("minimum", 0),
                SHARE))
        .isFalse();

    assertThat(gate.passed()).isFalse();
    assertThat(gate.failed()).contains(FundingRefusal.CLOSED_PERIOD);
    Decision<FundingOutcome> refused = gate.refusal();
    assertThat(ids(refused)).containsExactly("a", "b");
    assertThat(refused.explanation().decisiveStep().map(Step::id)).contains("b");
    assertThat(refused.outcomeOrThrow().refusal()).contains(FundingRefusal.CLOSED_PERIOD);
  }

  @Test
  void isRefusedByAFailedCheckWithAParameter() {
    Gate gate = new Gate("LOTTERY");

    assertThat(
            gate.check(
                "share",
                FundingRefusal.WRONG_PURPOSE,
                Fact.of("share", new BigDecimal("0.10")),
                Operator.GE,
                Fact.of("minimum", new BigDecimal("0.55")),
                SHARE))
        .isFalse();
    assertThat(gate.failed()).contains(FundingRefusal.WRONG_PURPOSE);
    assertThat(gate.refusal().explanation().decisiveStep().orElseThrow().parameters())
        .contains(SHARE);
  }
}
