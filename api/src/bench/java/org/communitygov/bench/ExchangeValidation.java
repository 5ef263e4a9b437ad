package org.communitygov.bench;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.communitygov.api.exchange.ExchangeFormat;
import org.communitygov.api.exchange.ExchangeValidator;
import org.communitygov.api.exchange.RecordKind;
import org.communitygov.api.exchange.ValidationReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Validating an envelope of {@value HouseholdDocuments#COUNT} generated households (about 1 MB of
 * JSON, in memory): {@link ExchangeValidator} (bind, invariants, Bean Validation, duplicate ids,
 * report) against two baselines on the very same text — plain Jackson binding into {@link
 * PlainHouseholds} records without any checks, and networknt json-schema-validator checking it
 * against the published {@code docs/schema/households.schema.json} (format assertions on, parsing
 * included). The setup checks that all three accept the document. Run from the repository root, so
 * that {@code docs/schema} is found.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ExchangeValidation {
  private ExchangeValidator validator;
  private ExchangeValidator ndjsonValidator;
  private ObjectReader plainReader;
  private JsonSchema schema;
  private String envelope;
  private String ndjson;

  /**
   * Generates the documents and prepares the three sides once.
   *
   * @throws IOException if {@code docs/schema} cannot be read
   */
  @Setup
  public void setUp() throws IOException {
    envelope = HouseholdDocuments.envelope(HouseholdDocuments.SEED, HouseholdDocuments.COUNT);
    ndjson = HouseholdDocuments.ndjson(HouseholdDocuments.SEED, HouseholdDocuments.COUNT);
    validator = ExchangeValidator.builder().expectedKind(RecordKind.HOUSEHOLDS).build();
    ndjsonValidator = ExchangeValidator.builder().format(ExchangeFormat.NDJSON).build();
    plainReader =
        JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .build()
            .readerFor(PlainHouseholds.Envelope.class);
    schema = householdsSchema();

    ValidationReport report = validator();
    if (!report.isValid() || report.recordsRead() != HouseholdDocuments.COUNT) {
      throw new IllegalStateException("the generated households are not valid: " + report);
    }
    if (!validatorNdjson().isValid()) {
      throw new IllegalStateException("the generated NDJSON is not valid");
    }
    if (plainJackson().records().size() != HouseholdDocuments.COUNT) {
      throw new IllegalStateException("plain Jackson did not read every household");
    }
    Set<ValidationMessage> problems = networknt();
    if (!problems.isEmpty()) {
      throw new IllegalStateException("the schema rejects the households: " + problems);
    }
  }

  static JsonSchema householdsSchema() {
    Path directory = Path.of("docs", "schema");
    if (!Files.isDirectory(directory)) {
      directory = Path.of("..", "docs", "schema");
    }
    if (!Files.isDirectory(directory)) {
      throw new IllegalStateException("run from the repository root: docs/schema not found");
    }
    String base = RecordKind.SCHEMA_BASE + "1.0/";
    String local = directory.toAbsolutePath().normalize().toUri().toString();
    JsonSchemaFactory factory =
        JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(base, local)));
    return factory.getSchema(
        SchemaLocation.of(base + "households.schema.json"),
        SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
  }

  /**
   * Validates the envelope with communitygov's exchange validator.
   *
   * @return the report
   * @throws IOException never
   */
  @Benchmark
  public ValidationReport validator() throws IOException {
    return validator.validate(new StringReader(envelope));
  }

  /**
   * Validates the same households as NDJSON with communitygov's exchange validator.
   *
   * @return the report
   * @throws IOException never
   */
  @Benchmark
  public ValidationReport validatorNdjson() throws IOException {
    return ndjsonValidator.validate(new StringReader(ndjson));
  }

  /**
   * Binds the envelope into plain records with plain Jackson: the first baseline.
   *
   * @return the envelope
   * @throws IOException never
   */
  @Benchmark
  public PlainHouseholds.Envelope plainJackson() throws IOException {
    return plainReader.readValue(envelope);
  }

  /**
   * Parses the envelope and validates it against the households schema with networknt: the second
   * baseline.
   *
   * @return the schema's problems, none
   */
  @Benchmark
  public Set<ValidationMessage> networknt() {
    return schema.validate(envelope, InputFormat.JSON);
  }
}
