package org.communitygov.api.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.generator.impl.module.FlattenedWrapperModule;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.communitygov.api.json.CommunityGovMappers;

/**
 * Generates the JSON Schemas (draft 2020-12) of exchange 1.0 from the model: one per record kind
 * ({@code household.schema.json}) and one per envelope ({@code households.schema.json}), which
 * refers to the record's.
 *
 * <p>victools' generator reads the model types with its Jackson module (names, ignored accessors)
 * and its Jakarta Validation module ({@code @NotBlank}, {@code @Size}, {@code @Min}, …); {@link
 * WireAttributes} picks the accessors that are on the wire and the required ones; {@link
 * ValueTypeSchemas} gives the value types their string patterns and small objects. The output is
 * stable text ({@link SchemaText}), compared with {@code docs/schema/} by {@code
 * SchemasAreCurrentTest}.
 */
public final class SchemaGeneration {
  /** Where the generated schemas are committed, relative to the api module. */
  public static final Path DIRECTORY = Path.of("..", "docs", "schema");

  private final SchemaGenerator generator;

  /** Creates a generator configured for the communitygov wire format. */
  public SchemaGeneration() {
    JsonMapper mapper = CommunityGovMappers.strict();
    SchemaGeneratorConfigBuilder config =
        new SchemaGeneratorConfigBuilder(
                mapper, SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
            // Optional<T> is T, not nullable: the format writes no nulls, absent is omitted.
            .without(Option.FLATTENED_OPTIONALS)
            .with(new FlattenedWrapperModule<>(Optional.class))
            .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT)
            .with(Option.DEFINITIONS_FOR_ALL_OBJECTS)
            .with(Option.NONSTATIC_NONVOID_NONGETTER_METHODS)
            .with(Option.FIELDS_DERIVED_FROM_ARGUMENTFREE_METHODS)
            .without(Option.NONPUBLIC_NONSTATIC_FIELDS_WITHOUT_GETTERS)
            .without(Option.NONPUBLIC_NONSTATIC_FIELDS_WITH_GETTERS)
            .without(Option.PUBLIC_NONSTATIC_FIELDS)
            .with(new JacksonModule())
            .with(
                new JakartaValidationModule(
                    JakartaValidationOption.INCLUDE_PATTERN_EXPRESSIONS,
                    JakartaValidationOption.NOT_NULLABLE_METHOD_IS_REQUIRED))
            .with(new WireAttributes(mapper));
    config.forTypesInGeneral().withCustomDefinitionProvider(new ValueTypeSchemas());
    config.forMethods().withCustomDefinitionProvider(new MapSchemas());
    this.generator = new SchemaGenerator(config.build());
  }

  /**
   * Generates every schema.
   *
   * @return the text of each schema by file name, sorted, not null
   */
  public SortedMap<String, String> generateAll() {
    SortedMap<String, String> files = new TreeMap<>();
    for (RecordSchema kind : RecordSchema.ALL) {
      files.put(kind.recordFile(), SchemaText.write(record(kind)));
      files.put(kind.envelopeFile(), SchemaText.write(EnvelopeSchema.of(kind, this)));
    }
    return files;
  }

  /**
   * Writes every schema into a directory, replacing what is there.
   *
   * @param directory the directory, not null
   * @throws IOException if a file cannot be written
   */
  public void writeAll(Path directory) throws IOException {
    Files.createDirectories(directory);
    for (Map.Entry<String, String> file : generateAll().entrySet()) {
      Files.writeString(directory.resolve(file.getKey()), file.getValue());
    }
  }

  /** Generates the schema of a model type, without its {@code $schema}. */
  ObjectNode generate(Class<?> type) {
    ObjectNode schema = generator.generateSchema(type);
    schema.remove("$schema");
    return schema;
  }

  private ObjectNode record(RecordSchema kind) {
    ObjectNode generated = generate(kind.type());
    ObjectNode schema = EnvelopeSchema.head(kind.recordId(), kind.title(), recordDescription(kind));
    JsonNode defs = generated.remove("$defs");
    schema.setAll(generated);
    if (defs != null) {
      schema.set("$defs", defs);
    }
    return schema;
  }

  private static String recordDescription(RecordSchema kind) {
    return "One record of a communitygov exchange 1.0 document of kind "
        + kind.kind().name()
        + ". Generated from the model; do not edit.";
  }

  /**
   * Writes the schemas into {@code docs/schema/}.
   *
   * @param args an optional target directory
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    new SchemaGeneration().writeAll(args.length > 0 ? Path.of(args[0]) : DIRECTORY);
  }
}
