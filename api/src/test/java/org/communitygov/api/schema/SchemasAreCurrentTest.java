package org.communitygov.api.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.communitygov.api.exchange.RecordKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Fails when the schemas committed in {@code docs/schema/} differ from those generated from the
 * model. {@code -Dschemas.update=true} rewrites them instead. Other files there (the report schema)
 * are not generated and not checked here.
 */
class SchemasAreCurrentTest {
  static final String HOW_TO_UPDATE =
      "docs/schema/ is not what the model generates. If the model change is intended, regenerate"
          + " with: ./mvnw -B -Dquick -pl api -am verify -Dschemas.update=true"
          + " -Dtest=SchemasAreCurrentTest -Dsurefire.failIfNoSpecifiedTests=false"
          + " and commit docs/schema/.";

  static SortedMap<String, String> generated;

  @BeforeAll
  static void generate() throws IOException {
    generated = new SchemaGeneration().generateAll();
    if (Boolean.getBoolean("schemas.update")) {
      new SchemaGeneration().writeAll(SchemaGeneration.DIRECTORY);
    }
  }

  @Nested
  class TheCommittedSchemas {
    @Test
    void includeEveryGeneratedFile() throws IOException {
      List<String> committed;
      try (Stream<Path> files = Files.list(SchemaGeneration.DIRECTORY)) {
        committed = files.map(f -> f.getFileName().toString()).toList();
      }
      assertThat(committed).as(HOW_TO_UPDATE).containsAll(generated.keySet());
    }

    @Test
    void haveTheGeneratedContent() throws IOException {
      for (Map.Entry<String, String> file : generated.entrySet()) {
        Path path = SchemaGeneration.DIRECTORY.resolve(file.getKey());
        assertThat(Files.exists(path) ? Files.readString(path) : "")
            .as(file.getKey() + ": " + HOW_TO_UPDATE)
            .isEqualTo(file.getValue());
      }
    }
  }

  @Nested
  class Generation {
    @Test
    void isDeterministic() {
      assertThat(new SchemaGeneration().generateAll()).isEqualTo(generated);
    }

    @Test
    void givesEachSchemaAVersionedIdentity() {
      assertThat(generated.get("households.schema.json"))
          .contains(
              "\"$id\": \"https://communitygov.org/schema/exchange/1.0/households.schema.json\"")
          .contains("\"$ref\": \"household.schema.json\"");
      assertThat(generated.keySet())
          .containsExactly(
              "certificate.schema.json",
              "certificates.schema.json",
              "communities.schema.json",
              "community.schema.json",
              "household.schema.json",
              "households.schema.json",
              "person.schema.json",
              "persons.schema.json",
              "service-record.schema.json",
              "service_records.schema.json",
              "volunteer.schema.json",
              "volunteers.schema.json");
    }

    @Test
    void coversEveryRecordKind() {
      assertThat(RecordSchema.ALL)
          .as("each RecordKind needs its entry in RecordSchema.ALL (docs/exchange.md)")
          .extracting(RecordSchema::kind)
          .containsExactlyInAnyOrder(RecordKind.values());
    }

    @Test
    void endsEachFileWithOneNewline() {
      generated.values().forEach(text -> assertThat(text).endsWith("}\n"));
    }
  }
}
