package org.communitygov.rules.engine;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.communitygov.model.common.Identifier;
import org.communitygov.model.common.SensitiveCategory;

/**
 * Renders decisions as text a caseworker can read, in Chinese (zh-CN) or English.
 *
 * <p>The first line is the outcome and its decisive comparison, for example {@code 不符合: 家庭人均收入
 * 812.00 ≥ 当地低保标准 735.00（重庆市城市, 2023-09-01起, 《社会救助暂行办法》第九条）}; then one numbered line per step.
 * Parameter values always show where they were found, since when they apply and their reference,
 * and their confidence when it is not {@link Confidence#CONFIRMED}. Sensitive facts are masked
 * unless their category is {@linkplain #revealing revealed}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ExplanationRenderer {
  private final Messages messages;
  private final Locale locale;
  private final Set<SensitiveCategory> revealed;

  private ExplanationRenderer(Locale locale, Set<SensitiveCategory> revealed) {
    this.locale = locale;
    this.messages = Messages.of(locale);
    this.revealed = revealed;
  }

  /**
   * Obtains a renderer for a locale: Chinese for any {@code zh} locale, English otherwise.
   *
   * @param locale the locale, not null
   * @return the renderer, masking every sensitive fact, not null
   */
  public static ExplanationRenderer of(Locale locale) {
    return new ExplanationRenderer(
        Objects.requireNonNull(locale, "locale"), EnumSet.noneOf(SensitiveCategory.class));
  }

  /**
   * Returns a renderer that shows facts of the given sensitive categories, for a reader entitled to
   * see them.
   *
   * @param categories the categories to show, not null
   * @return the renderer, not null
   */
  public ExplanationRenderer revealing(SensitiveCategory... categories) {
    Set<SensitiveCategory> set = EnumSet.noneOf(SensitiveCategory.class);
    set.addAll(revealed);
    set.addAll(List.of(categories));
    return new ExplanationRenderer(locale, set);
  }

  /**
   * Renders the summary line and one line per step, separated by {@code \n}.
   *
   * @param decision the decision, not null
   * @return the text, not null
   */
  public String render(Decision<?> decision) {
    StringBuilder text = new StringBuilder(summary(decision));
    List<Step> steps = decision.explanation().steps();
    for (int i = 0; i < steps.size(); i++) {
      text.append('\n').append(i + 1).append(". ").append(step(steps.get(i)));
    }
    return text.toString();
  }

  /**
   * Renders the one-line summary: the outcome and its decisive comparison, or the missing facts. An
   * outcome whose code tells an unrevealed category ({@link Outcome#codeSensitivity()}) is masked,
   * without its comparison.
   *
   * @param decision the decision, not null
   * @return the text, not null
   */
  public String summary(Decision<?> decision) {
    if (decision.outcome().isEmpty()) {
      return messages.get("status.UNDETERMINED")
          + ": "
          + messages.get("missing")
          + " "
          + String.join(", ", decision.missingFacts());
    }
    Outcome o = decision.outcomeOrThrow();
    if (o.codeSensitivity().filter(c -> !revealed.contains(c)).isPresent()) {
      // The decisive comparison would tell the result (the band a total falls in).
      return messages.get("outcome.masked");
    }
    // The outcome's own name first: an outcome.<code> key is shared by every bundle of the
    // catalogue, so another rule's REFUSED must not name this rule's.
    String outcome =
        o.displayName()
            .map(n -> n.in(locale))
            .or(() -> messages.find("outcome." + o.code()))
            .orElse(o.code());
    return decision
        .explanation()
        .decisiveStep()
        // A step whose presence tells an unrevealed category is not shown in the summary either.
        .filter(s -> s.sensitivity().filter(c -> !revealed.contains(c)).isEmpty())
        .flatMap(Step::comparison)
        .map(c -> outcome + ": " + comparison(c))
        .orElse(outcome);
  }

  /**
   * Renders one step: its title, facts, comparison, result, other parameters and source; a step
   * whose {@linkplain Step#sensitivity() presence is sensitive} is {@code ***} unless revealed.
   *
   * @param step the step, not null
   * @return the text, not null
   */
  public String step(Step step) {
    if (step.sensitivity().filter(c -> !revealed.contains(c)).isPresent()) {
      return messages.get("masked");
    }
    List<String> parts = new ArrayList<>();
    if (!step.facts().isEmpty()) {
      parts.add(String.join(", ", step.facts().stream().map(this::fact).toList()));
    }
    step.comparison()
        .ifPresent(
            c ->
                parts.add(
                    comparison(c)
                        + " → "
                        + (masked(c)
                            ? messages.get("masked")
                            : messages.get("comparison." + c.result()))));
    for (ResolvedParameter<?> p : step.parameters()) {
      if (step.comparison().map(c -> !uses(c, p)).orElse(true)) {
        parts.add(parameterLabel(p.id(), p) + " = " + p.valueText() + source(p));
      }
    }
    step.result().ifPresent(r -> parts.add(messages.get("step.result") + ": " + fact(r)));
    step.citation().ifPresent(c -> parts.add(basis(c)));
    return messages.find("step." + step.id()).orElse(step.id()) + ": " + String.join("; ", parts);
  }

  private static boolean uses(Comparison c, ResolvedParameter<?> p) {
    return c.left().parameter().filter(p::equals).isPresent()
        || c.right().parameter().filter(p::equals).isPresent();
  }

  private String fact(Fact fact) {
    return factLabel(fact) + " = " + value(fact);
  }

  private String factLabel(Fact fact) {
    return fact.label(locale)
        .or(() -> messages.find("label." + fact.name()))
        .orElse(Identifier.mask(fact.name()));
  }

  /** Whether a comparison has a masked operand: its result would tell the masked value. */
  private boolean masked(Comparison c) {
    return c.left().fact().filter(this::masked).isPresent()
        || c.right().fact().filter(this::masked).isPresent();
  }

  private boolean masked(Fact fact) {
    return fact.sensitivity().filter(c -> !revealed.contains(c)).isPresent();
  }

  private String value(Fact fact) {
    boolean masked = fact.sensitivity().filter(c -> !revealed.contains(c)).isPresent();
    // A value that is, or holds, an identifier shaped like a citizen ID or phone number is masked.
    return masked ? messages.get("masked") : Identifier.mask(fact.value());
  }

  private String comparison(Comparison c) {
    return operand(c.left()) + " " + c.operator().symbol() + " " + operand(c.right());
  }

  private String operand(Operand o) {
    if (o.fact().isPresent()) {
      return factLabel(o.fact().get()) + " " + value(o.fact().get());
    }
    ResolvedParameter<?> p = o.parameter().orElseThrow();
    return parameterLabel(o.label(), p) + " " + p.valueText() + source(p);
  }

  private String parameterLabel(String key, ResolvedParameter<?> p) {
    return messages.find("label." + key).orElseGet(() -> p.definition().label().in(locale));
  }

  private String source(ResolvedParameter<?> p) {
    String place =
        p.foundIn().isNational()
            ? messages.get("place.national")
            : p.placeName().map(n -> n.in(locale)).orElse(p.foundIn().toString());
    String qualifier =
        p.definition()
            .qualifier()
            .map(q -> (messages.chinese() ? "" : " ") + q.in(locale))
            .orElse("");
    String from = messages.get("source.from").replace("{0}", p.effectiveFrom().toString());
    String inner =
        place
            + qualifier
            + ", "
            + from
            + ", "
            + p.reference().render(locale)
            + confidence(p.confidence());
    return messages.chinese() ? "（" + inner + "）" : " (" + inner + ")";
  }

  private String basis(Citation c) {
    return messages.get("source.basis")
        + ": "
        + c.reference().render(locale)
        + confidence(c.confidence());
  }

  private String confidence(Confidence confidence) {
    return confidence == Confidence.CONFIRMED
        ? ""
        : ", " + messages.get("confidence." + confidence.name());
  }
}
