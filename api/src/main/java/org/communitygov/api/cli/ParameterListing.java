package org.communitygov.api.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communitygov.rules.engine.DatedValue;
import org.communitygov.rules.engine.Jurisdiction;
import org.communitygov.rules.engine.LegalReference;
import org.communitygov.rules.engine.LocalizedText;
import org.communitygov.rules.engine.ParameterDefinition;
import org.communitygov.rules.engine.ParameterSet;

/** What {@code communitygov parameters} lists, and how it prints it as text and JSON. */
final class ParameterListing {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ParameterListing() {}

  /** A value of a parameter in a place, with the place's name if known. */
  record Row(Jurisdiction jurisdiction, Optional<LocalizedText> place, DatedValue<?> value) {}

  /** A parameter and the rows selected; none when no value applies. */
  record Entry(ParameterDefinition definition, List<Row> rows) {}

  static List<Entry> select(
      ParameterSet set, String prefix, Optional<Jurisdiction> where, Optional<LocalDate> on) {
    List<Entry> entries = new ArrayList<>();
    for (String id : set.ids()) {
      if (!id.startsWith(prefix)) {
        continue;
      }
      Map<Jurisdiction, List<DatedValue<?>>> values = set.values(id);
      List<Row> rows = new ArrayList<>();
      List<Jurisdiction> places =
          where.map(ParameterListing::chain).orElseGet(() -> List.copyOf(values.keySet()));
      for (Jurisdiction place : places) {
        List<DatedValue<?>> timeline = values.getOrDefault(place, List.of());
        List<DatedValue<?>> chosen =
            on.map(d -> at(timeline, d).map(List::<DatedValue<?>>of).orElse(List.of()))
                .orElse(timeline);
        chosen.forEach(v -> rows.add(new Row(place, set.placeName(place), v)));
        if (where.isPresent() && on.isPresent() && !chosen.isEmpty()) {
          break; // the value a rule would use: the first place up the chain that has one
        }
      }
      entries.add(new Entry(set.definition(id).orElseThrow(), rows));
    }
    return entries;
  }

  /** The place, the divisions above it, then national. */
  private static List<Jurisdiction> chain(Jurisdiction place) {
    List<Jurisdiction> chain = new ArrayList<>();
    for (Optional<Jurisdiction> at = Optional.of(place); at.isPresent(); at = at.get().fallback()) {
      chain.add(at.get());
    }
    return chain;
  }

  private static Optional<DatedValue<?>> at(List<DatedValue<?>> timeline, LocalDate date) {
    DatedValue<?> found = null;
    for (DatedValue<?> v : timeline) {
      if (!v.effectiveFrom().isAfter(date)) {
        found = v;
      }
    }
    return Optional.ofNullable(found);
  }

  static String text(List<Entry> entries, Language language) {
    boolean zh = language == Language.ZH_CN;
    StringBuilder text = new StringBuilder();
    if (entries.isEmpty()) {
      return CliMessages.format(language, "parameters.none") + System.lineSeparator();
    }
    for (Entry e : entries) {
      ParameterDefinition d = e.definition();
      text.append(d.id())
          .append("  ")
          .append(zh ? d.label().zh() : d.label().en())
          .append(" (")
          .append(d.unit())
          .append(')')
          .append(System.lineSeparator());
      if (e.rows().isEmpty()) {
        text.append("  ")
            .append(CliMessages.format(language, "parameters.missing"))
            .append(System.lineSeparator());
      }
      for (Row r : e.rows()) {
        DatedValue<?> v = r.value();
        text.append("  ")
            .append(place(r, language))
            .append(", ")
            .append(CliMessages.format(language, "parameters.from", v.effectiveFrom()))
            .append(": ")
            .append(d.key().type().render(v.value()))
            .append(" [")
            .append(CliMessages.format(language, "confidence." + v.confidence().name()))
            .append("] ")
            .append(v.reference().render(language.locale()))
            .append(v.reference().url().map(u -> " " + u).orElse(""))
            .append(System.lineSeparator());
        v.note().ifPresent(n -> text.append("    ").append(n).append(System.lineSeparator()));
      }
    }
    return text.toString();
  }

  private static String place(Row r, Language language) {
    if (r.jurisdiction().isNational()) {
      return CliMessages.format(language, "place.national");
    }
    return r.jurisdiction()
        + r.place().map(p -> " " + (language == Language.ZH_CN ? p.zh() : p.en())).orElse("");
  }

  static String json(List<Entry> entries) {
    ArrayNode array = NODES.arrayNode();
    for (Entry e : entries) {
      ParameterDefinition d = e.definition();
      ObjectNode p = array.addObject();
      p.put("id", d.id());
      p.put("type", d.key().type().name());
      p.put("unit", d.unit());
      p.set("label", text(d.label()));
      ArrayNode values = p.putArray("values");
      for (Row r : e.rows()) {
        DatedValue<?> v = r.value();
        ObjectNode o = values.addObject();
        o.put("jurisdiction", r.jurisdiction().toString());
        r.place().ifPresent(n -> o.set("place", text(n)));
        o.put("effectiveFrom", v.effectiveFrom().toString());
        o.put("value", d.key().type().render(v.value()));
        o.put("confidence", v.confidence().name());
        o.set("reference", reference(v.reference()));
        v.note().ifPresent(n -> o.put("note", n));
      }
    }
    return array.toPrettyString();
  }

  private static ObjectNode reference(LegalReference reference) {
    ObjectNode o = NODES.objectNode();
    o.set("document", text(reference.document()));
    reference.article().ifPresent(a -> o.set("article", text(a)));
    reference.url().ifPresent(u -> o.put("url", u));
    return o;
  }

  private static ObjectNode text(LocalizedText text) {
    return NODES.objectNode().put("zh", text.zh()).put("en", text.en());
  }
}
