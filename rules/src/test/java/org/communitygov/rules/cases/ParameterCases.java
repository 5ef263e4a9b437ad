package org.communitygov.rules.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import org.communitygov.model.common.CommunityGovException;
import org.communitygov.rules.engine.ParameterDefinition;
import org.communitygov.rules.engine.ParameterKey;
import org.communitygov.rules.engine.ResolvedParameter;

/** Runs a parameter-resolution case: {@code "parameter"} instead of {@code "rule"}. */
final class ParameterCases {
  private ParameterCases() {}

  static void run(RuleCase c) {
    ParameterKey<?> key =
        c.parameters()
            .definition(c.parameter())
            .map(ParameterDefinition::key)
            .orElseGet(() -> ParameterKey.decimal(c.parameter()));
    if (c.expectedError() != null) {
      assertThatThrownBy(() -> c.parameters().resolve(key, c.jurisdiction(), c.date()))
          .isInstanceOf(CommunityGovException.class)
          .extracting(e -> ((CommunityGovException) e).code())
          .isEqualTo(c.expectedError());
      return;
    }
    ResolvedParameter<?> r = c.parameters().resolve(key, c.jurisdiction(), c.date());
    JsonNode e = c.expected();
    assertThat(r.valueText()).isEqualTo(e.required("value").asText());
    if (e.has("foundIn")) {
      assertThat(r.foundIn().toString()).isEqualTo(e.get("foundIn").asText());
    }
    if (e.has("effectiveFrom")) {
      assertThat(r.effectiveFrom().toString()).isEqualTo(e.get("effectiveFrom").asText());
    }
    if (e.has("confidence")) {
      assertThat(r.confidence().name()).isEqualTo(e.get("confidence").asText());
    }
  }
}
