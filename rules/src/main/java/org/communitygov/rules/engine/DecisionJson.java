package org.communitygov.rules.engine;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.communitygov.model.common.CommunityGovException;
import org.communitygov.model.common.Identifier;
import org.communitygov.model.common.SensitiveCategory;
import org.communitygov.rules.engine.DecisionRecordShape.FactShape;
import org.communitygov.rules.engine.DecisionRecordShape.RecordShape;

/**
 * Writes decisions and decision records as JSON, and reads records back, in the stable shapes
 * documented in {@code docs/rules.md}.
 *
 * <p>The shapes are written field by field (no reflection), so that they change only when this
 * class does; golden files in the tests pin them. Sensitive facts of a decision are written as
 * {@code "***"} unless revealed; a record keeps its inputs as given. Reading is strict: unknown
 * properties, duplicate keys and trailing tokens are errors.
 *
 * @since 0.1.0
 */
public final class DecisionJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private DecisionJson() {}

  /**
   * Writes a decision, masking every sensitive fact.
   *
   * @param decision the decision, not null
   * @return the JSON text, indented, not null
   */
  public static String write(Decision<?> decision) {
    return write(decision, EnumSet.noneOf(SensitiveCategory.class));
  }

  /**
   * Writes a decision, showing facts of the revealed sensitive categories.
   *
   * @param decision the decision, not null
   * @param revealed the categories to show, not null
   * @return the JSON text, indented, not null
   */
  public static String write(Decision<?> decision, Set<SensitiveCategory> revealed) {
    ObjectNode root = NODES.objectNode();
    root.put("rule", decision.ruleId());
    root.put("status", decision.status().name());
    decision
        .outcome()
        .ifPresent(o -> root.set("outcome", outcome(code(o, revealed), masked(o, revealed))));
    root.set("missingFacts", strings(decision.missingFacts()));
    ArrayNode steps = root.putArray("steps");
    Step decisive = decision.explanation().decisiveStep().orElse(null);
    for (Step step : decision.explanation().steps()) {
      steps.add(StepJson.step(step, step == decisive, revealed));
    }
    return text(root);
  }

  /**
   * Writes a decision record with its inputs as given.
   *
   * @param record the record, not null
   * @return the JSON text, indented, not null
   */
  public static String write(DecisionRecord record) {
    ObjectNode root = NODES.objectNode();
    root.put("libraryVersion", record.libraryVersion());
    root.put("ruleId", record.ruleId());
    root.put("ruleSetVersion", record.ruleSetVersion());
    root.put("date", record.date().toString());
    root.put("jurisdiction", record.jurisdiction().toString());
    ArrayNode inputs = root.putArray("inputs");
    for (Fact f : record.inputs().all()) {
      ObjectNode fact = inputs.addObject().put("name", f.name()).put("value", f.value());
      f.sensitivity().ifPresent(c -> fact.put("sensitive", c.name()));
    }
    root.put("status", record.status().name());
    record
        .outcomeCode()
        .ifPresent(code -> root.set("outcome", outcome(code, record.outcomeDetails())));
    root.set("missingFacts", strings(record.missingFacts()));
    root.set("parameters", strings(record.parameters()));
    root.put("parametersFingerprint", record.parametersFingerprint());
    root.put("digest", record.digest());
    ObjectNode digests = root.putObject("fieldDigests");
    record.fieldDigests().forEach(digests::put);
    return text(root);
  }

  /**
   * Reads a decision record written by {@link #write(DecisionRecord)}.
   *
   * @param json the JSON text, not null
   * @return the record, not null
   * @throws CommunityGovException with code {@code decisionRecord.json} if the text is not a valid
   *     record
   */
  public static DecisionRecord readRecord(String json) {
    Objects.requireNonNull(json, "json");
    try {
      RecordShape r = ParameterFiles.MAPPER.readValue(json, RecordShape.class);
      var builder =
          DecisionRecord.builder()
              .libraryVersion(r.libraryVersion())
              .ruleId(r.ruleId())
              .ruleSetVersion(r.ruleSetVersion())
              .date(LocalDate.parse(r.date()))
              .jurisdiction(Jurisdiction.parse(r.jurisdiction()))
              .inputs(Facts.of(r.inputs().stream().map(DecisionJson::fact).toList()))
              .status(DecisionStatus.valueOf(r.status()))
              .missingFacts(r.missingFacts())
              .parameters(r.parameters())
              .parametersFingerprint(r.parametersFingerprint())
              .digest(r.digest())
              .fieldDigests(r.fieldDigests());
      if (r.outcome() != null) {
        builder.outcomeCode(r.outcome().code()).outcomeDetails(r.outcome().details());
      }
      return builder.build();
    } catch (JacksonException e) {
      throw new CommunityGovException("decisionRecord.json", "not a valid decision record" + at(e));
    } catch (CommunityGovException e) {
      // The library's own messages name attributes and rules, never values (ADR 0007).
      throw new CommunityGovException(
          "decisionRecord.json",
          "not a valid decision record: " + e.code() + ": " + e.getMessage());
    } catch (RuntimeException e) {
      throw new CommunityGovException(
          "decisionRecord.json", "not a valid decision record: an invalid value");
    }
  }

  /**
   * Where the parser stopped: line, column and JSON path. The parser's message is left out, and so
   * is the parser's exception as a cause: both quote the input, which may hold a citizen ID (ADR
   * 0007).
   */
  static String at(JacksonException e) {
    StringBuilder where = new StringBuilder();
    var location = e.getLocation();
    if (location != null && location.getLineNr() > 0) {
      where.append(" at line ").append(location.getLineNr());
      where.append(", column ").append(location.getColumnNr());
    }
    if (e instanceof com.fasterxml.jackson.databind.JsonMappingException m
        && !m.getPath().isEmpty()) {
      StringBuilder path = new StringBuilder();
      for (var ref : m.getPath()) {
        String name = ref.getFieldName();
        // A name that is not an identifier may be data (an unknown key holding a citizen ID).
        path.append('/')
            .append(
                name == null
                    ? ref.getIndex()
                    : name.matches("[A-Za-z][A-Za-z0-9_]{0,40}") ? name : "*");
      }
      where.append(", path ").append(path);
    }
    return where.toString();
  }

  private static Fact fact(FactShape f) {
    return f.sensitive() == null
        ? Fact.of(f.name(), f.value())
        : Fact.sensitive(f.name(), f.value(), SensitiveCategory.valueOf(f.sensitive()));
  }

  /** The code, or {@code "***"} if it tells a category that is not revealed. */
  private static String code(Outcome outcome, Set<SensitiveCategory> revealed) {
    return outcome.codeSensitivity().filter(c -> !revealed.contains(c)).isPresent()
        ? "***"
        : outcome.code();
  }

  private static Map<String, String> masked(Outcome outcome, Set<SensitiveCategory> revealed) {
    Map<String, String> details = new java.util.LinkedHashMap<>();
    outcome
        .details()
        .forEach(
            (name, value) ->
                details.put(
                    Identifier.mask(name),
                    outcome.detailSensitivity(name).filter(c -> !revealed.contains(c)).isPresent()
                        ? "***"
                        : Identifier.mask(value)));
    return details;
  }

  private static ObjectNode outcome(String code, Map<String, String> details) {
    ObjectNode node = NODES.objectNode().put("code", code);
    ObjectNode d = node.putObject("details");
    details.forEach(d::put);
    return node;
  }

  static ArrayNode strings(List<String> values) {
    ArrayNode array = NODES.arrayNode();
    values.forEach(array::add);
    return array;
  }

  private static String text(ObjectNode root) {
    try {
      return ParameterFiles.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (JacksonException e) {
      throw new IllegalStateException("a JSON tree always writes", e);
    }
  }
}
