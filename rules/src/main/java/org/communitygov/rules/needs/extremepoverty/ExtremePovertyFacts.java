package org.communitygov.rules.needs.extremepoverty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.common.SensitiveCategory;
import org.communitygov.model.household.Disability;
import org.communitygov.rules.engine.Fact;
import org.communitygov.rules.engine.Facts;
import org.communitygov.rules.needs.shared.FactReader;
import org.communitygov.rules.needs.shared.IsoDate;

/** The facts of the 特困 test and back (see {@link ExtremePovertyInput}). */
final class ExtremePovertyFacts {
  private static final Set<String> KNOWN =
      Set.of("birthDate", "disability", "noMeansOfLiving", "noAbleSupporter");

  private ExtremePovertyFacts() {}

  static Facts facts(ExtremePovertyInput input) {
    List<Fact> facts = new ArrayList<>();
    input.birthDate().ifPresent(d -> facts.add(Fact.of("birthDate", d)));
    input
        .disability()
        .ifPresent(
            d ->
                facts.add(
                    Fact.sensitive(
                        "disability",
                        d.category() + ":" + d.grade(),
                        SensitiveCategory.DISABILITY)));
    input.noMeansOfLiving().ifPresent(v -> facts.add(Fact.of("noMeansOfLiving", v)));
    input.noAbleSupporter().ifPresent(v -> facts.add(Fact.of("noAbleSupporter", v)));
    return Facts.of(facts);
  }

  static ExtremePovertyInput input(Facts facts) {
    FactReader.onlyKnown(facts, KNOWN);
    ImmutableExtremePovertyInput.Builder b = ExtremePovertyInput.builder();
    facts.text("birthDate").map(ExtremePovertyFacts::date).ifPresent(b::birthDate);
    facts.text("disability").map(ExtremePovertyFacts::disability).ifPresent(b::disability);
    FactReader.bool(facts, "noMeansOfLiving").ifPresent(b::noMeansOfLiving);
    FactReader.bool(facts, "noAbleSupporter").ifPresent(b::noAbleSupporter);
    return b.build();
  }

  private static LocalDate date(String text) {
    return IsoDate.parse(text)
        .orElseThrow(
            () ->
                InvalidValueException.of(
                    "birthDate", "date", "birthDate must be an ISO date (yyyy-MM-dd)"));
  }

  private static Disability disability(String text) {
    return Disability.parse(text);
  }
}
