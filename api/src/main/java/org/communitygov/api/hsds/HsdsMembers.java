package org.communitygov.api.hsds;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the members of HSDS objects by their schema type, adding an issue with the member's
 * pointer, never an exception, when one is missing or of the wrong type or format.
 */
final class HsdsMembers {
  private final List<HsdsIssue> issues;

  HsdsMembers(List<HsdsIssue> issues) {
    this.issues = issues;
  }

  List<HsdsIssue> issues() {
    return issues;
  }

  boolean hasErrors() {
    return issues.stream()
        .anyMatch(i -> i.severity() == org.communitygov.api.exchange.Severity.ERROR);
  }

  /** Reports every JSON null of the document: no HSDS member may be null. */
  void rejectNulls(JsonNode node, String pointer) {
    if (node.isNull()) {
      issues.add(
          HsdsIssue.error(
              "hsds.value.null",
              pointer.isEmpty() ? "/" : pointer,
              "an HSDS value is not null",
              Map.of()));
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        rejectNulls(e.getValue(), pointer + "/" + Residue.escape(e.getKey()));
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        rejectNulls(node.get(i), pointer + "/" + i);
      }
    }
  }

  boolean isObject(JsonNode node, String pointer) {
    if (!node.isObject()) {
      type(pointer.isEmpty() ? "/" : pointer, "object");
      return false;
    }
    return true;
  }

  Optional<String> text(JsonNode object, String member, String pointer, boolean required) {
    JsonNode value = object.get(member);
    String at = pointer + "/" + member;
    if (value == null) {
      if (required) {
        issues.add(
            HsdsIssue.error(
                "hsds.member.required",
                at,
                "the HSDS object needs this member",
                Map.of("member", member)));
      }
      return Optional.empty();
    }
    if (!value.isTextual()) {
      type(at, "string");
      return Optional.empty();
    }
    return Optional.of(value.textValue());
  }

  Optional<String> uuid(JsonNode object, String member, String pointer, boolean required) {
    Optional<String> text = text(object, member, pointer, required);
    if (text.isPresent()
        && !text.get().matches("^[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}$")) {
      issues.add(
          HsdsIssue.error(
              "hsds.value.format",
              pointer + "/" + member,
              "an HSDS id is a UUID",
              Map.of("format", "uuid")));
      return Optional.empty();
    }
    return text;
  }

  Optional<String> oneOf(
      JsonNode object, String member, String pointer, boolean required, Set<String> allowed) {
    Optional<String> text = text(object, member, pointer, required);
    if (text.isPresent() && !allowed.contains(text.get())) {
      issues.add(
          HsdsIssue.error(
              "hsds.value.enum",
              pointer + "/" + member,
              "the value is not one HSDS allows",
              Map.of("allowed", String.join(", ", allowed.stream().sorted().toList()))));
      return Optional.empty();
    }
    return text;
  }

  Optional<BigDecimal> number(JsonNode object, String member, String pointer) {
    JsonNode value = object.get(member);
    if (value == null) {
      return Optional.empty();
    }
    if (!value.isNumber()) {
      type(pointer + "/" + member, "number");
      return Optional.empty();
    }
    return Optional.of(value.decimalValue());
  }

  /** The elements of an array member that are objects, each with its pointer; none if absent. */
  List<Map.Entry<String, JsonNode>> objects(JsonNode object, String member, String pointer) {
    JsonNode value = object.get(member);
    if (value == null) {
      return List.of();
    }
    String at = pointer + "/" + member;
    if (!value.isArray()) {
      type(at, "array");
      return List.of();
    }
    java.util.ArrayList<Map.Entry<String, JsonNode>> elements = new java.util.ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      if (isObject(value.get(i), at + "/" + i)) {
        elements.add(Map.entry(at + "/" + i, value.get(i)));
      }
    }
    return elements;
  }

  Optional<JsonNode> object(JsonNode object, String member, String pointer) {
    JsonNode value = object.get(member);
    if (value == null || !isObject(value, pointer + "/" + member)) {
      return Optional.empty();
    }
    return Optional.of(value);
  }

  /** A value the model refuses; its message is the model's code only, never the value. */
  void invalid(String pointer, String code) {
    issues.add(
        HsdsIssue.error(
            "hsds.value.invalid",
            pointer.isEmpty() ? "/" : pointer,
            "the model refuses this HSDS object (" + code + ")",
            Map.of("code", code)));
  }

  void assumed(String pointer, String what) {
    issues.add(
        new HsdsIssue(
            org.communitygov.api.exchange.Severity.WARNING,
            "hsds.value.assumed",
            pointer,
            Map.of("assumed", what),
            "the document does not say; the import assumed " + what));
  }

  private void type(String pointer, String expected) {
    issues.add(
        HsdsIssue.error(
            "hsds.value.type",
            pointer,
            "the value is not of the type HSDS gives this member",
            Map.of("expected", expected)));
  }
}
