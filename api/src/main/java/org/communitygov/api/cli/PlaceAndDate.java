package org.communitygov.api.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.communitygov.model.common.CommunityGovException;
import org.communitygov.rules.engine.Jurisdiction;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Reads {@code --date} and {@code --jurisdiction}; a bad value is a usage error naming it. A date
 * must lie in {@value #EARLIEST} to {@value #LATEST}: the rules count ages and months back from it,
 * and at the ends of {@code LocalDate}'s range that arithmetic overflows or means nothing.
 */
final class PlaceAndDate {
  static final String EARLIEST = "1900-01-01";
  static final String LATEST = "2199-12-31";

  private PlaceAndDate() {}

  static LocalDate date(CommandSpec spec, String text) {
    LocalDate date;
    try {
      date = LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new ParameterException(
          spec.commandLine(), "--date must be an ISO date such as 2024-06-01, not '" + text + "'");
    }
    if (date.isBefore(LocalDate.parse(EARLIEST)) || date.isAfter(LocalDate.parse(LATEST))) {
      throw new ParameterException(
          spec.commandLine(),
          "--date must be from " + EARLIEST + " to " + LATEST + ", not '" + text + "'");
    }
    return date;
  }

  /**
   * Reads a whole number option such as {@code --max-issues}.
   *
   * @param option the option's name, for the message
   */
  static int count(CommandSpec spec, String option, String text, int min, int max) {
    long value;
    try {
      value = Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      value = Long.MIN_VALUE;
    }
    if (value < min || value > max) {
      throw new ParameterException(
          spec.commandLine(),
          option + " must be a whole number from " + min + " to " + max + ", not '" + text + "'");
    }
    return (int) value;
  }

  static Jurisdiction jurisdiction(CommandSpec spec, String text) {
    try {
      return Jurisdiction.parse(text);
    } catch (CommunityGovException | IllegalArgumentException e) {
      throw new ParameterException(
          spec.commandLine(),
          "--jurisdiction must be 'national' or a 6, 9 or 12-digit division code, not '"
              + text
              + "'");
    }
  }
}
