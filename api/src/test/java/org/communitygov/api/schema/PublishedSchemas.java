package org.communitygov.api.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * The committed schemas of {@code docs/schema/}, loaded into networknt's validator: an independent
 * implementation of JSON Schema 2020-12, with format assertions on, resolving the schemas' {@code
 * https://communitygov.org/…} identities to the local files as an integrator's copy would.
 */
final class PublishedSchemas {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(
          SpecVersion.VersionFlag.V202012,
          builder ->
              builder.schemaMappers(
                  mappers ->
                      mappers.mapPrefix(
                          RecordSchema.BASE,
                          SchemaGeneration.DIRECTORY
                              .toAbsolutePath()
                              .normalize()
                              .toUri()
                              .toString())));
  private static final SchemaValidatorsConfig CONFIG =
      SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

  private PublishedSchemas() {}

  /**
   * Validates a document against the schema its {@code $schema} names, or the given one.
   *
   * @param schemaFile the schema's file name, such as {@code households.schema.json}
   * @param document the document
   * @return the problems found, empty if the document is valid
   */
  static Set<ValidationMessage> validate(String schemaFile, JsonNode document) {
    JsonSchema schema =
        FACTORY.getSchema(SchemaLocation.of(RecordSchema.BASE + schemaFile), CONFIG);
    return schema.validate(document);
  }

  /**
   * Validates a document file against the schema its {@code $schema} names.
   *
   * @param document the file
   * @return the problems found, empty if the document is valid
   */
  static Set<ValidationMessage> validate(Path document) {
    JsonNode node = read(document);
    String schemaUri = node.path("$schema").asText();
    String file = schemaUri.substring(schemaUri.lastIndexOf('/') + 1);
    return validate(file.isEmpty() ? "households.schema.json" : file, node);
  }

  static JsonNode read(Path document) {
    try {
      return JSON.readTree(document.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
