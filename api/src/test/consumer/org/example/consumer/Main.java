package org.example.consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.communitygov.api.exchange.CommunityGovValidation;
import org.communitygov.api.exchange.ExchangeValidator;
import org.communitygov.api.exchange.ValidationIssue;
import org.communitygov.api.exchange.ValidationReport;
import org.communitygov.api.json.CommunityGovModule;
import org.communitygov.model.common.Sex;
import org.communitygov.model.household.HukouStatus;
import org.communitygov.model.household.Household;
import org.communitygov.model.household.Person;
import org.communitygov.model.household.PersonId;
import org.communitygov.model.funding.Fund;
import org.communitygov.model.funding.Project;
import org.communitygov.model.funding.PurchaseContract;
import org.communitygov.model.ledger.LedgerRecord;
import org.communitygov.rules.engine.Explanation;
import org.communitygov.rules.engine.Fact;
import org.communitygov.rules.engine.Jurisdiction;
import org.communitygov.rules.engine.ParameterSet;
import org.communitygov.rules.engine.RuleContext;
import org.communitygov.rules.engine.Step;
import org.communitygov.rules.funding.disclosure.DisclosureFold;
import org.communitygov.rules.funding.disclosure.DisclosureReport;
import org.communitygov.rules.funding.disclosure.Disclosures;
import org.communitygov.rules.funding.disclosure.ReportPeriod;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Uses communitygov as a library user would and prints what it sees, one {@code name=value} a line.
 * Arguments: the valid households example, an invalid document, the ledger exchange example, then
 * any further documents of the later areas (points, funding) that must be valid.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws Exception {
    Path households = Path.of(args[0]);
    Path invalid = Path.of(args[1]);
    print("layer", Main.class.getModule().isNamed() ? "module path" : "class path");

    // The library's validator and its report.
    ExchangeValidator validator = ExchangeValidator.builder().build();
    ValidationReport valid = validator.validate(households);
    print("example.valid", valid.isValid());
    print("example.issues", valid.issues().size());
    ValidationReport bad = validator.validate(invalid);
    ValidationIssue first = bad.issues().get(0);
    print("invalid.code", first.code());
    print("invalid.message.zh", first.message(Locale.SIMPLIFIED_CHINESE));
    print("invalid.message.en", first.message(Locale.ENGLISH));
    ObjectMapper plain = new ObjectMapper();
    JsonNode report = plain.readTree(bad.toJson());
    print("invalid.report.summary", report.get("summary"));

    // The user's own mapper: the module and nothing else.
    JsonMapper mapper = JsonMapper.builder().addModule(new CommunityGovModule()).build();
    Person person = person("王秀英");
    String personJson = mapper.writeValueAsString(person);
    print("own.person", personJson);
    print("own.person.roundTrip", mapper.readValue(personJson, Person.class).equals(person));
    JsonNode document = mapper.readTree(households.toFile());
    List<Household> read = new ArrayList<>();
    for (JsonNode record : document.get("records")) {
      read.add(mapper.treeToValue(record, Household.class));
    }
    ObjectNode written = document.deepCopy();
    ArrayNode records = written.putArray("records");
    for (Household household : read) {
      records.addRawValue(new RawValue(mapper.writeValueAsString(household)));
    }
    String writtenText = mapper.writeValueAsString(written);
    print("own.households.hasNull", writtenText.contains("null"));
    print("own.households.hasEmptyExtensions", writtenText.contains("\"extensions\":{}"));
    print("own.households.hasExtensions", writtenText.contains("\"cn.gov.cq.yuzhong\""));
    print("own.households.hasIsoDate", writtenText.contains("\"birthDate\":\"1941-03-15\""));
    Path rewritten = Files.createTempFile("households", ".json");
    Files.writeString(rewritten, writtenText);
    ValidationReport again = validator.validate(rewritten);
    print("own.households.valid", again.isValid());
    print("own.households.issues", again.summary());
    Files.delete(rewritten);
    try {
      mapper.readValue(personJson.replace("\"王秀英\"", "123"), Person.class);
      print("own.person.numberName", "accepted");
    } catch (JsonProcessingException e) {
      print("own.person.numberName", e.getOriginalMessage());
    }
    Ticket ticket = mapper.readValue("{\"code\":123,\"opened\":\"2026-01-02\"}", Ticket.class);
    print("own.ticket.code", ticket.code);
    print("own.ticket.written", mapper.writeValueAsString(ticket));

    // The ledger's records, read and written by the user's own mapper, and the later areas' kinds.
    JsonNode ledger = mapper.readTree(Path.of(args[2]).toFile());
    int ledgerRecords = 0;
    boolean ledgerRoundTrip = true;
    for (JsonNode record : ledger.get("records")) {
      LedgerRecord read1 = mapper.treeToValue(record, LedgerRecord.class);
      LedgerRecord read2 = mapper.readValue(mapper.writeValueAsString(read1), LedgerRecord.class);
      ledgerRoundTrip &= read1.equals(read2);
      ledgerRecords++;
    }
    print("own.ledger.records", ledgerRecords);
    print("own.ledger.roundTrip", ledgerRoundTrip);
    for (int i = 2; i < args.length; i++) {
      ValidationReport area = validator.validate(Path.of(args[i]));
      print("area." + Path.of(args[i]).getFileName(), area.isValid() + " " + area.summary());
    }

    // The funding registers read by the user's own mapper, and a community's journal folded into
    // its 2026-Q3 disclosure report in one streaming pass.
    Path funding = null;
    for (int i = 2; i < args.length; i++) {
      if (args[i].endsWith("exchange-funds.json")) {
        funding = Path.of(args[i]).getParent();
      }
    }
    if (funding != null) {
      List<Fund> funds = records(mapper, funding.resolve("exchange-funds.json"), Fund.class);
      DisclosureFold.Registers registers =
          new DisclosureFold.Registers(
              funds.get(0).community(),
              funds,
              records(mapper, funding.resolve("exchange-projects.json"), Project.class),
              records(mapper, funding.resolve("exchange-contracts.json"), PurchaseContract.class),
              ParameterSet.defaults(),
              Jurisdiction.parse("national"));
      DisclosureReport q3 =
          DisclosureFold.of(registers, List.of(ReportPeriod.parse("2026-Q3")), Disclosures.DEFAULT_THRESHOLD)
              .read(funding.resolve("journal.ndjson"))
              .reports()
              .get(0);
      print("own.funding.q3.income", DisclosureReport.yuan(q3.totals().income()));
      print("own.funding.q3.spending", DisclosureReport.yuan(q3.totals().spending()));
      print("own.funding.q3.root", q3.closingHead().map(DisclosureReport.Head::root).orElse("none"));
    }

    // The module found by ServiceLoader.
    ObjectMapper found = new ObjectMapper().findAndRegisterModules();
    print("found.ids", new TreeSet<>(found.getRegisteredModuleIds()).toString());
    for (Module module : ObjectMapper.findModules()) {
      if (module instanceof CommunityGovModule) {
        print("found.version", module.version());
      }
    }

    // The user's own declared parameters (the rule kit), resolved once per context by reflection.
    RuleContext context =
        RuleContext.of(ParameterSet.defaults(), Jurisdiction.parse("500103"), LocalDate.of(2026, 12, 1));
    OwnParameters declared = context.parameters(OwnParameters.class);
    print("kit.urbanStandard", declared.urbanStandard().value().amount().toPlainString());
    print("kit.sharedPerContext", declared == context.parameters(OwnParameters.class));

    // The user's own rule's explanation, made only when first read (Explanation.deferred), its
    // step sized for the one parameter it cites (Step.builder(id, parameters)).
    int[] made = {0};
    Supplier<Explanation> ownRule =
        () -> {
          made[0]++;
          return Explanation.of(
              List.of(
                  Step.builder("own.incomeBelowStandard", 1)
                      .fact(Fact.of("income", "500.00"))
                      .parameter(declared.urbanStandard())
                      .build()));
        };
    Explanation deferred = Explanation.deferred(ownRule);
    print("kit.deferred.madeBeforeRead", made[0]);
    print("kit.deferred.step", deferred.steps().get(0).id());
    print("kit.deferred.parameters", deferred.parameters().size());
    print("kit.deferred.equalsMade", deferred.equals(ownRule.get()));
    print("kit.deferred.madeOnceForReads", made[0] == 2);

    // The user's own Hibernate Validator.
    try (ValidatorFactory factory =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()) {
      print("plainValidator.personProperties", properties(factory.getValidator()));
    }
    try (ValidatorFactory factory =
        CommunityGovValidation.configure(Validation.byProvider(HibernateValidator.class).configure())
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()) {
      Validator own = factory.getValidator();
      print("ownValidator.personProperties", properties(own));
      print("ownValidator.person", paths(own.validate(person(" "))));
      print("ownValidator.applicant", paths(own.validate(new Applicant("", person(" ")))));
    }
  }

  private static <T> List<T> records(JsonMapper mapper, Path document, Class<T> type)
      throws java.io.IOException {
    List<T> read = new ArrayList<>();
    for (JsonNode record : mapper.readTree(document.toFile()).get("records")) {
      read.add(mapper.treeToValue(record, type));
    }
    return read;
  }

  private static Person person(String name) {
    return Person.builder()
        .id(PersonId.of("P0001"))
        .name(name)
        .birthDate(LocalDate.of(1941, 3, 15))
        .sex(Sex.FEMALE)
        .hukou(HukouStatus.LOCAL)
        .build();
  }

  private static String properties(Validator validator) {
    return new TreeSet<>(
            validator.getConstraintsForClass(Person.class).getConstrainedProperties().stream()
                .map(p -> p.getPropertyName())
                .toList())
        .toString();
  }

  private static <T> String paths(Set<ConstraintViolation<T>> violations) {
    return new TreeSet<>(violations.stream().map(v -> v.getPropertyPath().toString()).toList())
        .toString();
  }

  private static void print(String name, Object value) {
    System.out.println(name + "=" + value);
  }
}
