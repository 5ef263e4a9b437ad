package org.communitygov.api.hsds;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Path;
import java.util.Set;

/**
 * The official HSDS 3.0 schemas (copied into {@code src/test/resources/hsds/schema/} with their
 * licence) in networknt's validator, with format assertions on, so {@code format: uuid} is checked.
 */
final class HsdsSchemas {
  static final Path RESOURCES = Path.of("src", "test", "resources", "hsds");
  private static final String BASE = "https://hsds.communitygov.test/schema/";
  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(
          SpecVersion.VersionFlag.V202012,
          builder ->
              builder.schemaMappers(
                  mappers ->
                      mappers.mapPrefix(
                          BASE,
                          RESOURCES
                              .resolve("schema")
                              .toAbsolutePath()
                              .normalize()
                              .toUri()
                              .toString())));
  private static final SchemaValidatorsConfig CONFIG =
      SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

  private HsdsSchemas() {}

  /**
   * Validates an object against an HSDS schema.
   *
   * @param object the HSDS object kind, such as {@code service}
   * @param node the object
   * @return the problems, empty if valid
   */
  static Set<ValidationMessage> validate(String object, JsonNode node) {
    return FACTORY.getSchema(SchemaLocation.of(BASE + object + ".json"), CONFIG).validate(node);
  }
}
