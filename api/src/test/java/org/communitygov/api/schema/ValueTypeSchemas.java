package org.communitygov.api.schema;

import com.fasterxml.classmate.ResolvedType;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.CustomDefinitionProviderV2;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.OptionalInt;
import org.communitygov.model.common.CitizenId;
import org.communitygov.model.common.DateRange;
import org.communitygov.model.common.DivisionCode;
import org.communitygov.model.common.Extensions;
import org.communitygov.model.common.Identifier;
import org.communitygov.model.common.Money;
import org.communitygov.model.common.PhoneNumber;
import org.communitygov.model.common.SocialCreditCode;
import org.communitygov.model.ledger.OwnerKind;
import org.communitygov.model.ledger.Posting;
import org.communitygov.model.ledger.Unit;
import org.communitygov.model.service.ServiceCategory;

/**
 * The schemas of the model's value types, which Jackson reads through a {@code @JsonCreator} and
 * writes through a {@code @JsonValue}, so that nothing in the class tells their shape.
 *
 * <p>Each pattern accepts at least everything the value type's parser accepts (a lower-case {@code
 * x} in a citizen ID, separators and {@code +86} in a phone number): a document the schema rejects
 * is one the library rejects too. Checks a pattern cannot make (check characters, real calendar
 * dates, a division code's level) stay with the library's validator.
 */
final class ValueTypeSchemas implements CustomDefinitionProviderV2 {
  /** The citizen ID: 17 digits and a check character; the parser accepts a lower-case x. */
  static final String CITIZEN_ID = "^[0-9]{17}[0-9Xx]$";

  /** A mobile or landline number, maybe with +86 or 0086 and spaces or hyphens between digits. */
  static final String PHONE = "^\\+?[0-9]([ -]*[0-9]){9,15}$";

  /** A division code of 6, 9 or 12 digits. */
  static final String DIVISION_CODE = "^[0-9]{6}([0-9]{3}){0,2}$";

  /** A unified social credit code; the parser accepts lower-case letters. */
  static final String SOCIAL_CREDIT_CODE = "^[0-9A-HJ-NPQRTUWXYa-hj-npqrtuwxy]{18}$";

  /** A money amount: a plain decimal string. */
  static final String AMOUNT = "^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$";

  /** A local time as ISO 8601 writes it (HH:mm, HH:mm:ss, with up to 9 decimals). */
  static final String LOCAL_TIME = "^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]{1,9})?)?$";

  /** An instant: RFC 3339 with seconds and an offset, upper-case T and Z, as the reader takes. */
  static final String INSTANT =
      "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})$";

  /** A unit of account: hours, points or an ISO 4217 currency code. */
  static final String UNIT = "^(HOUR|POINT|[A-Z]{3})$";

  /** An ISO 4217 currency code. */
  static final String CURRENCY = "^[A-Z]{3}$";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @Override
  public CustomDefinition provideCustomSchemaDefinition(
      ResolvedType javaType, SchemaGenerationContext context) {
    Class<?> type = javaType.getErasedType();
    ObjectNode schema = schemaOf(type);
    if (schema == null) {
      return null;
    }
    // Plain strings and integers are written in place; named value types go to $defs.
    boolean inline =
        type == LocalDate.class
            || type == OffsetDateTime.class
            || type == OptionalInt.class
            || type == LocalTime.class
            || type == Instant.class;
    return new CustomDefinition(
        schema,
        inline ? CustomDefinition.DefinitionType.INLINE : CustomDefinition.DefinitionType.STANDARD,
        CustomDefinition.AttributeInclusion.YES);
  }

  private static ObjectNode schemaOf(Class<?> type) {
    if (Identifier.class.isAssignableFrom(type)) {
      return string(Identifier.PATTERN, "An identifier chosen by the issuing system.");
    } else if (type == CitizenId.class) {
      return string(CITIZEN_ID, "A citizen identity number (GB 11643), sensitive personal data.");
    } else if (type == PhoneNumber.class) {
      return string(
          PHONE, "A mainland mobile or landline number, written 13812345678 or 010-12345678.");
    } else if (type == DivisionCode.class) {
      return string(DIVISION_CODE, "An administrative division code of 6, 9 or 12 digits.");
    } else if (type == SocialCreditCode.class) {
      return string(SOCIAL_CREDIT_CODE, "A unified social credit code (GB 32100).");
    } else if (type == ServiceCategory.class) {
      return string(
          ServiceCategory.PATTERN, "A service category: a code of the list, or a local code.");
    } else if (type == LocalTime.class) {
      ObjectNode node = NODES.objectNode();
      node.put("type", "string");
      node.put("pattern", LOCAL_TIME);
      return node;
    } else if (type == Instant.class) {
      ObjectNode node = format("date-time");
      node.put("pattern", INSTANT);
      return node;
    } else if (type == LocalDate.class) {
      return format("date");
    } else if (type == OffsetDateTime.class) {
      return format("date-time");
    } else if (type == OptionalInt.class) {
      ObjectNode node = NODES.objectNode();
      node.put("type", "integer");
      return node;
    } else if (type == Money.class) {
      return money();
    } else if (type == Unit.class) {
      return string(UNIT, "A unit of account: HOUR, POINT or an ISO 4217 currency code.");
    } else if (type == Posting.class) {
      return posting();
    } else if (type == org.communitygov.model.ledger.Owner.class) {
      return owner();
    } else if (type == DateRange.class) {
      return dateRange();
    } else if (type == Extensions.class) {
      return extensions();
    }
    return null;
  }

  private static ObjectNode string(String pattern, String description) {
    ObjectNode node = NODES.objectNode();
    node.put("description", description);
    node.put("type", "string");
    node.put("pattern", pattern);
    return node;
  }

  private static ObjectNode format(String format) {
    ObjectNode node = NODES.objectNode();
    node.put("type", "string");
    node.put("format", format);
    return node;
  }

  private static ObjectNode money() {
    ObjectNode node = object("An exact amount of money: the amount a decimal string.");
    ObjectNode properties = node.putObject("properties");
    properties.set("amount", string(AMOUNT, "A plain decimal such as 123.45 or -0.50."));
    properties.set("currency", string(CURRENCY, "An ISO 4217 currency code such as CNY."));
    node.putArray("required").add("amount").add("currency");
    node.put("additionalProperties", false);
    return node;
  }

  private static ObjectNode posting() {
    ObjectNode node =
        object("A posting: an account and a signed amount, not zero, the amount a decimal string.");
    ObjectNode properties = node.putObject("properties");
    properties.set("account", string(Identifier.PATTERN, "The account's identifier."));
    properties.set(
        "amount", string(AMOUNT, "A plain decimal with at most the unit's decimals: -12.50."));
    properties.set("unit", string(UNIT, "HOUR, POINT or an ISO 4217 currency code."));
    node.putArray("required").add("account").add("amount").add("unit");
    node.put("additionalProperties", false);
    return node;
  }

  private static ObjectNode owner() {
    ObjectNode node = object("The owner of an account: its kind and its identifier.");
    ObjectNode properties = node.putObject("properties");
    ObjectNode kind = properties.putObject("kind");
    kind.put("type", "string");
    for (OwnerKind value : OwnerKind.values()) {
      kind.withArray("enum").add(value.name());
    }
    properties.set("id", string(Identifier.PATTERN, "The owner's identifier."));
    node.putArray("required").add("kind").add("id");
    node.put("additionalProperties", false);
    return node;
  }

  private static ObjectNode dateRange() {
    ObjectNode node =
        object("A period: start inclusive, end exclusive; open-ended without an end.");
    ObjectNode properties = node.putObject("properties");
    properties.set("endExclusive", format("date"));
    properties.set("start", format("date"));
    node.putArray("required").add("start");
    node.put("additionalProperties", false);
    return node;
  }

  private static ObjectNode extensions() {
    ObjectNode node =
        object("Local additions, each under a lower-case reverse domain name such as cn.gov.bj.");
    node.putObject("propertyNames").put("pattern", Extensions.NAMESPACE_PATTERN);
    node.putObject("additionalProperties")
        .putArray("type")
        .add("string")
        .add("number")
        .add("boolean")
        .add("array")
        .add("object");
    return node;
  }

  private static ObjectNode object(String description) {
    ObjectNode node = NODES.objectNode();
    node.put("description", description);
    node.put("type", "object");
    return node;
  }
}
