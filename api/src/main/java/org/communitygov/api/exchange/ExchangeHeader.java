package org.communitygov.api.exchange;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.OffsetDateTime;
import org.communitygov.model.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * The header of an exchange document: the envelope without its {@code records}, and the first line
 * of an NDJSON document.
 *
 * <p>In JSON: {@code {"$schema":
 * "https://communitygov.org/schema/exchange/1.0/households.schema.json", "kind": "HOUSEHOLDS",
 * "version": "1.0", "issuer": {…}, "issuedAt": "2026-11-20T09:30:00+08:00"}}. The schema identity
 * agrees with the kind and the version ({@link RecordKind#schemaUri}); the validator reports a
 * mismatch.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableExchangeHeader.class)
@JsonDeserialize(as = ImmutableExchangeHeader.class)
public abstract class ExchangeHeader {
  ExchangeHeader() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static ImmutableExchangeHeader.Builder builder() {
    return ImmutableExchangeHeader.builder();
  }

  /**
   * Returns the schema identity, written as {@code $schema}.
   *
   * @return the schema identity, not null
   */
  @JsonProperty("$schema")
  public abstract URI schema();

  /**
   * Returns the kind of the records.
   *
   * @return the kind, not null
   */
  public abstract RecordKind kind();

  /**
   * Returns the version of the exchange format the document is written in.
   *
   * @return the version, not null
   */
  public abstract ExchangeVersion version();

  /**
   * Returns the organization that issued the document.
   *
   * @return the issuer, not null
   */
  @Valid
  public abstract Issuer issuer();

  /**
   * Returns when the document was issued, with the issuer's UTC offset.
   *
   * @return the time of issue, not null
   */
  public abstract OffsetDateTime issuedAt();
}
