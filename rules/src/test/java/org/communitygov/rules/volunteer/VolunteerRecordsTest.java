package org.communitygov.rules.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitygov.rules.volunteer.CertificatesTest.ISSUED;
import static org.communitygov.rules.volunteer.CertificatesTest.RC;
import static org.communitygov.rules.volunteer.CertificatesTest.own;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.communitygov.model.volunteer.VolunteerId;
import org.communitygov.rules.engine.DecisionJson;
import org.communitygov.rules.engine.DecisionRecord;
import org.communitygov.rules.engine.Jurisdiction;
import org.communitygov.rules.engine.Outcome;
import org.communitygov.rules.engine.ParameterSet;
import org.communitygov.rules.engine.Rule;
import org.communitygov.rules.engine.RuleContext;
import org.junit.jupiter.api.Test;

/**
 * A decision of each volunteer rule is kept as a decision record (an organiser's or verifier's
 * audit trail) and reproduced from it exactly: every input survives the round trip through facts,
 * and the record names the rule and its version.
 */
class VolunteerRecordsTest {
  static final RuleContext CONTEXT =
      RuleContext.of(ParameterSet.defaults(), Jurisdiction.national(), ISSUED);

  static <I, O extends Outcome> DecisionRecord reproducedExactly(Rule<I, O> rule, I input) {
    DecisionRecord made = DecisionRecord.of(rule, input, CONTEXT, rule.evaluate(input, CONTEXT));
    DecisionRecord read = DecisionJson.readRecord(DecisionJson.write(made));
    assertThat(read.reproduce(rule, ParameterSet.defaults()).isExact()).isTrue();
    assertThat(rule.input(rule.facts(input))).isEqualTo(input);
    return read;
  }

  @Test
  void aCertificateDecisionNamesTheRuleAndReproducesFromItsRecord() {
    CertificateIssuing.Request request =
        CertificateIssuing.Request.of(
            RC, VolunteerId.of("V-001"), LocalDate.of(2026, 1, 1), ISSUED, own(RC));

    DecisionRecord record = reproducedExactly(CertificateIssuing.rule(), request);

    assertThat(record.ruleId()).isEqualTo("volunteer.certificate");
    assertThat(record.ruleSetVersion()).isEqualTo("1");
    assertThat(record.outcomeCode()).contains("ISSUED");
    assertThat(record.inputs().all())
        .extracting(f -> f.name())
        .containsExactly("issuer", "volunteer", "firstDay", "lastDay", "records");
  }

  @Test
  void anUndeterminedCertificateDecisionRecordsOnlyTheFactsGiven() {
    CertificateIssuing.Request partial =
        new CertificateIssuing.Request(
            Optional.empty(),
            Optional.of(VolunteerId.of("V-001")),
            Optional.empty(),
            Optional.of(ISSUED),
            Optional.empty());

    DecisionRecord record = reproducedExactly(CertificateIssuing.rule(), partial);

    assertThat(record.missingFacts()).containsExactly("issuer", "firstDay", "records");
    assertThat(record.inputs().all())
        .extracting(f -> f.name())
        .containsExactly("volunteer", "lastDay");
  }

  @Test
  void recordedHoursNameTheRuleAndReproduceFromTheirRecord() {
    DecisionRecord record =
        reproducedExactly(RecordedHours.rule(), new RecordedHours.Input(Optional.of(own(RC))));

    assertThat(record.ruleId()).isEqualTo("volunteer.hours");
    assertThat(record.ruleSetVersion()).isEqualTo("1");
    assertThat(record.outcomeDetails())
        .containsEntry(
            "hours",
            new BigDecimal("1.75").multiply(BigDecimal.valueOf(own(RC).size())).toPlainString());
  }

  @Test
  void aStarLevelNamesTheRuleAndReproducesFromItsRecord() {
    DecisionRecord record =
        reproducedExactly(
            StarLevel.rule(), new StarLevel.Input(Optional.of(new BigDecimal("612.50"))));

    assertThat(record.ruleId()).isEqualTo("volunteer.starLevel");
    assertThat(record.ruleSetVersion()).isEqualTo("1");
    assertThat(record.outcomeCode()).contains("STARS_3");
    assertThat(reproducedExactly(StarLevel.rule(), new StarLevel.Input(Optional.empty())).status())
        .hasToString("UNDETERMINED");
  }

  @Test
  void everyVolunteerRuleIsASourceEntryWithItsRuleCases() {
    assertThat(new VolunteerCatalogue().entries())
        .extracting(e -> e.name() + " " + e.id() + " " + e.cases())
        .containsExactly(
            "volunteer-stars volunteer.starLevel volunteer-stars.json",
            "volunteer-hours volunteer.hours volunteer-hours.json",
            "volunteer-certificate volunteer.certificate volunteer-certificate.json");
    assertThat(List.of(StarLevel.ID, RecordedHours.ID, CertificateIssuing.ID))
        .containsExactly("volunteer.starLevel", "volunteer.hours", "volunteer.certificate");
  }
}
