package org.communitygov.api.json;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.communitygov.model.household.Household;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reads and writes a realistic 4-person household (issue 3): citizen IDs, phones, a disability, a
 * head change, income and an asset, as in {@code docs/examples/hepingli-households.json}.
 *
 * <ul>
 *   <li>{@code communitygov}: {@link CommunityGovMappers#strict()} binding the model, with every
 *       check (citizen ID checksums, phone formats, money scale, household invariants).
 *   <li>{@code plainJackson}: the baseline, a default {@code JsonMapper} with {@link
 *       JavaTimeModule} binding an equivalent graph of plain records (String, LocalDate, int, List)
 *       without any check.
 * </ul>
 *
 * <p>Each operation reads the UTF-8 bytes into objects and writes the objects back to bytes.
 *
 * <pre>
 * ./mvnw -B -Pbench -pl api -am package -DskipTests
 * java -jar api/target/benchmarks.jar HouseholdJsonBenchmark -f 1 -wi 3 -i 5
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HouseholdJsonBenchmark {
  /** The household of the benchmark, in the wire format both sides read. */
  static final String HOUSEHOLD =
      """
      {
        "id": "H006",
        "community": "cq-yz-qxg-hpl",
        "address": "和平里2号楼3单元402",
        "building": "B02",
        "grid": "G01",
        "kind": "REGISTERED",
        "members": [
          {"id": "P0020", "name": "陈建国", "citizenId": "500103196807020310",
           "birthDate": "1968-07-02", "sex": "MALE", "hukou": "LOCAL",
           "employment": "UNEMPLOYED", "phone": "19900000002"},
          {"id": "P0021", "name": "刘芳", "citizenId": "500103197011200468",
           "birthDate": "1970-11-20", "sex": "FEMALE", "hukou": "LOCAL",
           "employment": "EMPLOYED", "phone": "023-63851234"},
          {"id": "P0022", "name": "陈浩", "citizenId": "500103199604080157",
           "birthDate": "1996-04-08", "sex": "MALE", "hukou": "LOCAL",
           "disability": {"category": "PHYSICAL", "grade": 2}, "employment": "UNABLE_TO_WORK"},
          {"id": "P0023", "name": "周一诺", "citizenId": "500103201203030423",
           "birthDate": "2012-03-03", "sex": "FEMALE", "hukou": "LOCAL", "employment": "STUDENT"}
        ],
        "memberships": [
          {"person": "P0020", "role": "HEAD",
           "period": {"start": "1994-10-01", "endExclusive": "2026-03-10"}, "leaveReason": "MOVE"},
          {"person": "P0021", "role": "SPOUSE",
           "period": {"start": "1994-10-01", "endExclusive": "2026-03-10"},
           "joinReason": "MARRIAGE", "leaveReason": "HEAD_CHANGE"},
          {"person": "P0021", "role": "HEAD", "period": {"start": "2026-03-10"},
           "joinReason": "HEAD_CHANGE"},
          {"person": "P0022", "role": "CHILD", "period": {"start": "1996-04-08"},
           "joinReason": "BIRTH"},
          {"person": "P0023", "role": "GRANDCHILD", "period": {"start": "2012-03-03"},
           "joinReason": "BIRTH"}
        ],
        "assistance": ["MINIMUM_LIVING_GUARANTEE"],
        "income": [
          {"person": "P0021", "type": "WAGES",
           "amount": {"amount": "14400.00", "currency": "CNY"},
           "period": {"start": "2025-11-01", "endExclusive": "2026-11-01"}},
          {"person": "P0022", "type": "SOCIAL_ASSISTANCE",
           "amount": {"amount": "1800.00", "currency": "CNY"},
           "period": {"start": "2025-11-01", "endExclusive": "2026-11-01"}}
        ],
        "assets": [
          {"type": "DEPOSIT", "value": {"amount": "3200.00", "currency": "CNY"},
           "valuedOn": "2026-10-31"}
        ]
      }
      """;

  private byte[] bytes;
  private ObjectReader ourReader;
  private ObjectWriter ourWriter;
  private ObjectReader plainReader;
  private ObjectWriter plainWriter;

  /** Plain records: the same graph as the model, no checks, no Optional. */
  public record PlainPeriod(LocalDate start, LocalDate endExclusive) {}

  public record PlainMoney(String amount, String currency) {}

  public record PlainDisability(String category, int grade) {}

  public record PlainPerson(
      String id,
      String name,
      String citizenId,
      LocalDate birthDate,
      String sex,
      String hukou,
      PlainDisability disability,
      List<String> chronicConditions,
      String employment,
      String phone) {}

  public record PlainMembership(
      String person, String role, PlainPeriod period, String joinReason, String leaveReason) {}

  public record PlainIncome(String person, String type, PlainMoney amount, PlainPeriod period) {}

  public record PlainAsset(String owner, String type, PlainMoney value, LocalDate valuedOn) {}

  public record PlainHousehold(
      String id,
      String community,
      String address,
      String building,
      String grid,
      String kind,
      List<PlainPerson> members,
      List<PlainMembership> memberships,
      List<String> assistance,
      List<PlainIncome> income,
      List<PlainAsset> assets) {}

  /** Prepares the bytes and the mappers; checks that both sides read the whole household. */
  @Setup
  public void setUp() throws IOException {
    bytes = HOUSEHOLD.getBytes(StandardCharsets.UTF_8);
    JsonMapper ours = CommunityGovMappers.strict();
    ourReader = ours.readerFor(Household.class);
    ourWriter = ours.writerFor(Household.class);
    JsonMapper plain = JsonMapper.builder().addModule(new JavaTimeModule()).build();
    plainReader = plain.readerFor(PlainHousehold.class);
    plainWriter = plain.writerFor(PlainHousehold.class);
    Household household = ourReader.readValue(bytes);
    PlainHousehold plainHousehold = plainReader.readValue(bytes);
    if (household.members().size() != 4 || plainHousehold.members().size() != 4) {
      throw new IllegalStateException("the benchmark household must have 4 members");
    }
  }

  /**
   * Reads the household with the strict communitygov mapper and writes it back.
   *
   * @return the written bytes
   * @throws IOException never: the document is valid
   */
  @Benchmark
  public byte[] communitygov() throws IOException {
    Household household = ourReader.readValue(bytes);
    return ourWriter.writeValueAsBytes(household);
  }

  /**
   * Reads the plain record graph with a default Jackson mapper and writes it back: the baseline.
   *
   * @return the written bytes
   * @throws IOException never: the document is valid
   */
  @Benchmark
  public byte[] plainJackson() throws IOException {
    PlainHousehold household = plainReader.readValue(bytes);
    return plainWriter.writeValueAsBytes(household);
  }
}
