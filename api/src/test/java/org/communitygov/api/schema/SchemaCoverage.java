package org.communitygov.api.schema;

import java.util.Set;

/**
 * Which issue codes of the exchange validator the published schemas can express: a document with an
 * error of an {@link #EXPRESSIBLE} code fails the schema too; a document whose errors are all
 * {@link #BEYOND_THE_SCHEMA} passes it. Codes in neither set are caught in part (a pattern wider
 * than the parser, {@code minLength} for {@code @NotBlank}) and are not asserted either way. {@code
 * docs/integrators.md} gives the same lists.
 */
final class SchemaCoverage {
  /** Codes whose every occurrence the schemas reject (or a JSON parser, for broken syntax). */
  static final Set<String> EXPRESSIBLE =
      Set.of(
          "json.empty",
          "json.syntax",
          "json.truncated",
          "json.trailing",
          "json.encoding",
          "envelope.property.required",
          "envelope.property.unknown",
          "envelope.value.type",
          "envelope.value.enum",
          "envelope.value.format",
          "envelope.value.null",
          "envelope.kind.unknown",
          "envelope.version.format",
          "envelope.version.unsupported",
          "envelope.schema.mismatch",
          "record.property.required",
          "record.property.unknown",
          "record.value.type",
          "record.value.enum",
          "record.value.format",
          "record.value.null",
          "constraint.NotNull",
          "constraint.NotEmpty",
          "constraint.Size",
          "constraint.Min",
          "constraint.Max",
          "constraint.Pattern",
          "value.citizenId.whitespace",
          "value.citizenId.legacy15",
          "value.citizenId.length",
          "value.citizenId.characters",
          "value.socialCreditCode.length",
          "value.socialCreditCode.characters",
          "value.divisionCode.length",
          "value.divisionCode.digits",
          "value.money.format");

  /** Codes no JSON Schema can express: checksums, calendars, invariants, limits, context. */
  static final Set<String> BEYOND_THE_SCHEMA =
      Set.of(
          "json.bom",
          "json.key.duplicate",
          "json.limit.nesting",
          "json.limit.string",
          "json.limit.number",
          "json.limit.name",
          "json.limit.exponent",
          "record.limit.length",
          "envelope.kind.unexpected",
          "envelope.records.beforeHeader",
          "envelope.invalid",
          "envelope.value.invalid",
          "record.invalid",
          "record.value.invalid",
          "record.id.duplicate",
          "document.ids.untracked",
          "document.value.differs",
          "document.references.untracked",
          "reference.unresolved",
          "reference.time.outside",
          "reference.value.differs",
          "constraint.PastOrPresent",
          "constraint.Past",
          "value.citizenId.region",
          "value.citizenId.birthDate",
          "value.citizenId.birthDateInFuture",
          "value.citizenId.checkCharacter",
          "value.socialCreditCode.checkCharacter",
          "value.socialCreditCode.organizationCode",
          "value.divisionCode.province",
          "value.money.scale",
          "value.dateRange.date");

  private SchemaCoverage() {}
}
