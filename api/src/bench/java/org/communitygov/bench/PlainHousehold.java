package org.communitygov.bench;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The baseline of the household benchmarks: the same household as a {@code Household}, as plain
 * records of {@code String}s, {@code LocalDate}s, {@code int}s and {@code List}s, bound by Jackson
 * with no check at all: no citizen-ID checksum, no phone format, no money scale, no invariant, no
 * {@code Optional} (an absent value is {@code null}), enums as plain strings.
 *
 * @param id the household's identifier
 * @param community the community's identifier
 * @param address the address
 * @param building the building's identifier, or null
 * @param grid the grid's identifier, or null
 * @param kind the household kind's code
 * @param members the members
 * @param memberships the memberships
 * @param assistance the assistance statuses' codes, or null
 * @param income the income items, or null
 * @param assets the assets, or null
 */
public record PlainHousehold(
    String id,
    String community,
    String address,
    @Nullable String building,
    @Nullable String grid,
    String kind,
    List<Person> members,
    List<Membership> memberships,
    @Nullable List<String> assistance,
    @Nullable List<Income> income,
    @Nullable List<Asset> assets) {

  /**
   * A member.
   *
   * @param id the person's identifier
   * @param name the name
   * @param citizenId the citizen ID as text, or null
   * @param birthDate the birth date
   * @param sex the sex's code
   * @param hukou the hukou status's code
   * @param disability the disability, or null
   * @param chronicConditions the chronic conditions, or null
   * @param employment the employment status's code, or null
   * @param phone the phone number as text, or null
   */
  public record Person(
      String id,
      String name,
      @Nullable String citizenId,
      LocalDate birthDate,
      String sex,
      String hukou,
      @Nullable Disability disability,
      @Nullable List<String> chronicConditions,
      @Nullable String employment,
      @Nullable String phone) {}

  /**
   * A disability.
   *
   * @param category the category's code
   * @param grade the grade
   */
  public record Disability(String category, int grade) {}

  /**
   * A membership.
   *
   * @param person the member's identifier
   * @param role the role's code
   * @param period the period
   * @param joinReason the joining reason's code, or null
   * @param leaveReason the leaving reason's code, or null
   */
  public record Membership(
      String person,
      String role,
      Period period,
      @Nullable String joinReason,
      @Nullable String leaveReason) {}

  /**
   * An income item.
   *
   * @param person the receiving member's identifier, or null
   * @param type the income type's code
   * @param amount the amount
   * @param period the period
   */
  public record Income(@Nullable String person, String type, Amount amount, Period period) {}

  /**
   * An asset.
   *
   * @param owner the owning member's identifier, or null
   * @param type the asset type's code
   * @param value the value
   * @param valuedOn the valuation date
   */
  public record Asset(@Nullable String owner, String type, Amount value, LocalDate valuedOn) {}

  /**
   * A period: start inclusive, end exclusive or null.
   *
   * @param start the first day
   * @param endExclusive the first day after, or null
   */
  public record Period(LocalDate start, @Nullable LocalDate endExclusive) {}

  /**
   * An amount of money.
   *
   * @param amount the decimal amount as text
   * @param currency the currency code
   */
  public record Amount(String amount, String currency) {}
}
