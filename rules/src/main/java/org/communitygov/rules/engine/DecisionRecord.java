package org.communitygov.rules.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communitygov.model.common.InvalidValueException;
import org.immutables.value.Value;

/**
 * An auditable record of a decision: the library and rule-set versions, the date, jurisdiction and
 * inputs, the outcome, and the parameter values used with their SHA-256 fingerprint.
 *
 * <p>{@link #reproduce} evaluates the rule again on the recorded inputs and reports whether the
 * outcome and the parameter values are the same. The inputs are kept as given, so a record holds
 * personal data: store it as the decision's case file is stored. {@code toString()} shows no
 * inputs, outcome code or details. Written and read as JSON by {@link DecisionJson}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class DecisionRecord {
  DecisionRecord() {}

  /**
   * Records a decision.
   *
   * @param <I> the type of the rule's input
   * @param <O> the type of the outcome
   * @param rule the rule that decided, not null
   * @param input the input it was given, not null
   * @param context the context it was evaluated in, not null
   * @param decision the decision it returned, not null
   * @return the record, not null
   * @throws IllegalArgumentException if the decision is not the rule's
   */
  public static <I, O extends Outcome> DecisionRecord of(
      Rule<I, O> rule, I input, RuleContext context, Decision<O> decision) {
    if (!decision.ruleId().equals(rule.id())) {
      throw new IllegalArgumentException(
          "decision of rule " + decision.ruleId() + " is not of " + rule.id());
    }
    List<String> lines =
        decision.explanation().parameters().stream().map(ResolvedParameter::canonical).toList();
    return ImmutableDecisionRecord.builder()
        .libraryVersion(LibraryVersion.current())
        .ruleId(rule.id())
        .ruleSetVersion(rule.version())
        .date(context.date())
        .jurisdiction(context.jurisdiction())
        .inputs(withoutLabels(rule.facts(input)))
        .status(decision.status())
        .outcomeCode(decision.outcome().map(Outcome::code))
        .outcomeDetails(decision.outcome().map(Outcome::details).orElse(Map.of()))
        .missingFacts(decision.missingFacts())
        .parameters(lines)
        .parametersFingerprint(Fingerprint.of(lines))
        .build();
  }

  private static Facts withoutLabels(Facts facts) {
    return Facts.of(
        facts.all().stream()
            .map(
                f ->
                    f.sensitivity()
                        .map(c -> Fact.sensitive(f.name(), f.value(), c))
                        .orElseGet(() -> Fact.of(f.name(), f.value())))
            .toList());
  }

  /**
   * Returns a builder, for readers of stored records.
   *
   * @return the builder, not null
   */
  public static ImmutableDecisionRecord.Builder builder() {
    return ImmutableDecisionRecord.builder();
  }

  /**
   * Returns the version of communitygov that made the decision.
   *
   * @return the version, not null
   */
  public abstract String libraryVersion();

  /**
   * Returns the id of the rule.
   *
   * @return the id, not null
   */
  public abstract String ruleId();

  /**
   * Returns the version of the rule's logic.
   *
   * @return the version, not null
   */
  public abstract String ruleSetVersion();

  /**
   * Returns the date the decision was made for.
   *
   * @return the date, not null
   */
  public abstract LocalDate date();

  /**
   * Returns the jurisdiction the decision was made in.
   *
   * @return the jurisdiction, not null
   */
  public abstract Jurisdiction jurisdiction();

  /**
   * Returns the inputs; they may be sensitive.
   *
   * @return the inputs, not null
   */
  @Value.Redacted
  public abstract Facts inputs();

  /**
   * Returns whether the rule decided.
   *
   * @return the status, not null
   */
  public abstract DecisionStatus status();

  /**
   * Returns the outcome code, or empty if undetermined.
   *
   * @return the code, not null
   */
  public abstract Optional<String> outcomeCode();

  /**
   * Returns the outcome's details.
   *
   * @return the details, not null
   */
  public abstract Map<String, String> outcomeDetails();

  /**
   * Returns the missing facts of an undetermined decision.
   *
   * @return the names, not null
   */
  public abstract List<String> missingFacts();

  /**
   * Returns the canonical text of each parameter value used (see {@link
   * ResolvedParameter#canonical()}).
   *
   * @return the lines, not null
   */
  public abstract List<String> parameters();

  /**
   * Returns the lowercase hex SHA-256 of the sorted {@linkplain #parameters() parameter lines}
   * joined by line feeds.
   *
   * @return the fingerprint, not null
   */
  public abstract String parametersFingerprint();

  /**
   * Evaluates the rule again on the recorded inputs, date and jurisdiction with the given
   * parameters, and compares.
   *
   * @param <I> the type of the rule's input
   * @param <O> the type of the outcome
   * @param rule the rule, of the recorded id, not null
   * @param parameters the parameters to evaluate with, not null
   * @return the comparison of the new decision with the record, not null
   * @throws IllegalArgumentException if the rule has another id
   * @throws MissingParameterException if a parameter no longer has a value there and then
   */
  public <I, O extends Outcome> Reproduction<O> reproduce(
      Rule<I, O> rule, ParameterSet parameters) {
    if (!rule.id().equals(ruleId())) {
      throw new IllegalArgumentException("record of " + ruleId() + ", not of " + rule.id());
    }
    RuleContext context = RuleContext.of(parameters, jurisdiction(), date());
    I input = rule.input(inputs());
    Decision<O> decision = rule.evaluate(input, context);
    return new Reproduction<>(this, of(rule, input, context, decision), decision);
  }

  /**
   * Returns the rule, its version, the date, jurisdiction, status and parameter fingerprint; the
   * outcome code and details are {@code ***} (a record cannot tell which codes are health data, as
   * {@link Decision#toString()} can, so it shows none) and the inputs are left out.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "DecisionRecord{ruleId="
        + ruleId()
        + ", ruleSetVersion="
        + ruleSetVersion()
        + ", date="
        + date()
        + ", jurisdiction="
        + jurisdiction()
        + ", status="
        + status()
        + (outcomeCode().isPresent()
            ? ", outcomeCode=***, outcomeDetails=" + (outcomeDetails().isEmpty() ? "{}" : "***")
            : ", missingFacts=" + missingFacts())
        + ", parametersFingerprint="
        + parametersFingerprint()
        + "}";
  }

  @Value.Check
  void check() {
    if (!Fingerprint.of(parameters()).equals(parametersFingerprint())) {
      throw InvalidValueException.of(
          "parametersFingerprint", "mismatch", "does not match the recorded parameter lines");
    }
    if ((status() == DecisionStatus.DETERMINED) != outcomeCode().isPresent()) {
      throw InvalidValueException.of(
          "outcomeCode", "status", "a determined decision has an outcome, an undetermined none");
    }
  }
}
