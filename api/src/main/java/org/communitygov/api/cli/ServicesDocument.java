package org.communitygov.api.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communitygov.api.exchange.ExchangeFormat;
import org.communitygov.api.exchange.ExchangeVersion;
import org.communitygov.api.exchange.RecordKind;
import org.communitygov.api.json.CommunityGovMappers;
import org.communitygov.model.common.Money;
import org.communitygov.model.service.Provider;
import org.communitygov.model.service.Service;
import org.communitygov.model.service.ServiceCatalogue;
import org.communitygov.model.service.ServiceCatalogueEntry;
import org.communitygov.model.service.Site;

/**
 * A {@code SERVICES} exchange document as a {@link ServiceCatalogue}: read from an envelope or
 * NDJSON that the validator has found valid, and written as an envelope.
 */
final class ServicesDocument {
  private static final JsonMapper MAPPER = CommunityGovMappers.strict();

  /** Reads one record where the parser stands, the rest of the document after it. */
  private static final ObjectReader ENTRY =
      MAPPER
          .readerFor(ServiceCatalogueEntry.class)
          .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private ServicesDocument() {}

  /**
   * Reads the catalogue of a valid {@code SERVICES} document.
   *
   * @param bytes the document, already validated without errors
   * @param format its framing, as the validation found it
   * @throws IOException if a record cannot be bound after all
   */
  static ServiceCatalogue read(byte[] bytes, ExchangeFormat format) throws IOException {
    // Bound straight from the text: a tree would strip a decimal's trailing zeros (116.4170).
    List<ServiceCatalogueEntry> entries = new ArrayList<>();
    if (format == ExchangeFormat.NDJSON) {
      boolean header = true;
      for (String line : new String(bytes, StandardCharsets.UTF_8).split("\r?\n")) {
        if (line.isBlank()) {
          continue;
        }
        if (!header) {
          entries.add(MAPPER.readValue(line, ServiceCatalogueEntry.class));
        }
        header = false;
      }
    } else {
      try (JsonParser p = MAPPER.createParser(bytes)) {
        p.nextToken();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          if (name.equals("records")) {
            while (p.nextToken() == JsonToken.START_OBJECT) {
              entries.add(ENTRY.readValue(p));
            }
          } else {
            p.skipChildren();
          }
        }
      }
    }
    List<Provider> providers = new ArrayList<>();
    List<Site> sites = new ArrayList<>();
    List<Service> services = new ArrayList<>();
    for (ServiceCatalogueEntry entry : entries) {
      entry.provider().ifPresent(providers::add);
      entry.site().ifPresent(sites::add);
      entry.service().ifPresent(services::add);
    }
    return ServiceCatalogue.builder()
        .currency(
            services.stream().flatMap(s -> s.currency().stream()).findFirst().orElse(Money.CNY))
        .providers(providers)
        .sites(sites)
        .services(services)
        .build();
  }

  /**
   * Writes entries as the envelope of a {@code SERVICES} document of the current version.
   *
   * @param entries the records
   * @param issuer the issuer's name
   * @param issuedAt when it is issued
   * @return the JSON text, ending with a line break
   */
  static String envelope(
      List<ServiceCatalogueEntry> entries, String issuer, OffsetDateTime issuedAt) {
    // Written from the values, not a tree, which would strip a decimal's trailing zeros.
    Map<String, Object> envelope = new LinkedHashMap<>();
    envelope.put("$schema", RecordKind.SERVICES.schemaUri(ExchangeVersion.CURRENT).toString());
    envelope.put("kind", RecordKind.SERVICES.name());
    envelope.put("version", ExchangeVersion.CURRENT.toString());
    envelope.put("issuer", Map.of("name", issuer));
    envelope.put("issuedAt", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(issuedAt));
    envelope.put("records", entries);
    return text(envelope);
  }

  /** A value as indented JSON text, ending with a line break. */
  static String text(Object value) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException("writing a value to a string cannot fail", e);
    }
  }
}
