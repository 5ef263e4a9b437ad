package org.communitygov.rules.service.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.communitygov.model.household.Household;
import org.communitygov.model.household.PersonId;
import org.communitygov.model.service.Service;
import org.communitygov.model.service.ServiceCatalogue;
import org.communitygov.rules.needs.elderability.ElderAbilityLevel;

/**
 * A catalogue's services, their terms read once, that can be asked which services a household is
 * eligible for on a date and why not for the others (ADR 0067).
 *
 * <p>The answer for all services comes from masks and bounds, without explanation; {@link
 * HouseholdEligibility#decision} builds the explained decision of one service on request, from the
 * same checks. Immutable and thread-safe: share one across threads and households.
 *
 * @since 0.1.0
 */
public final class CatalogueEligibility {
  private final List<Service> services;
  private final Conditions[] conditions;

  private CatalogueEligibility(List<Service> services) {
    this.services = List.copyOf(services);
    this.conditions = new Conditions[this.services.size()];
    for (int i = 0; i < conditions.length; i++) {
      conditions[i] = new Conditions(ServiceTerms.of(this.services.get(i)));
    }
  }

  /**
   * Reads the terms of every service of a catalogue.
   *
   * @param catalogue the catalogue, not null
   * @return the eligibility, not null
   * @throws org.communitygov.model.common.InvalidValueException if a service names an eligibility
   *     rule the library does not know, or a parameter it cannot read
   */
  public static CatalogueEligibility of(ServiceCatalogue catalogue) {
    return of(catalogue.services());
  }

  /**
   * Reads the terms of services.
   *
   * @param services the services, not null
   * @return the eligibility, not null
   * @throws org.communitygov.model.common.InvalidValueException as {@link #of(ServiceCatalogue)}
   */
  public static CatalogueEligibility of(List<Service> services) {
    return new CatalogueEligibility(Objects.requireNonNull(services, "services"));
  }

  /**
   * Returns the services, in the catalogue's order.
   *
   * @return the services, not null
   */
  public List<Service> services() {
    return services;
  }

  /**
   * Answers for a household on a date: its facts found once, every service checked.
   *
   * @param household the household, not null
   * @param date the date, not null
   * @param abilityLevels the elder ability levels known, by member, not null
   * @return the answers, not null
   */
  public HouseholdEligibility of(
      Household household, LocalDate date, Map<PersonId, ElderAbilityLevel> abilityLevels) {
    return forProfile(HouseholdProfile.of(household, date, abilityLevels));
  }

  /**
   * Answers for a household's facts found before.
   *
   * @param profile the household's facts on a date, not null
   * @return the answers, not null
   */
  public HouseholdEligibility forProfile(HouseholdProfile profile) {
    byte[] answers = new byte[conditions.length];
    for (int i = 0; i < conditions.length; i++) {
      answers[i] = (byte) conditions[i].decide(profile, -1);
    }
    return new HouseholdEligibility(this, profile, answers);
  }

  /**
   * Counts the services a household is eligible for, making nothing per service: the fast path.
   *
   * @param profile the household's facts on a date, not null
   * @return the number of services it is eligible for
   */
  public int countEligible(HouseholdProfile profile) {
    int count = 0;
    for (Conditions c : conditions) {
      count += c.decide(profile, -1) == Conditions.ELIGIBLE ? 1 : 0;
    }
    return count;
  }

  Conditions conditions(int i) {
    return conditions[i];
  }

  List<Service> servicesWith(byte[] answers, int answer) {
    List<Service> found = new ArrayList<>();
    for (int i = 0; i < answers.length; i++) {
      if (answers[i] == answer) {
        found.add(services.get(i));
      }
    }
    return found;
  }
}
