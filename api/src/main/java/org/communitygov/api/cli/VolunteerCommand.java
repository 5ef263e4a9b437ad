package org.communitygov.api.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.communitygov.model.volunteer.ServiceRecord;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.engine.ExplanationRenderer;
import org.communitygov.rules.engine.ParameterSet;
import org.communitygov.rules.engine.RuleContext;
import org.communitygov.rules.volunteer.RecordedHours;
import org.communitygov.rules.volunteer.RecordsOutcome;
import org.communitygov.rules.volunteer.StarLevel;
import org.communitygov.rules.volunteer.StarLevelResult;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code communitygov volunteer}: the recorded hours of each volunteer, their star levels, and
 * service certificates with their verification digest. See {@code docs/volunteers.md}.
 */
@Command(
    name = "volunteer",
    description = "Volunteer hours, star levels and service certificates.",
    subcommands = {
      VolunteerCommand.Hours.class,
      VolunteerCommand.Stars.class,
      VolunteerCertificateCommand.class,
      VolunteerCertificateCommand.Check.class
    },
    exitCodeList = {
      "0:done, nothing refused",
      "1:records or a certificate refused, or a check failed",
      "2:usage error or unreadable input"
    })
final class VolunteerCommand extends CommandGroup {

  /** What the subcommands share: the language, reading and failures. */
  abstract static class Base extends InputCommand {
    Base(CliEnvironment environment) {
      super(environment);
    }

    Locale locale() {
      return language().locale();
    }

    boolean zh() {
      return locale().getLanguage().equals("zh");
    }
  }

  /** The records of a file, by volunteer, in a period. */
  abstract static class OverRecords extends Base {
    @Parameters(paramLabel = "RECORDS", description = "Service records (SERVICE_RECORDS document).")
    String records = "";

    @Option(names = "--from", paramLabel = "DATE", description = "First day (default: all).")
    @Nullable String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day (default: all).")
    @Nullable String to;

    @Option(names = "--volunteer", paramLabel = "ID", description = "Only this volunteer.")
    @Nullable String volunteer;

    OverRecords(CliEnvironment environment) {
      super(environment);
    }

    Map<String, List<ServiceRecord>> byVolunteer() throws UnreadableInput {
      LocalDate first = from == null ? LocalDate.MIN : VolunteerFiles.day(spec, "--from", from);
      LocalDate last = to == null ? LocalDate.MAX : VolunteerFiles.day(spec, "--to", to);
      Map<String, List<ServiceRecord>> by = new TreeMap<>();
      for (ServiceRecord r : VolunteerFiles.read(records, ServiceRecord.class)) {
        boolean inside = !r.date().isBefore(first) && !r.date().isAfter(last);
        if (inside && (volunteer == null || r.volunteer().value().equals(volunteer))) {
          by.computeIfAbsent(r.volunteer().value(), k -> new ArrayList<>()).add(r);
        }
      }
      return by;
    }

    static Decision<RecordsOutcome> hours(List<ServiceRecord> records, LocalDate date) {
      return RecordedHours.rule()
          .evaluate(
              new RecordedHours.Input(Optional.of(records)),
              RuleContext.of(
                  ParameterSet.empty(),
                  org.communitygov.rules.engine.Jurisdiction.national(),
                  date));
    }

    String refusal(RecordsOutcome outcome) {
      return (zh() ? "拒绝: " : "refused: ")
          + outcome.details().get("reason")
          + " ("
          + outcome.details().get("records")
          + (zh() ? "，" : " on ")
          + outcome.details().get("date")
          + ")";
    }
  }

  @Command(
      name = "hours",
      mixinStandardHelpOptions = true,
      description = "Prints each volunteer's records and hours; overlapping records are refused.")
  static final class Hours extends OverRecords {
    Hours(CliEnvironment environment) {
      super(environment);
    }

    @Override
    int run(PrintWriter out) throws UnreadableInput {
      int refused = 0;
      int count = 0;
      BigDecimal total = BigDecimal.ZERO.setScale(2);
      for (Map.Entry<String, List<ServiceRecord>> e : byVolunteer().entrySet()) {
        RecordsOutcome outcome = hours(e.getValue(), LocalDate.now()).outcomeOrThrow();
        if (outcome.isRefused()) {
          refused++;
          out.println(e.getKey() + "  " + refusal(outcome));
          continue;
        }
        count += e.getValue().size();
        BigDecimal hours = new BigDecimal(outcome.details().get("hours"));
        total = total.add(hours);
        out.printf(
            "%s  %4d %s  %8s %s%n",
            e.getKey(), e.getValue().size(), zh() ? "条" : "records", hours, zh() ? "小时" : "h");
      }
      out.println(
          zh()
              ? "合计 " + count + " 条 " + total + " 小时；拒绝 " + refused + " 名志愿者的记录"
              : "total "
                  + count
                  + " records "
                  + total
                  + " h; refused for "
                  + refused
                  + " volunteer(s)");
      return refused == 0 ? ExitCodes.DECIDED : 1;
    }
  }

  @Command(
      name = "stars",
      mixinStandardHelpOptions = true,
      description = "Prints each volunteer's star level from the cumulative recorded hours.")
  static final class Stars extends OverRecords {
    @Option(
        names = "--place",
        required = true,
        paramLabel = "CODE",
        description = "Division code or national.")
    String place = "";

    @Option(
        names = "--date",
        required = true,
        paramLabel = "DATE",
        description = "Date of the rating.")
    String date = "";

    Stars(CliEnvironment environment) {
      super(environment);
    }

    @Override
    int run(PrintWriter out) throws UnreadableInput {
      LocalDate on = PlaceAndDate.date(spec, date);
      RuleContext context =
          RuleContext.of(ParameterSet.defaults(), PlaceAndDate.jurisdiction(spec, place), on);
      ExplanationRenderer renderer = ExplanationRenderer.of(locale());
      int refused = 0;
      for (Map.Entry<String, List<ServiceRecord>> e : byVolunteer().entrySet()) {
        List<ServiceRecord> upToDate =
            e.getValue().stream().filter(r -> !r.date().isAfter(on)).toList();
        RecordsOutcome hours = hours(upToDate, on).outcomeOrThrow();
        if (hours.isRefused()) {
          refused++;
          out.println(e.getKey() + "  " + refusal(hours));
          continue;
        }
        Decision<StarLevelResult> stars =
            StarLevel.rule()
                .evaluate(
                    new StarLevel.Input(Optional.of(new BigDecimal(hours.details().get("hours")))),
                    context);
        String text = renderer.render(stars);
        out.println(
            e.getKey()
                + "  "
                + (volunteer == null ? text.lines().findFirst().orElse("") : text.strip()));
      }
      return refused == 0 ? ExitCodes.DECIDED : 1;
    }
  }
}
