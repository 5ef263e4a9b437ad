package org.communitygov.api.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.communitygov.model.common.CommunityGovException;
import org.communitygov.rules.engine.Jurisdiction;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Reads {@code --date} and {@code --jurisdiction}; a bad value is a usage error naming it. */
final class PlaceAndDate {
  private PlaceAndDate() {}

  static LocalDate date(CommandSpec spec, String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new ParameterException(
          spec.commandLine(), "--date must be an ISO date such as 2024-06-01, not '" + text + "'");
    }
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
