package org.communitygov.rules.service.eligibility;

import java.util.List;
import org.communitygov.model.service.Service;
import org.communitygov.model.service.ServiceId;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.needs.shared.Eligibility;

/**
 * What a catalogue answered for one household on one date: the services it is eligible for, those
 * it is not, those that need a fact not given, and the explained decision of any of them on
 * request. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class HouseholdEligibility {
  private final CatalogueEligibility catalogue;
  private final HouseholdProfile profile;
  private final byte[] answers;

  HouseholdEligibility(CatalogueEligibility catalogue, HouseholdProfile profile, byte[] answers) {
    this.catalogue = catalogue;
    this.profile = profile;
    this.answers = answers;
  }

  /**
   * Returns the services the household is eligible for, in the catalogue's order.
   *
   * @return the services, not null
   */
  public List<Service> eligible() {
    return catalogue.servicesWith(answers, Conditions.ELIGIBLE);
  }

  /**
   * Returns the services it is not eligible for.
   *
   * @return the services, not null
   */
  public List<Service> notEligible() {
    return catalogue.servicesWith(answers, Conditions.NOT_ELIGIBLE);
  }

  /**
   * Returns the services that cannot be decided without a fact not given (an ability level).
   *
   * @return the services, not null
   */
  public List<Service> undetermined() {
    return catalogue.servicesWith(answers, Conditions.UNDETERMINED);
  }

  /**
   * Explains the decision on one service of the catalogue.
   *
   * @param service the service's id, not null
   * @return the decision with its steps, not null
   * @throws IllegalArgumentException if the catalogue has no such service
   */
  public Decision<Eligibility> decision(ServiceId service) {
    List<Service> services = catalogue.services();
    for (int i = 0; i < services.size(); i++) {
      if (services.get(i).id().equals(service)) {
        return ServiceEligibility.rule().explain(catalogue.conditions(i), profile, -1);
      }
    }
    throw new IllegalArgumentException("no service " + service + " in the catalogue");
  }

  /**
   * Explains the decision on every service, in the catalogue's order.
   *
   * @return the decisions with their steps, not null
   */
  public List<Decision<Eligibility>> decisions() {
    List<Decision<Eligibility>> all = new java.util.ArrayList<>(answers.length);
    for (int i = 0; i < answers.length; i++) {
      all.add(ServiceEligibility.rule().explain(catalogue.conditions(i), profile, -1));
    }
    return all;
  }

  /**
   * Returns the household's facts the answers were found from.
   *
   * @return the profile, not null
   */
  public HouseholdProfile profile() {
    return profile;
  }
}
