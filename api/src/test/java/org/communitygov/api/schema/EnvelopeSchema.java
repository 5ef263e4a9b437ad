package org.communitygov.api.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.communitygov.api.exchange.ExchangeVersion;
import org.communitygov.api.exchange.Issuer;

/**
 * Builds the schema of an exchange envelope: {@code $schema}, {@code kind}, {@code version}, {@code
 * issuer} (generated from {@link Issuer}), {@code issuedAt} and the {@code records}, each of which
 * refers to the record schema.
 */
final class EnvelopeSchema {
  static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private EnvelopeSchema() {}

  static ObjectNode head(String id, String title, String description) {
    ObjectNode schema = NODES.objectNode();
    schema.put("$schema", DRAFT);
    schema.put("$id", id);
    schema.put("title", title);
    schema.put("description", description);
    return schema;
  }

  static ObjectNode of(RecordSchema kind, SchemaGeneration generation) {
    ObjectNode schema =
        head(
            kind.envelopeId(),
            "communitygov exchange 1.0: " + kind.envelope(),
            "A document of "
                + kind.envelope()
                + ": the envelope and its records. Generated from the model; do not edit.");
    schema.put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    properties.putObject("$schema").put("const", kind.envelopeId());
    properties.putObject("kind").put("const", kind.kind().name());
    properties.putObject("version").put("const", ExchangeVersion.CURRENT.toString());
    ObjectNode issuer = generation.generate(Issuer.class);
    JsonNode defs = issuer.remove("$defs");
    properties.set("issuer", issuer);
    properties
        .putObject("issuedAt")
        .put("type", "string")
        .put("format", "date-time")
        .put("pattern", ValueTypeSchemas.INSTANT);
    ObjectNode records = properties.putObject("records");
    records.put("type", "array");
    records.putObject("items").put("$ref", kind.recordFile());
    schema
        .putArray("required")
        .add("$schema")
        .add("kind")
        .add("version")
        .add("issuer")
        .add("issuedAt")
        .add("records");
    schema.put("additionalProperties", false);
    if (defs != null) {
      schema.set("$defs", defs);
    }
    return schema;
  }
}
