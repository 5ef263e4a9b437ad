package org.communitygov.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.communitygov.api.exchange.ExchangeValidator;
import org.communitygov.api.exchange.ValidationIssue;
import org.communitygov.api.exchange.ValidationReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Validating one household record of {@value #MEMBERSHIPS} memberships (about 1 MiB, 400 allowed),
 * which the validator rejects with {@code constraint.Size} on its tokens before binding (ADR 0033),
 * against two baselines in the same run: plain Jackson reading the same envelope into a tree, and
 * the validator on an envelope of one ordinary four-person household.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class OversizedHousehold {
  /** The number of memberships of the oversized record. */
  static final int MEMBERSHIPS = 11_000;

  private static final String HEADER =
      "{\"$schema\":\"https://communitygov.org/schema/exchange/1.0/households.schema.json\","
          + "\"kind\":\"HOUSEHOLDS\",\"version\":\"1.0\",\"issuer\":{\"name\":\"和平里社区居民委员会\"},"
          + "\"issuedAt\":\"2026-11-20T09:30:00+08:00\",\"records\":[";

  private ExchangeValidator validator;
  private JsonMapper plain;
  private String oversized;
  private String fourPerson;

  /** Builds the two envelopes and checks what the validator says of each. */
  @Setup
  public void setUp() throws IOException {
    validator = ExchangeValidator.builder().build();
    plain = JsonMapper.builder().build();
    oversized = HEADER + record() + "]}";
    fourPerson = HEADER + FourPersonHousehold.JSON + "]}";
    ValidationReport report = validateOversized();
    if (report.issues().size() != 1
        || !report.issues().get(0).code().equals("constraint.Size")
        || !report.issues().get(0).pointer().equals("/records/0/memberships")) {
      throw new IllegalStateException(
          "expected one constraint.Size: "
              + report.issues().stream().map(ValidationIssue::code).toList());
    }
    if (!validateFourPerson().isValid()) {
      throw new IllegalStateException("the four-person household is not valid");
    }
  }

  private static String record() {
    StringBuilder memberships = new StringBuilder();
    LocalDate day = LocalDate.of(1960, 1, 1);
    for (int i = 0; i < MEMBERSHIPS; i++) {
      memberships
          .append(i == 0 ? "" : ",")
          .append("{\"person\":\"A\",\"role\":\"HEAD\",\"period\":{\"start\":\"")
          .append(day.plusDays(2L * i))
          .append("\",\"endExclusive\":\"")
          .append(day.plusDays(2L * i + 1))
          .append("\"}}");
    }
    return "{\"id\":\"H1\",\"community\":\"C1\",\"address\":\"1号楼\",\"kind\":\"REGISTERED\","
        + "\"members\":[{\"id\":\"A\",\"name\":\"甲\",\"birthDate\":\"1941-03-15\","
        + "\"sex\":\"FEMALE\",\"hukou\":\"LOCAL\"}],\"memberships\":["
        + memberships
        + "]}";
  }

  /** The validator on the ~1 MiB record of 11,000 memberships. */
  @Benchmark
  public ValidationReport validateOversized() throws IOException {
    return validator.validate(new StringReader(oversized));
  }

  /** Baseline 1: plain Jackson reading the same envelope into a tree, no checks. */
  @Benchmark
  public JsonNode plainJacksonTree() throws IOException {
    return plain.readTree(oversized);
  }

  /** Baseline 2: the validator on an ordinary four-person household. */
  @Benchmark
  public ValidationReport validateFourPerson() throws IOException {
    return validator.validate(new StringReader(fourPerson));
  }
}
