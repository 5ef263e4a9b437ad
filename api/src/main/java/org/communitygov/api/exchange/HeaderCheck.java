package org.communitygov.api.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks the header of a document: the envelope's members other than {@code records}, or the first
 * line of NDJSON. Decides whether the records can be checked (kind known, major version known) and
 * how severe an unknown property is (a warning in a document of a newer minor version).
 */
final class HeaderCheck {
  static final Set<String> MEMBERS = Set.of("$schema", "kind", "version", "issuer", "issuedAt");

  /** What the header says for the records: empty kind when the records cannot be checked. */
  record Outcome(
      Optional<RecordKind> recordKind, Severity unknownProperty, Optional<ExchangeHeader> header) {}

  /** What the header members read so far say for the records that follow them. */
  record Early(RecordKind kind, Severity unknownProperty) {}

  private final Settings settings;
  private final IssueSink sink;
  private final RecordCheck records;

  HeaderCheck(Settings settings, IssueSink sink, RecordCheck records) {
    this.settings = settings;
    this.sink = sink;
    this.records = records;
  }

  Outcome check(ObjectNode header, long line, boolean hasRecordsMember) {
    long errorsBefore = sink.errors();
    Where at = new Where("", -1, line, "envelope", Severity.ERROR);
    Optional<ExchangeVersion> version = version(header.get("version"), at);
    boolean newerMinor = version.filter(v -> !ExchangeVersion.CURRENT.understands(v)).isPresent();
    Severity unknown =
        settings.mode == ValidationMode.STRICT && !newerMinor ? Severity.ERROR : Severity.WARNING;
    at = new Where("", -1, line, "envelope", unknown);
    for (Iterator<String> names = header.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!MEMBERS.contains(name) && !(hasRecordsMember && name.equals("records"))) {
        sink.add(unknown, "envelope.property.unknown", at, Pointers.token(name), Args.of());
      }
    }
    Optional<RecordKind> kind = kind(header.get("kind"), at);
    Optional<URI> schema = schema(header.get("$schema"), kind, version, at);
    Optional<Object> issuer = Optional.empty();
    JsonNode issuerNode = header.get("issuer");
    if (present(issuerNode, "issuer", at)) {
      Where issuerAt = new Where("/issuer", -1, line, "envelope", unknown);
      issuer = records.check(issuerNode, Issuer.class, issuerAt);
    }
    Optional<OffsetDateTime> issuedAt = issuedAt(header.get("issuedAt"), at);
    Optional<ExchangeHeader> valid = Optional.empty();
    if (sink.errors() == errorsBefore
        && kind.isPresent()
        && version.isPresent()
        && schema.isPresent()
        && issuer.isPresent()
        && issuedAt.isPresent()) {
      valid =
          Optional.of(
              ExchangeHeader.builder()
                  .schema(schema.get())
                  .kind(kind.get())
                  .version(version.get())
                  .issuer((Issuer) issuer.get())
                  .issuedAt(issuedAt.get())
                  .build());
    }
    boolean readable =
        version.filter(v -> v.major() == ExchangeVersion.CURRENT.major()).isPresent();
    return new Outcome(readable ? kind : Optional.empty(), unknown, valid);
  }

  /**
   * Decides, without reporting, whether records can be checked with the header members read so far:
   * the kind is known and the major version is the reader's. The full check comes later.
   */
  static Optional<Early> early(ObjectNode header, ValidationMode mode) {
    JsonNode kindNode = header.get("kind");
    JsonNode versionNode = header.get("version");
    if (kindNode == null
        || !kindNode.isTextual()
        || versionNode == null
        || !versionNode.isTextual()) {
      return Optional.empty();
    }
    Optional<RecordKind> kind = RecordKind.fromName(kindNode.textValue());
    ExchangeVersion version;
    try {
      version = ExchangeVersion.parse(versionNode.textValue());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (kind.isEmpty() || version.major() != ExchangeVersion.CURRENT.major()) {
      return Optional.empty();
    }
    boolean newerMinor = !ExchangeVersion.CURRENT.understands(version);
    Severity unknown =
        mode == ValidationMode.STRICT && !newerMinor ? Severity.ERROR : Severity.WARNING;
    return Optional.of(new Early(kind.get(), unknown));
  }

  private boolean present(JsonNode node, String member, Where at) {
    if (node == null || node.isNull()) {
      sink.add(
          Severity.ERROR,
          "envelope.property.required",
          at,
          Pointers.token(member),
          Args.of("property", member));
      return false;
    }
    return true;
  }

  private Optional<String> text(JsonNode node, String member, Where at) {
    if (!present(node, member, at)) {
      return Optional.empty();
    }
    if (!node.isTextual()) {
      Failures.wrongType(sink, at, Pointers.token(member), "string");
      return Optional.empty();
    }
    return Optional.of(node.textValue());
  }

  private Optional<ExchangeVersion> version(JsonNode node, Where at) {
    Optional<String> text = text(node, "version", at);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    ExchangeVersion version;
    try {
      version = ExchangeVersion.parse(text.get());
    } catch (IllegalArgumentException e) {
      sink.add(Severity.ERROR, "envelope.version.format", at, "/version", Args.of());
      return Optional.empty();
    }
    ExchangeVersion reader = ExchangeVersion.CURRENT;
    if (version.major() != reader.major()) {
      sink.add(
          Severity.ERROR,
          "envelope.version.unsupported",
          at,
          "/version",
          Args.of("version", version, "supported", reader.major()));
    } else if (version.minor() > reader.minor()) {
      sink.add(
          Severity.INFO,
          "envelope.version.newerMinor",
          at,
          "/version",
          Args.of("version", version, "reader", reader));
    }
    return Optional.of(version);
  }

  private Optional<RecordKind> kind(JsonNode node, Where at) {
    Optional<RecordKind> kind = text(node, "kind", at).flatMap(RecordKind::fromName);
    if (kind.isEmpty() && node != null && node.isTextual()) {
      String allowed =
          Arrays.stream(RecordKind.values()).map(Enum::name).collect(Collectors.joining(", "));
      sink.add(Severity.ERROR, "envelope.kind.unknown", at, "/kind", Args.of("allowed", allowed));
    }
    if (kind.isPresent()
        && settings.expectedKind.isPresent()
        && settings.expectedKind.get() != kind.get()) {
      sink.add(
          Severity.ERROR,
          "envelope.kind.unexpected",
          at,
          "/kind",
          Args.of("expected", settings.expectedKind.get()));
    }
    return kind;
  }

  private Optional<URI> schema(
      JsonNode node, Optional<RecordKind> kind, Optional<ExchangeVersion> version, Where at) {
    Optional<String> text = text(node, "$schema", at);
    if (text.isEmpty() || kind.isEmpty() || version.isEmpty()) {
      return Optional.empty();
    }
    URI expected = kind.get().schemaUri(version.get());
    if (!expected.toString().equals(text.get())) {
      sink.add(
          Severity.ERROR,
          "envelope.schema.mismatch",
          at,
          "/$schema",
          Args.of("expected", expected));
      return Optional.empty();
    }
    return Optional.of(expected);
  }

  /**
   * {@code issuedAt}'s one form, the RFC 3339 {@code date-time} the schemas give it: seconds, an
   * upper-case {@code T}, and {@code Z} or an offset {@code +hh:mm} ({@code ISO_OFFSET_DATE_TIME}
   * alone also takes a time without seconds, a lower-case {@code t} and an offset with seconds).
   */
  private static final Pattern ISSUED_AT =
      Pattern.compile(
          "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?"
              + "(Z|[+-][0-9]{2}:[0-9]{2})");

  private static OffsetDateTime instant(String text) {
    if (!ISSUED_AT.matcher(text).matches()) {
      throw new DateTimeParseException("not of the one form of issuedAt", text, 0);
    }
    return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  private Optional<OffsetDateTime> issuedAt(JsonNode node, Where at) {
    Optional<String> text = text(node, "issuedAt", at);
    try {
      return text.map(HeaderCheck::instant);
    } catch (DateTimeParseException e) {
      sink.add(
          Severity.ERROR, "envelope.value.format", at, "/issuedAt", Args.of("format", "date-time"));
      return Optional.empty();
    }
  }
}
