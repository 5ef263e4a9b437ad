package org.communitygov.rules.engine;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.communitygov.model.common.Identifier;
import org.communitygov.model.common.SensitiveCategory;

/** The JSON shape of an explanation step; see {@link DecisionJson}. */
final class StepJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private StepJson() {}

  static ObjectNode step(Step step, boolean decisive, Set<SensitiveCategory> revealed) {
    if (step.sensitivity().filter(c -> !revealed.contains(c)).isPresent()) {
      // The step's id and comparison would tell what its presence tells.
      ObjectNode masked = NODES.objectNode().put("id", "***");
      if (decisive) {
        masked.put("decisive", true);
      }
      return masked.put("sensitive", step.sensitivity().get().name());
    }
    ObjectNode node = NODES.objectNode().put("id", step.id());
    if (decisive) {
      node.put("decisive", true);
    }
    step.sensitivity().ifPresent(c -> node.put("sensitive", c.name()));
    ArrayNode facts = node.putArray("facts");
    step.facts().forEach(f -> facts.add(fact(f, revealed)));
    ArrayNode parameters = node.putArray("parameters");
    step.parameters().forEach(p -> parameters.add(parameter(p)));
    step.comparison()
        .ifPresent(
            c -> {
              ObjectNode cmp = node.putObject("comparison");
              cmp.set("left", operand(c.left(), revealed));
              cmp.put("operator", c.operator().name());
              cmp.set("right", operand(c.right(), revealed));
              if (masked(c.left(), revealed) || masked(c.right(), revealed)) {
                cmp.put("result", "***");
              } else {
                cmp.put("result", c.result());
              }
            });
    step.result().ifPresent(r -> node.set("result", fact(r, revealed)));
    step.citation()
        .ifPresent(
            c -> {
              ObjectNode cit = node.putObject("citation");
              cit.set("reference", reference(c.reference()));
              cit.put("confidence", c.confidence().name());
            });
    return node;
  }

  static ObjectNode fact(Fact f, Set<SensitiveCategory> revealed) {
    boolean masked = f.sensitivity().filter(c -> !revealed.contains(c)).isPresent();
    ObjectNode node = NODES.objectNode().put("name", Identifier.mask(f.name()));
    node.put("value", masked ? "***" : Identifier.mask(f.value()));
    f.sensitivity().ifPresent(c -> node.put("sensitive", c.name()));
    return node;
  }

  /** Whether an operand is a masked fact: the comparison's result would tell its value. */
  private static boolean masked(Operand o, Set<SensitiveCategory> revealed) {
    return o.fact().flatMap(Fact::sensitivity).filter(c -> !revealed.contains(c)).isPresent();
  }

  private static ObjectNode operand(Operand o, Set<SensitiveCategory> revealed) {
    if (o.fact().isPresent()) {
      return fact(o.fact().get(), revealed);
    }
    ResolvedParameter<?> p = o.parameter().orElseThrow();
    return NODES
        .objectNode()
        .put("label", o.label())
        .put("parameter", p.id())
        .put("value", p.valueText());
  }

  static ObjectNode parameter(ResolvedParameter<?> p) {
    ObjectNode node = NODES.objectNode();
    node.put("id", p.id());
    node.put("value", p.valueText());
    node.put("type", p.definition().key().type().name());
    node.put("unit", p.definition().unit());
    node.put("jurisdiction", p.foundIn().toString());
    node.put("effectiveFrom", p.effectiveFrom().toString());
    node.put("confidence", p.confidence().name());
    node.set("reference", reference(p.reference()));
    return node;
  }

  static ObjectNode reference(LegalReference r) {
    ObjectNode node = NODES.objectNode();
    node.set("document", text(r.document()));
    r.article().ifPresent(a -> node.set("article", text(a)));
    r.url().ifPresent(u -> node.put("url", u));
    return node;
  }

  private static ObjectNode text(LocalizedText t) {
    return NODES.objectNode().put("zh", t.zh()).put("en", t.en());
  }
}
