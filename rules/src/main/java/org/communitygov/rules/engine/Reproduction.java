package org.communitygov.rules.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The result of evaluating a recorded decision again: the new decision and how it differs from the
 * record.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <O> the type of the outcome
 * @since 0.1.0
 */
public final class Reproduction<O extends Outcome> {
  private final DecisionRecord original;
  private final DecisionRecord again;
  private final Decision<O> decision;
  private final List<String> editedFields;
  private final List<String> recordedLines;

  Reproduction(DecisionRecord original, DecisionRecord again, Decision<O> decision) {
    this.original = Objects.requireNonNull(original);
    this.again = Objects.requireNonNull(again);
    this.decision = Objects.requireNonNull(decision);
    this.editedFields = original.editedFields();
    this.recordedLines = current(original.parameters());
  }

  /** The recorded parameter lines with each former parameter id spelled as now (ADR 0105). */
  private static List<String> current(List<String> lines) {
    Catalogue catalogue = Catalogue.shipped();
    List<String> current = new ArrayList<>(lines.size());
    for (String line : lines) {
      int bar = line.indexOf('|');
      String id = bar < 0 ? line : line.substring(0, bar);
      current.add(catalogue.currentId(id) + line.substring(id.length()));
    }
    return current;
  }

  /**
   * Returns the new decision.
   *
   * @return the decision, not null
   */
  public Decision<O> decision() {
    return decision;
  }

  /**
   * Returns the record of the new decision.
   *
   * @return the record, not null
   */
  public DecisionRecord record() {
    return again;
  }

  /**
   * Tells whether status, outcome code, outcome details and missing facts are the same.
   *
   * @return true if the outcome matches
   */
  public boolean outcomeMatches() {
    return original.status() == again.status()
        && original.outcomeCode().equals(again.outcomeCode())
        && original.outcomeDetails().equals(again.outcomeDetails())
        && original.missingFacts().equals(again.missingFacts());
  }

  /**
   * Tells whether the parameter values used have the recorded fingerprint, a parameter recorded
   * under a former id counting as the same parameter.
   *
   * @return true if the fingerprints are equal
   */
  public boolean fingerprintMatches() {
    return Fingerprint.of(recordedLines).equals(again.parametersFingerprint());
  }

  /**
   * Tells whether the rule's version is the recorded one.
   *
   * @return true if equal
   */
  public boolean ruleSetVersionMatches() {
    return original.ruleSetVersion().equals(again.ruleSetVersion());
  }

  /**
   * Returns the fields of the record edited since it was made (see {@link
   * DecisionRecord#editedFields()}).
   *
   * @return the field names, empty if the record is intact, not null
   */
  public List<String> editedFields() {
    return editedFields;
  }

  /**
   * Tells whether the decision was reproduced exactly: an intact record, same outcome, same
   * parameter values, same rule version.
   *
   * @return true if exact
   */
  public boolean isExact() {
    return editedFields.isEmpty()
        && outcomeMatches()
        && fingerprintMatches()
        && ruleSetVersionMatches();
  }

  /**
   * Returns the parameter lines that differ: {@code - line} for a recorded value no longer used,
   * {@code + line} for a value used now but not recorded.
   *
   * @return the differences, not null
   */
  public List<String> changedParameters() {
    List<String> changes = new ArrayList<>();
    List<String> recorded = original.parameters();
    for (int i = 0; i < recorded.size(); i++) {
      if (!again.parameters().contains(recordedLines.get(i))) {
        changes.add("- " + recorded.get(i));
      }
    }
    again.parameters().stream()
        .filter(l -> !recordedLines.contains(l))
        .forEach(l -> changes.add("+ " + l));
    return List.copyOf(changes);
  }

  /**
   * Returns whether it is exact, and if not the changed parameters, whether the outcome matches and
   * the edited fields.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return isExact()
        ? "exact"
        : "differs "
            + changedParameters()
            + " outcome "
            + outcomeMatches()
            + " edited "
            + editedFields;
  }
}
