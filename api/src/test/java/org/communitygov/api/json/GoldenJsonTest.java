package org.communitygov.api.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.communitygov.model.common.CitizenId;
import org.communitygov.model.common.DateRange;
import org.communitygov.model.common.DivisionCode;
import org.communitygov.model.common.DivisionLevel;
import org.communitygov.model.common.Extensions;
import org.communitygov.model.common.LocalizedName;
import org.communitygov.model.common.Money;
import org.communitygov.model.common.PhoneNumber;
import org.communitygov.model.common.Sex;
import org.communitygov.model.common.SocialCreditCode;
import org.communitygov.model.community.Building;
import org.communitygov.model.community.BuildingId;
import org.communitygov.model.community.Committee;
import org.communitygov.model.community.CommitteeKind;
import org.communitygov.model.community.Community;
import org.communitygov.model.community.CommunityId;
import org.communitygov.model.community.CommunityKind;
import org.communitygov.model.community.Grid;
import org.communitygov.model.community.GridId;
import org.communitygov.model.community.Township;
import org.communitygov.model.community.TownshipKind;
import org.communitygov.model.household.Asset;
import org.communitygov.model.household.AssetType;
import org.communitygov.model.household.AssistanceStatus;
import org.communitygov.model.household.Disability;
import org.communitygov.model.household.DisabilityCategory;
import org.communitygov.model.household.EmploymentStatus;
import org.communitygov.model.household.Household;
import org.communitygov.model.household.HouseholdId;
import org.communitygov.model.household.HouseholdKind;
import org.communitygov.model.household.HukouStatus;
import org.communitygov.model.household.IncomeCategory;
import org.communitygov.model.household.IncomeItem;
import org.communitygov.model.household.IncomeType;
import org.communitygov.model.household.MemberRole;
import org.communitygov.model.household.Membership;
import org.communitygov.model.household.MembershipChange;
import org.communitygov.model.household.Person;
import org.communitygov.model.household.PersonId;
import org.communitygov.model.needs.AssessmentId;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Pins the wire format: for every serialized type, a Java fixture ({@link JsonFixtures}) and a
 * golden file {@code src/test/resources/golden/<name>.json}. Each case checks both directions with
 * the strict mapper: the fixture written as JSON equals the golden file (compared as JSON trees,
 * failing with the JSON Pointer of every difference), and the golden file read back equals the
 * fixture.
 *
 * <p>By default the test only compares. After an <em>intended</em> change of the wire format,
 * rewrite the files with {@code ./mvnw -B -pl api -am verify -Dtest=GoldenJsonTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dgolden.update=true}, review the diff of {@code
 * api/src/test/resources/golden/} and record the change in the changelog: integrators depend on it.
 */
class GoldenJsonTest {
  static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
  static final boolean UPDATE = Boolean.getBoolean("golden.update");

  final JsonMapper json = CommunityGovMappers.strict();

  /** One serialized type: the golden file's name, the type to read and the fixture. */
  record Case(String name, Class<?> type, Object fixture) {}

  static List<Case> cases() {
    return List.of(
        new Case("citizen-id", CitizenId.class, CitizenId.parse("11010519491231002X")),
        new Case(
            "social-credit-code",
            SocialCreditCode.class,
            SocialCreditCode.parse("91350100M000100Y43")),
        new Case("division-code", DivisionCode.class, DivisionCode.parse("500103003001")),
        new Case("money", Money.class, JsonFixtures.cny("-1234.50")),
        new Case(
            "date-range-closed",
            DateRange.class,
            DateRange.of(JsonFixtures.date("2019-03-01"), JsonFixtures.date("2024-06-01"))),
        new Case(
            "date-range-open-ended",
            DateRange.class,
            DateRange.ofOpenEnded(JsonFixtures.date("2024-06-01"))),
        new Case("phone-number-mobile", PhoneNumber.class, PhoneNumber.parse("+86 199 0000 0002")),
        new Case("phone-number-landline", PhoneNumber.class, PhoneNumber.parse("023-63851234")),
        new Case("localized-name", LocalizedName.class, JsonFixtures.localizedName()),
        new Case("extensions", Extensions.class, JsonFixtures.extensions()),
        new Case("community-id", CommunityId.class, JsonFixtures.HEPINGLI),
        new Case("grid-id", GridId.class, JsonFixtures.G01),
        new Case("building-id", BuildingId.class, JsonFixtures.B01),
        new Case("person-id", PersonId.class, PersonId.of("P0001")),
        new Case("household-id", HouseholdId.class, HouseholdId.of("H001")),
        new Case("assessment-id", AssessmentId.class, AssessmentId.of("A-2026-0001")),
        new Case("community", Community.class, JsonFixtures.community()),
        new Case("committee", Committee.class, JsonFixtures.committee()),
        new Case("township", Township.class, JsonFixtures.township()),
        new Case("grid", Grid.class, JsonFixtures.grid()),
        new Case("building", Building.class, JsonFixtures.building()),
        new Case("person-minimal", Person.class, JsonFixtures.minimalPerson()),
        new Case("person-full", Person.class, JsonFixtures.fullPerson()),
        new Case("disability", Disability.class, JsonFixtures.disability()),
        new Case("membership", Membership.class, JsonFixtures.membership()),
        new Case("income-item", IncomeItem.class, JsonFixtures.incomeItem()),
        new Case("asset", Asset.class, JsonFixtures.asset()),
        new Case("household", Household.class, JsonFixtures.household()));
  }

  /** Every enum of the wire format: its constants are codes that integrators store. */
  static List<Class<? extends Enum<?>>> enums() {
    return List.of(
        Sex.class,
        DivisionLevel.class,
        CommunityKind.class,
        CommitteeKind.class,
        TownshipKind.class,
        HouseholdKind.class,
        HukouStatus.class,
        MemberRole.class,
        MembershipChange.class,
        EmploymentStatus.class,
        DisabilityCategory.class,
        AssistanceStatus.class,
        IncomeType.class,
        IncomeCategory.class,
        AssetType.class,
        PhoneNumber.Kind.class);
  }

  @TestFactory
  Stream<DynamicContainer> everySerializedTypeMatchesItsGoldenFile() {
    return cases().stream()
        .map(
            c ->
                DynamicContainer.dynamicContainer(
                    c.name(),
                    Stream.of(
                        DynamicTest.dynamicTest(
                            "writes as the golden file",
                            () -> writesAsGolden(c.name(), c.fixture())),
                        DynamicTest.dynamicTest(
                            "reads the golden file back",
                            () ->
                                assertThat(json.readValue(golden(c.name()), c.type()))
                                    .isEqualTo(c.fixture())))));
  }

  @Test
  void everyEnumConstantMatchesTheGoldenFile() throws IOException {
    ObjectNode codes = json.createObjectNode();
    for (Class<? extends Enum<?>> type : enums()) {
      codes.set(type.getSimpleName(), json.valueToTree(type.getEnumConstants()));
    }
    writesAsGolden("enums", codes);
    JsonNode golden = json.readTree(golden("enums"));
    for (Class<? extends Enum<?>> type : enums()) {
      Object[] read =
          json.treeToValue(golden.get(type.getSimpleName()), type.getEnumConstants().getClass());
      assertThat(read).as(type.getSimpleName()).containsExactly(type.getEnumConstants());
    }
  }

  @Test
  void everyGoldenFileHasACase() throws IOException {
    TreeSet<String> expected = new TreeSet<>();
    cases().forEach(c -> expected.add(c.name() + ".json"));
    expected.add("enums.json");
    TreeSet<String> present = new TreeSet<>();
    try (Stream<Path> files = Files.list(GOLDEN)) {
      files.forEach(f -> present.add(f.getFileName().toString()));
    }
    assertThat(present).isEqualTo(expected);
  }

  String golden(String name) throws IOException {
    return Files.readString(GOLDEN.resolve(name + ".json"), StandardCharsets.UTF_8);
  }

  void writesAsGolden(String name, Object value) throws IOException {
    JsonNode written = json.valueToTree(value);
    Path file = GOLDEN.resolve(name + ".json");
    if (UPDATE) {
      Files.createDirectories(GOLDEN);
      Files.writeString(
          file,
          json.writerWithDefaultPrettyPrinter().writeValueAsString(written) + "\n",
          StandardCharsets.UTF_8);
    }
    assertThat(Files.exists(file))
        .as("golden file %s is missing; run with -Dgolden.update=true to create it", file)
        .isTrue();
    JsonNode golden = json.readTree(golden(name));
    List<String> differences = new ArrayList<>();
    diff("", golden, written, differences);
    assertThat(differences)
        .as(
            "%s written differs from golden file %s (golden -> written); if the change is"
                + " intended, run with -Dgolden.update=true",
            name, file)
        .isEmpty();
  }

  /** Collects the differences between two JSON trees, one line per JSON Pointer. */
  static void diff(String pointer, JsonNode golden, JsonNode written, List<String> out) {
    if (golden.isObject() && written.isObject()) {
      Map<String, Boolean> names = new LinkedHashMap<>();
      golden.fieldNames().forEachRemaining(n -> names.put(n, true));
      written.fieldNames().forEachRemaining(n -> names.put(n, true));
      for (String name : names.keySet()) {
        String at = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
        if (!golden.has(name)) {
          out.add(at + ": not in the golden file, written " + written.get(name));
        } else if (!written.has(name)) {
          out.add(at + ": in the golden file " + golden.get(name) + ", not written");
        } else {
          diff(at, golden.get(name), written.get(name), out);
        }
      }
    } else if (golden.isArray() && written.isArray()) {
      Iterator<JsonNode> g = golden.elements();
      Iterator<JsonNode> w = written.elements();
      for (int i = 0; g.hasNext() || w.hasNext(); i++) {
        String at = pointer + "/" + i;
        if (!w.hasNext()) {
          out.add(at + ": in the golden file " + g.next() + ", not written");
        } else if (!g.hasNext()) {
          out.add(at + ": not in the golden file, written " + w.next());
        } else {
          diff(at, g.next(), w.next(), out);
        }
      }
    } else if (!golden.equals(written)) {
      out.add(
          (pointer.isEmpty() ? "/" : pointer)
              + ": golden "
              + golden
              + " ("
              + golden.getNodeType()
              + "), written "
              + written
              + " ("
              + written.getNodeType()
              + ")");
    }
  }
}
