package org.communitygov.rules.engine;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.communitygov.model.common.InvalidValueException;
import org.immutables.value.Value;

/**
 * An auditable record of a decision: the library and rule-set versions, the date, jurisdiction and
 * inputs, the outcome, and the parameter values used with their SHA-256 fingerprint.
 *
 * <p>A record is sealed when made: its {@linkplain #digest() digest} covers every other field, and
 * a {@linkplain #fieldDigests() digest per field} tells which one changed ({@link
 * #editedFields()}). {@link #reproduce} evaluates the rule again on the recorded inputs and reports
 * whether the outcome and the parameter values are the same and whether the record was edited since
 * it was made. The inputs are kept as given, so a record holds personal data: store it as the
 * decision's case file is stored. {@code toString()} shows no inputs, outcome code or details.
 * Written and read as JSON by {@link DecisionJson}.
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
    return of(rule, input, context, decision, LibraryVersion.current());
  }

  /** Records a decision as made by the given library version (for golden files). */
  static <I, O extends Outcome> DecisionRecord of(
      Rule<I, O> rule, I input, RuleContext context, Decision<O> decision, String libraryVersion) {
    if (!decision.ruleId().equals(rule.id())) {
      throw new IllegalArgumentException(
          "decision of rule " + decision.ruleId() + " is not of " + rule.id());
    }
    List<String> lines =
        decision.explanation().parameters().stream().map(ResolvedParameter::canonical).toList();
    DecisionRecord unsealed =
        ImmutableDecisionRecord.builder()
            .libraryVersion(libraryVersion)
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
            .digest(UNSEALED_DIGEST)
            .fieldDigests(UNSEALED_FIELDS)
            .build();
    Map<String, Object> content = unsealed.content();
    return ImmutableDecisionRecord.builder()
        .from(unsealed)
        .digest(digest(content))
        .fieldDigests(fieldDigests(content))
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
   * Returns a builder, for readers of stored records: they give every stored field, the digests
   * included, so that {@link #editedFields()} can tell whether the record was edited.
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
   * Returns the seal of the record: the lowercase hex SHA-256 of the canonical encoding of every
   * other field (see {@code docs/rules.md}).
   *
   * @return the digest, 64 hex digits, not null
   */
  public abstract String digest();

  /**
   * Returns, for each field the {@linkplain #digest() digest} covers, the first 16 hex digits of
   * the SHA-256 of that field's canonical encoding, in the order of the record.
   *
   * @return the digests by field name, not null
   */
  public abstract Map<String, String> fieldDigests();

  /**
   * Returns the fields edited since the record was made: the fields whose content no longer matches
   * its digest, {@code digest} if only the seal was edited, or {@code fieldDigests} if only a field
   * digest was. Empty for an intact record. It detects edits and corruption; a forger who
   * recomputes the digests is caught only by comparing {@link #digest()} with a copy kept apart.
   *
   * @return the field names, in the order of the record, not null
   */
  public List<String> editedFields() {
    Map<String, Object> content = content();
    Map<String, String> expected = fieldDigests(content);
    List<String> changed =
        FIELDS.stream().filter(f -> !expected.get(f).equals(fieldDigests().get(f))).toList();
    if (digest(content).equals(digest())) {
      return changed.isEmpty() ? List.of() : List.of("fieldDigests");
    }
    return changed.isEmpty() ? List.of("digest") : changed;
  }

  /**
   * Evaluates the rule again on the recorded inputs, date and jurisdiction with the given
   * parameters, and compares.
   *
   * @param <I> the type of the rule's input
   * @param <O> the type of the outcome
   * @param rule the rule, of the recorded id or of the id it has now (ADR 0105), not null
   * @param parameters the parameters to evaluate with, not null
   * @return the comparison of the new decision with the record, not null
   * @throws IllegalArgumentException if the rule has another id than the one the record was made
   *     with (an edited {@code ruleId} is reported by the reproduction instead)
   * @throws MissingParameterException if a parameter no longer has a value there and then
   * @throws InvalidValueException if a recorded input is not valid for the rule (an edited record)
   */
  public <I, O extends Outcome> Reproduction<O> reproduce(
      Rule<I, O> rule, ParameterSet parameters) {
    if (!rule.id().equals(Catalogue.shipped().currentId(ruleId()))
        && !fieldDigest("ruleId", rule.id()).equals(fieldDigests().get("ruleId"))) {
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

  /** The fields the digest covers, in order, by their JSON names. */
  static final List<String> FIELDS =
      List.of(
          "libraryVersion",
          "ruleId",
          "ruleSetVersion",
          "date",
          "jurisdiction",
          "inputs",
          "status",
          "outcome",
          "missingFacts",
          "parameters",
          "parametersFingerprint");

  private static final String UNSEALED_DIGEST = "0".repeat(64);
  private static final Map<String, String> UNSEALED_FIELDS =
      FIELDS.stream()
          .collect(
              java.util.stream.Collectors.toMap(
                  f -> f, f -> "0".repeat(16), (a, b) -> a, LinkedHashMap::new));
  private static final Pattern DIGEST = Pattern.compile("[0-9a-f]{64}");
  private static final Pattern FIELD_DIGEST = Pattern.compile("[0-9a-f]{16}");

  /** Each field's value as the canonical encoding sees it, by name, in the order of FIELDS. */
  private Map<String, Object> content() {
    Map<String, Object> content = new LinkedHashMap<>();
    content.put("libraryVersion", libraryVersion());
    content.put("ruleId", ruleId());
    content.put("ruleSetVersion", ruleSetVersion());
    content.put("date", date().toString());
    content.put("jurisdiction", jurisdiction().toString());
    content.put(
        "inputs",
        inputs().all().stream()
            .map(f -> List.of(f.name(), f.value(), f.sensitivity().map(Enum::name)))
            .toList());
    content.put("status", status().name());
    content.put(
        "outcome",
        List.of(
            outcomeCode(),
            outcomeDetails().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> List.of(e.getKey(), e.getValue()))
                .toList()));
    content.put("missingFacts", missingFacts());
    content.put("parameters", parameters());
    content.put("parametersFingerprint", parametersFingerprint());
    return content;
  }

  private static Map<String, String> fieldDigests(Map<String, Object> content) {
    Map<String, String> digests = new LinkedHashMap<>();
    content.forEach((field, value) -> digests.put(field, fieldDigest(field, value)));
    return digests;
  }

  /** The SHA-256 of the encoding of the list of {@code (name value)} pairs. */
  private static String digest(Map<String, Object> content) {
    return Fingerprint.sha256(
        content.entrySet().stream().map(e -> List.of(e.getKey(), e.getValue())).toList());
  }

  private static String fieldDigest(String field, Object value) {
    return Fingerprint.sha256(List.of(field, value)).substring(0, 16);
  }

  @Value.Check
  void check() {
    if (!DIGEST.matcher(digest()).matches()) {
      throw InvalidValueException.of("digest", "format", "a digest is 64 lowercase hex digits");
    }
    if (!fieldDigests().keySet().equals(Set.copyOf(FIELDS))
        || !fieldDigests().values().stream().allMatch(d -> FIELD_DIGEST.matcher(d).matches())) {
      throw InvalidValueException.of(
          "fieldDigests", "format", "one digest of 16 lowercase hex digits per recorded field");
    }
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
