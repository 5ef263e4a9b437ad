package org.communitygov.rules.service;

import java.util.List;
import org.communitygov.rules.engine.Catalogue;
import org.communitygov.rules.engine.CatalogueEntry;
import org.communitygov.rules.service.eligibility.ServiceEligibility;
import org.communitygov.rules.service.gap.GapClassification;
import org.communitygov.rules.service.quality.ProviderQuality;

/**
 * The service rules as a {@linkplain Catalogue.Source source of the catalogue}: each rule once,
 * with its command-line name, its parameter file ({@code service.json}), its message bundle and its
 * rule cases.
 *
 * @since 0.1.0
 */
public final class ServiceRules implements Catalogue.Source {
  private static final String PARAMETERS = "/org/communitygov/rules/parameters/service.json";
  private static final String MESSAGES = "org.communitygov.rules.service.messages";

  /** Makes the source; {@link java.util.ServiceLoader} calls it. */
  public ServiceRules() {}

  @Override
  public List<CatalogueEntry> entries() {
    return List.of(
        CatalogueEntry.of(
            "service-gap", GapClassification.rule(), PARAMETERS, MESSAGES, "service-gap.json"),
        CatalogueEntry.of(
            "service-quality",
            ProviderQuality.rule(),
            PARAMETERS,
            MESSAGES,
            "service-quality.json"),
        CatalogueEntry.of(
            "service-eligibility",
            ServiceEligibility.rule(),
            PARAMETERS,
            MESSAGES,
            "service-eligibility.json"));
  }
}
