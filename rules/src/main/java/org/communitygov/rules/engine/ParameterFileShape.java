package org.communitygov.rules.engine;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The JSON shape of a parameter file, bound by {@link ParameterFiles}; see docs/rules.md. */
final class ParameterFileShape {
  private ParameterFileShape() {}

  record FileShape(
      @JsonProperty(value = "topic", required = true) String topic,
      @JsonProperty("comment") @Nullable String comment,
      @JsonProperty("places") @Nullable Map<String, TextShape> places,
      @JsonProperty(value = "parameters", required = true) List<ParameterShape> parameters) {}

  record ParameterShape(
      @JsonProperty(value = "id", required = true) String id,
      @JsonProperty(value = "type", required = true) String type,
      @JsonProperty(value = "unit", required = true) String unit,
      @JsonProperty("label") @Nullable TextShape label,
      @JsonProperty("qualifier") @Nullable TextShape qualifier,
      @JsonProperty("description") @Nullable TextShape description,
      @JsonProperty(value = "values", required = true) List<ValueShape> values) {}

  record ValueShape(
      @JsonProperty(value = "jurisdiction", required = true) String jurisdiction,
      @JsonProperty(value = "effectiveFrom", required = true) String effectiveFrom,
      @JsonProperty(value = "value", required = true) JsonNode value,
      @JsonProperty(value = "confidence", required = true) String confidence,
      @JsonProperty(value = "reference", required = true) ReferenceShape reference,
      @JsonProperty("note") @Nullable String note) {}

  record ReferenceShape(
      @JsonProperty(value = "document", required = true) TextShape document,
      @JsonProperty("article") @Nullable TextShape article,
      @JsonProperty("url") @Nullable String url) {}

  record TextShape(
      @JsonProperty(value = "zh", required = true) String zh,
      @JsonProperty(value = "en", required = true) String en) {}
}
