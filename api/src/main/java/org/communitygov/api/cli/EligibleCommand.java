package org.communitygov.api.cli;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.NoSuchFileException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.communitygov.model.common.CommunityGovException;
import org.communitygov.model.common.Identifier;
import org.communitygov.model.common.SensitiveCategory;
import org.communitygov.model.household.Household;
import org.communitygov.model.household.PersonId;
import org.communitygov.model.service.Service;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.engine.DecisionJson;
import org.communitygov.rules.engine.ExplanationRenderer;
import org.communitygov.rules.needs.elderability.ElderAbilityLevel;
import org.communitygov.rules.needs.shared.Eligibility;
import org.communitygov.rules.service.eligibility.CatalogueEligibility;
import org.communitygov.rules.service.eligibility.HouseholdEligibility;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code communitygov eligible}: the services of a catalogue a household is eligible for on a date,
 * and why not for the others (docs/services.md).
 */
@Command(
    name = "eligible",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Lists the services a household is eligible for on a date, and why not the others.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the answers were printed",
      "1:a record or the catalogue's eligibility could not be read",
      "2:usage error or unreadable input"
    })
final class EligibleCommand implements Callable<Integer> {
  private final CliEnvironment environment;

  @Spec private CommandSpec spec;

  @Mixin private CommonOptions common;

  @Parameters(paramLabel = "HOUSEHOLDS", description = "Households: an envelope or NDJSON.")
  private String households = "";

  @Option(
      names = "--catalogue",
      required = true,
      paramLabel = "FILE",
      description = "The services: a catalogue, or a SERVICES envelope or NDJSON.")
  private String catalogue = "";

  @Option(names = "--date", required = true, paramLabel = "DATE", description = "The date.")
  private String date = "";

  @Option(names = "--household", paramLabel = "ID", description = "Only this household.")
  private @Nullable String household;

  @Option(
      names = "--ability",
      paramLabel = "PERSON=LEVEL",
      description = "An elder ability level (0 to 4) known for a member; repeatable.")
  private Map<String, Integer> ability = new HashMap<>();

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
  private String format = "text";

  @Option(
      names = "--reveal",
      paramLabel = "CATEGORY",
      split = ",",
      description = "Show these sensitive facts instead of ***.")
  private List<SensitiveCategory> reveal = new ArrayList<>();

  @Option(names = "--output", paramLabel = "FILE", description = "Write the answers here.")
  private @Nullable String output;

  EligibleCommand(CliEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    LocalDate on = PlaceAndDate.date(spec, date);
    if (!format.equals("text") && !format.equals("json")) {
      throw new ParameterException(spec.commandLine(), "--format must be text or json");
    }
    Map<PersonId, ElderAbilityLevel> levels = new HashMap<>();
    ability.forEach(
        (person, level) -> {
          if (level < 0 || level > 4) {
            throw new ParameterException(spec.commandLine(), "--ability levels are 0 to 4");
          }
          levels.put(PersonId.of(person), ElderAbilityLevel.ofNumber(level));
        });
    Language language = common.language(environment.locale());
    PrintWriter err = spec.commandLine().getErr();
    try {
      List<Service> services = new ArrayList<>();
      for (ServiceInputs.Input input : ServiceInputs.inputs(List.of(catalogue))) {
        ServiceInputs.services(input, services::add);
      }
      CatalogueEligibility eligibility = CatalogueEligibility.of(services);
      List<Household> found = new ArrayList<>();
      for (ServiceInputs.Input input : ServiceInputs.inputs(List.of(households))) {
        ServiceInputs.read(
            input,
            Household.class,
            h -> {
              if (household == null || h.id().value().equals(household)) {
                found.add(h);
              }
            });
      }
      if (found.isEmpty()) {
        err.println(
            "communitygov: no household "
                + (household == null ? "" : Identifier.mask(household))
                + " in "
                + households);
        err.flush();
        return ExitCodes.INVALID;
      }
      StringWriter text = new StringWriter();
      PrintWriter out = new PrintWriter(text);
      Set<SensitiveCategory> revealed =
          reveal.isEmpty() ? EnumSet.noneOf(SensitiveCategory.class) : EnumSet.copyOf(reveal);
      if (format.equals("json")) {
        out.println(json(eligibility, found, on, levels, revealed));
      } else {
        ExplanationRenderer renderer =
            ExplanationRenderer.of(language.locale())
                .revealing(revealed.toArray(SensitiveCategory[]::new));
        for (Household h : found) {
          text(
              eligibility.of(h, on, levels),
              eligibility.services(),
              language.locale(),
              renderer,
              out);
        }
      }
      out.flush();
      ServiceReportCommand.print(spec, output, text.toString());
      return ExitCodes.VALID;
    } catch (ServiceInputs.BadRecord e) {
      err.println("communitygov: " + e.getMessage());
      err.flush();
      return ExitCodes.INVALID;
    } catch (CommunityGovException e) {
      err.println(
          "communitygov: " + Identifier.mask(e.code()) + ": " + Identifier.mask(e.getMessage()));
      err.flush();
      return ExitCodes.INVALID;
    } catch (NoSuchFileException e) {
      err.println("communitygov: cannot read " + e.getFile() + ": no such file");
    } catch (IOException e) {
      err.println("communitygov: cannot read: " + e.getMessage());
    }
    err.flush();
    return ExitCodes.NOT_CHECKED;
  }

  private static void text(
      HouseholdEligibility answers,
      List<Service> services,
      Locale locale,
      ExplanationRenderer renderer,
      PrintWriter out) {
    boolean zh = locale.getLanguage().equals("zh");
    Household h = answers.profile().household();
    out.println(
        h.id().value()
            + " "
            + answers.profile().date()
            + (zh ? ": 符合 " : ": eligible for ")
            + answers.eligible().size()
            + (zh ? " 项, 共 " : " of ")
            + services.size()
            + (zh ? " 项服务" : " services"));
    for (Service s : services) {
      Decision<Eligibility> d = answers.decision(s.id());
      String mark =
          d.outcome().isEmpty() ? "?" : d.outcomeOrThrow() == Eligibility.ELIGIBLE ? "+" : "-";
      out.println(
          "  "
              + mark
              + " "
              + s.id().value()
              + " "
              + (zh ? s.name().zh() : s.name().en().orElse(s.name().zh()))
              + ": "
              + renderer.summary(d)
              + (mark.equals("-")
                  ? d.explanation()
                      .decisiveStep()
                      .map(step -> " — " + renderer.step(step))
                      .orElse("")
                  : ""));
    }
  }

  private static String json(
      CatalogueEligibility eligibility,
      List<Household> households,
      LocalDate on,
      Map<PersonId, ElderAbilityLevel> levels,
      Set<SensitiveCategory> revealed)
      throws IOException {
    JsonMapper mapper = JsonMapper.builder().build();
    ArrayNode all = mapper.createArrayNode();
    for (Household h : households) {
      HouseholdEligibility answers = eligibility.of(h, on, levels);
      ObjectNode one = all.addObject();
      one.put("household", h.id().value());
      one.put("date", on.toString());
      ArrayNode decisions = one.putArray("services");
      for (Service s : eligibility.services()) {
        ObjectNode d = decisions.addObject();
        d.put("service", s.id().value());
        d.set("decision", mapper.readTree(DecisionJson.write(answers.decision(s.id()), revealed)));
      }
    }
    return mapper.writeValueAsString(all);
  }
}
