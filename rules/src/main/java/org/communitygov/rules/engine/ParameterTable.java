package org.communitygov.rules.engine;

import java.util.HashMap;
import java.util.Map;

/** A parameter's definition and its timelines by jurisdiction. Immutable. */
final class ParameterTable {
  private final ParameterDefinition definition;
  private final Map<Jurisdiction, Timeline> timelines;

  private ParameterTable(ParameterDefinition definition, Map<Jurisdiction, Timeline> timelines) {
    this.definition = definition;
    this.timelines = timelines;
  }

  static ParameterTable of(ParameterDefinition definition) {
    return new ParameterTable(definition, Map.of());
  }

  ParameterDefinition definition() {
    return definition;
  }

  Timeline timeline(Jurisdiction jurisdiction) {
    return timelines.get(jurisdiction);
  }

  Map<Jurisdiction, Timeline> timelines() {
    return timelines;
  }

  ParameterTable withDefinition(ParameterDefinition replacement) {
    checkCompatible(replacement);
    return new ParameterTable(replacement, timelines);
  }

  ParameterTable with(Jurisdiction jurisdiction, DatedValue<?> value) {
    return merge(new ParameterTable(definition, Map.of(jurisdiction, Timeline.of(value))));
  }

  /**
   * Returns this table with {@code other}'s values added; on the same jurisdiction and date the
   * other's value wins. The definition of this table is kept.
   *
   * @throws ParameterFileException if the type or the unit differ
   */
  ParameterTable merge(ParameterTable other) {
    checkCompatible(other.definition);
    Map<Jurisdiction, Timeline> merged = new HashMap<>(timelines);
    other.timelines.forEach((j, t) -> merged.merge(j, t, Timeline::merge));
    return new ParameterTable(definition, Map.copyOf(merged));
  }

  private void checkCompatible(ParameterDefinition theirs) {
    if (!theirs.key().equals(definition.key()) || !theirs.unit().equals(definition.unit())) {
      throw ParameterFileException.conflict(
          definition.id(),
          "type and unit must stay "
              + definition.key().type()
              + " in "
              + definition.unit()
              + ", not "
              + theirs.key().type()
              + " in "
              + theirs.unit());
    }
  }
}
