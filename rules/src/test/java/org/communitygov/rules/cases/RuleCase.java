package org.communitygov.rules.cases;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.communitygov.rules.engine.Confidence;
import org.communitygov.rules.engine.DatedValue;
import org.communitygov.rules.engine.Facts;
import org.communitygov.rules.engine.Jurisdiction;
import org.communitygov.rules.engine.LegalReference;
import org.communitygov.rules.engine.LocalizedText;
import org.communitygov.rules.engine.ParameterDefinition;
import org.communitygov.rules.engine.ParameterKey;
import org.communitygov.rules.engine.ParameterSet;
import org.communitygov.rules.engine.ParameterType;
import org.jspecify.annotations.Nullable;

/** One rule case read from a case file. */
record RuleCase(
    String name,
    @Nullable String rule,
    @Nullable String parameter,
    LocalDate date,
    Jurisdiction jurisdiction,
    ParameterSet parameters,
    Facts input,
    JsonNode expected,
    @Nullable String expectedError) {

  private static final LegalReference CASE =
      LegalReference.of(LocalizedText.of("规则用例", "rule case"));

  static RuleCase of(JsonNode c) {
    ParameterSet parameters = ParameterSet.defaults();
    for (JsonNode o : c.path("parameterOverrides")) {
      parameters = override(parameters, o);
    }
    return new RuleCase(
        c.required("name").asText(),
        c.hasNonNull("rule") ? c.get("rule").asText() : null,
        c.hasNonNull("parameter") ? c.get("parameter").asText() : null,
        LocalDate.parse(c.required("date").asText()),
        Jurisdiction.parse(c.required("jurisdiction").asText()),
        parameters,
        RuleCasesTest.facts(c.path("input")),
        c.path("expected"),
        c.hasNonNull("expectedError") ? c.get("expectedError").asText() : null);
  }

  private static ParameterSet override(ParameterSet set, JsonNode o) {
    String id = o.required("id").asText();
    ParameterDefinition d = set.definition(id).orElseThrow();
    Jurisdiction where = Jurisdiction.parse(o.required("jurisdiction").asText());
    LocalDate from = LocalDate.parse(o.required("effectiveFrom").asText());
    JsonNode v = o.required("value");
    ParameterType<?> type = d.key().type();
    if (type == ParameterType.DECIMAL) {
      return set.withValue(
          ParameterKey.decimal(id), where, value(new BigDecimal(v.asText()), from));
    } else if (type == ParameterType.INTEGER) {
      return set.withValue(ParameterKey.integer(id), where, value(v.asInt(), from));
    } else if (type == ParameterType.BOOLEAN) {
      return set.withValue(ParameterKey.bool(id), where, value(v.asBoolean(), from));
    }
    return set.withValue(ParameterKey.code(id), where, value(v.asText(), from));
  }

  private static <T> DatedValue<T> value(T value, LocalDate from) {
    return DatedValue.of(value, from, CASE, Confidence.UNCONFIRMED);
  }
}
