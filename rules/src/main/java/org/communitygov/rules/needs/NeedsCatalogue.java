package org.communitygov.rules.needs;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communitygov.rules.engine.Catalogue;
import org.communitygov.rules.engine.CatalogueEntry;
import org.communitygov.rules.needs.barthel.BarthelIndex;
import org.communitygov.rules.needs.elderability.ElderAbilityAssessment;
import org.communitygov.rules.needs.elderability.Mzt039Assessment;
import org.communitygov.rules.needs.extremepoverty.ExtremePovertyEligibility;
import org.communitygov.rules.needs.meanstest.MlgEligibility;
import org.communitygov.rules.needs.meanstest.MlgParameters;
import org.communitygov.rules.needs.meanstest.NearMlgEligibility;
import org.communitygov.rules.needs.priority.PriorityGroups;

/**
 * The needs rules as a {@linkplain Catalogue.Source source of the catalogue}: each rule once, with
 * its command-line name, parameter file, message bundle and rule cases.
 *
 * @since 0.1.0
 */
public final class NeedsCatalogue implements Catalogue.Source {
  private static final String PARAMETERS = "/org/communitygov/rules/parameters/";
  private static final String MESSAGES = "org.communitygov.rules.needs.messages";

  /** Makes the source; {@link java.util.ServiceLoader} calls it. */
  public NeedsCatalogue() {}

  @Override
  public List<String> parameterFiles() {
    return List.of(PARAMETERS + "places.json");
  }

  /** The ids before the glossary's near-MLG spelling (ADR 0105). */
  @Override
  public Map<String, String> formerIds() {
    return Map.of(
        "needs.mlg.nearPoor",
        NearMlgEligibility.ID,
        "mlg.nearPoor.incomeMultiple",
        MlgParameters.NEAR_MLG_INCOME_MULTIPLE.id());
  }

  @Override
  public List<CatalogueEntry> entries() {
    return List.of(
        entry("mlg", MlgEligibility.rule(), "mlg.json", "mlg.json"),
        entry("near-mlg", NearMlgEligibility.rule(), "mlg.json", "mlg.json"),
        entry(
            "extreme-poverty",
            ExtremePovertyEligibility.rule(),
            "extreme-poverty.json",
            "extreme-poverty.json"),
        entry("priority-groups", PriorityGroups.rule(), "priority.json", "priority-groups.json"),
        entry(
            "elder-ability",
            ElderAbilityAssessment.rule(),
            "elder-ability.json",
            "elder-ability-gbt42195.json"),
        entry(
            "elder-ability-mzt039",
            Mzt039Assessment.rule(),
            "elder-ability.json",
            "elder-ability-mzt039.json"),
        new CatalogueEntry(
            "barthel", BarthelIndex.rule(), List.of(), Optional.of(MESSAGES), "barthel.json"));
  }

  private static CatalogueEntry entry(
      String name,
      org.communitygov.rules.engine.Rule<?, ?> rule,
      String parameterFile,
      String cases) {
    return CatalogueEntry.of(name, rule, PARAMETERS + parameterFile, MESSAGES, cases);
  }
}
