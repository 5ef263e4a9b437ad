package org.communitygov.rules.volunteer;

import java.util.List;
import org.communitygov.rules.engine.Catalogue;
import org.communitygov.rules.engine.CatalogueEntry;

/**
 * The volunteer rules as a {@linkplain Catalogue.Source source of the catalogue}: star levels,
 * recorded hours and certificate issuing, with their parameter file, message bundle and rule cases.
 *
 * @since 0.1.0
 */
public final class VolunteerCatalogue implements Catalogue.Source {
  private static final String PARAMETERS = "/org/communitygov/rules/parameters/volunteer.json";
  private static final String MESSAGES = "org.communitygov.rules.volunteer.messages";

  /** Makes the source; {@link java.util.ServiceLoader} calls it. */
  public VolunteerCatalogue() {}

  @Override
  public List<CatalogueEntry> entries() {
    return List.of(
        CatalogueEntry.of(
            "volunteer-stars", StarLevel.rule(), PARAMETERS, MESSAGES, "volunteer-stars.json"),
        CatalogueEntry.of(
            "volunteer-hours", RecordedHours.rule(), PARAMETERS, MESSAGES, "volunteer-hours.json"),
        CatalogueEntry.of(
            "volunteer-certificate",
            CertificateIssuing.rule(),
            PARAMETERS,
            MESSAGES,
            "volunteer-certificate.json"));
  }
}
