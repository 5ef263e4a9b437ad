package org.communitygov.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.communitygov.model.common.Sex;
import org.communitygov.model.household.AssistanceStatus;
import org.communitygov.model.household.DisabilityCategory;
import org.communitygov.model.household.EmploymentStatus;
import org.communitygov.model.household.HouseholdKind;
import org.communitygov.model.household.HukouStatus;
import org.communitygov.model.household.IncomeType;
import org.communitygov.model.household.MemberRole;
import org.communitygov.model.household.MembershipChange;

/**
 * The baseline of the exchange validation benchmark: the same envelope of households as plain Java
 * records, bound by plain Jackson with no checks at all — no identifier or citizen ID parsing, no
 * invariants, no Bean Validation, no report. Enums are the model's own, dates {@code java.time},
 * identifiers and codes strings.
 */
final class PlainHouseholds {
  private PlainHouseholds() {}

  /** The envelope. */
  record Envelope(
      @JsonProperty("$schema") String schema,
      String kind,
      String version,
      Issuer issuer,
      OffsetDateTime issuedAt,
      List<Household> records) {}

  /** The issuer. */
  record Issuer(String name, String socialCreditCode, String divisionCode) {}

  /** A household. */
  record Household(
      String id,
      String community,
      String address,
      String building,
      String grid,
      HouseholdKind kind,
      List<Person> members,
      List<Membership> memberships,
      Set<AssistanceStatus> assistance,
      List<Income> income,
      List<Map<String, Object>> assets,
      Map<String, Object> extensions) {}

  /** A person. */
  record Person(
      String id,
      String name,
      String citizenId,
      LocalDate birthDate,
      Sex sex,
      HukouStatus hukou,
      Disability disability,
      Set<String> chronicConditions,
      EmploymentStatus employment,
      String phone) {}

  /** A disability. */
  record Disability(DisabilityCategory category, int grade) {}

  /** A membership. */
  record Membership(
      String person,
      MemberRole role,
      Period period,
      MembershipChange joinReason,
      MembershipChange leaveReason) {}

  /** A date range. */
  record Period(LocalDate start, LocalDate endExclusive) {}

  /** An income item. */
  record Income(String person, IncomeType type, Money amount, Period period) {}

  /** A money amount. */
  record Money(BigDecimal amount, String currency) {}
}
