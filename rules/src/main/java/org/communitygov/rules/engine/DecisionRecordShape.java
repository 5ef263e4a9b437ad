package org.communitygov.rules.engine;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The JSON shape of a decision record, bound by {@link DecisionJson#readRecord}. */
final class DecisionRecordShape {
  private DecisionRecordShape() {}

  record RecordShape(
      @JsonProperty(value = "libraryVersion", required = true) String libraryVersion,
      @JsonProperty(value = "ruleId", required = true) String ruleId,
      @JsonProperty(value = "ruleSetVersion", required = true) String ruleSetVersion,
      @JsonProperty(value = "date", required = true) String date,
      @JsonProperty(value = "jurisdiction", required = true) String jurisdiction,
      @JsonProperty(value = "inputs", required = true) List<FactShape> inputs,
      @JsonProperty(value = "status", required = true) String status,
      @JsonProperty("outcome") @Nullable OutcomeShape outcome,
      @JsonProperty(value = "missingFacts", required = true) List<String> missingFacts,
      @JsonProperty(value = "parameters", required = true) List<String> parameters,
      @JsonProperty(value = "parametersFingerprint", required = true) String parametersFingerprint,
      @JsonProperty(value = "digest", required = true) String digest,
      @JsonProperty(value = "fieldDigests", required = true) Map<String, String> fieldDigests) {}

  record FactShape(
      @JsonProperty(value = "name", required = true) String name,
      @JsonProperty(value = "value", required = true) String value,
      @JsonProperty("sensitive") @Nullable String sensitive) {}

  record OutcomeShape(
      @JsonProperty(value = "code", required = true) String code,
      @JsonProperty(value = "details", required = true) Map<String, String> details) {}
}
