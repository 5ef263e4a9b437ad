package org.communitygov.rules.points;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.communitygov.model.ledger.Amount;
import org.communitygov.model.ledger.Unit;
import org.communitygov.rules.engine.Comparison;
import org.communitygov.rules.engine.Operand;
import org.communitygov.rules.engine.Operator;
import org.communitygov.rules.engine.ResolvedParameter;
import org.communitygov.rules.engine.Step;
import org.junit.jupiter.api.Test;

/**
 * The accrual's template steps (ADR 0095) carry what the steps built one by one carried: the same
 * facts with their labels, the same comparison and result; a step equals its built twin.
 */
class AccrualStepsTest {
  static PolicyTerms terms() {
    return PolicyParameters.of(PointsFixtures.scheme("time-bank"))
        .on(LocalDate.parse("2026-03-05"))
        .orElseThrow();
  }

  @Test
  void makeTheRecordStepWithItsLabelledFacts() {
    LocalDate date = LocalDate.parse("2026-03-05");
    Step template =
        AccrualSteps.RECORD
            .with("record", "R1")
            .with("activity", "A1")
            .with("organiser", "O1")
            .with("date", date)
            .with("policyFrom", date)
            .step();
    Step built =
        Step.builder("points.record")
            .fact(Texts.fact("record", "R1", "服务记录", "service record"))
            .fact(Texts.fact("activity", "A1", "活动", "activity"))
            .fact(Texts.fact("organiser", "O1", "组织方", "organiser"))
            .fact(Texts.fact("date", date, "服务日期", "date of service"))
            .fact(Texts.fact("policyFrom", date, "适用政策起始日", "policy in force from"))
            .build();
    assertThat(template).isEqualTo(built);
    assertThat(template.facts().get(3).label()).isEqualTo(built.facts().get(3).label());
  }

  @Test
  void showTheStorageCapComparisonThatHoldsAndTheExcessDonated() {
    ResolvedParameter<BigDecimal> cap = terms().storageCap.orElseThrow();
    Amount balance = Amount.of(Unit.HOUR, cap.value().subtract(BigDecimal.ONE));
    Amount value = Amount.of(Unit.HOUR, new BigDecimal("3"));
    Amount excess = AccrualSteps.excess(cap, balance, value);
    Step template = AccrualSteps.storageCap(cap, balance, value, excess);
    Step built =
        Step.builder("points.storageCap")
            .fact(Texts.fact("balance", balance, "账户余额", "balance"))
            .comparison(
                Comparison.of(
                    Operand.of(
                        Texts.fact("balanceAfter", balance.plus(value).decimal(), "记入后", "after")),
                    Operator.GT,
                    Operand.of("storageCap", cap)))
            .result(Texts.fact("donated", excess, "超出部分转入捐赠", "excess to donation"))
            .build();
    assertThat(excess).isEqualTo(Amount.of(Unit.HOUR, new BigDecimal("2")));
    assertThat(template.holds()).isFalse();
    assertThat(template).isEqualTo(built);
    assertThat(template.comparison().orElseThrow().left().fact().orElseThrow().label())
        .contains(Texts.label("记入后", "after"));
  }
}
