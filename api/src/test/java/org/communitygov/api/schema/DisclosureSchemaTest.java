package org.communitygov.api.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The funding disclosure reports of the Hepingli example conform to their schema, {@code
 * docs/examples/funding/funding-disclosure.schema.json}, and the schema refuses a changed report.
 */
class DisclosureSchemaTest {
  static final Path FOLDER = Path.of("..", "docs", "examples", "funding");
  static final JsonMapper JSON = JsonMapper.builder().build();

  static JsonSchema schema() throws IOException {
    try (InputStream in = Files.newInputStream(FOLDER.resolve("funding-disclosure.schema.json"))) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
          .getSchema(in, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
    }
  }

  @Test
  void theExampleReportsConformAndAChangedOneDoesNot() throws IOException {
    JsonSchema schema = schema();
    for (String name : List.of("disclosure-2026-Q3.json", "disclosure-2026.json")) {
      JsonNode report = JSON.readTree(FOLDER.resolve(name).toFile());
      assertThat(schema.validate(report)).as(name).isEmpty();
    }
    ObjectNode changed =
        (ObjectNode) JSON.readTree(FOLDER.resolve("disclosure-2026.json").toFile());
    ((ObjectNode) changed.get("totals")).put("income", "323280.0");
    changed.put("extra", 1);
    assertThat(schema.validate(changed)).hasSize(2);
  }
}
