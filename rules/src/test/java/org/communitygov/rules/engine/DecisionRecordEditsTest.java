package org.communitygov.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.communitygov.model.common.CommunityGovException;
import org.communitygov.model.common.DivisionCode;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.common.Money;
import org.communitygov.model.common.SensitiveCategory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every edit of a stored decision record is caught: by its digests or when it is read. */
class DecisionRecordEditsTest {
  static final GapRule RULE = new GapRule();
  static final RuleContext CONTEXT =
      RuleContext.of(
          ParameterSet.defaults(),
          Jurisdiction.of(DivisionCode.parse("500103")),
          LocalDate.of(2024, 3, 1));
  static final Facts INPUT =
      Facts.of(
          List.of(
              Fact.sensitive("perCapitaIncome", "612.50", SensitiveCategory.FINANCIAL),
              Fact.of("householdSize", "3")));

  /** A rule with two inputs and outcome details, so that a record has every kind of field. */
  static final class GapRule implements Rule<Facts, GapRule.Gap> {
    record Gap(String code, Map<String, String> details) implements Outcome {}

    @Override
    public String id() {
      return "test.incomeGap";
    }

    @Override
    public String version() {
      return "2";
    }

    @Override
    public Decision<Gap> evaluate(Facts input, RuleContext context) {
      if (input.get("perCapitaIncome").isEmpty()) {
        return Decision.undetermined(id(), List.of("perCapitaIncome"), Explanation.of(List.of()));
      }
      BigDecimal income = new BigDecimal(input.text("perCapitaIncome").orElseThrow());
      ResolvedParameter<Money> standard = context.resolve(IncomeTestRule.URBAN);
      Comparison below =
          Comparison.of(
              Operand.of(Fact.of("perCapitaIncome", Money.ofCny(income))),
              Operator.LT,
              Operand.of("localMlgStandard", standard));
      Step step = Step.builder("mlg.income").comparison(below).build();
      Map<String, String> details = new TreeMap<>();
      details.put("gap", standard.value().amount().subtract(income).toPlainString());
      details.put("householdSize", input.text("householdSize").orElse("1"));
      return Decision.of(
          id(),
          new Gap(below.result() ? "ELIGIBLE" : "NOT_ELIGIBLE", details),
          Explanation.of(List.of()).thenDecisive(step));
    }

    @Override
    public Facts facts(Facts input) {
      return input;
    }

    @Override
    public Facts input(Facts facts) {
      for (Fact fact : facts.all()) {
        String pattern =
            switch (fact.name()) {
              case "perCapitaIncome" -> "-?[0-9]+\\.[0-9]{2}";
              case "householdSize" -> "[1-9][0-9]?";
              default -> throw InvalidValueException.of(fact.name(), "known", "an unknown fact");
            };
        if (!fact.value().matches(pattern)) {
          throw InvalidValueException.of(fact.name(), "format", "not a valid value");
        }
      }
      return facts;
    }
  }

  static DecisionRecord record() {
    return DecisionRecord.of(RULE, INPUT, CONTEXT, RULE.evaluate(INPUT, CONTEXT), "0.1.0");
  }

  @Nested
  class Sealing {
    @Test
    void givesAnIntactRecordNoEditedFieldsAndAnExactReproduction() {
      DecisionRecord r = record();
      assertThat(r.digest()).matches("[0-9a-f]{64}");
      assertThat(r.fieldDigests().keySet()).containsExactlyElementsOf(DecisionRecord.FIELDS);
      assertThat(r.editedFields()).isEmpty();
      Reproduction<GapRule.Gap> again = r.reproduce(RULE, ParameterSet.defaults());
      assertThat(again.isExact()).isTrue();
      assertThat(again.editedFields()).isEmpty();
      assertThat(again).hasToString("exact");
    }

    @Test
    void digestsTheDocumentedEncodingOfEveryField() throws Exception {
      DecisionRecord r = record();
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("libraryVersion", "14:libraryVersion5:0.1.0");
      fields.put("ruleId", "6:ruleId14:test.incomeGap");
      fields.put("ruleSetVersion", "14:ruleSetVersion1:2");
      fields.put("date", "4:date10:2024-03-01");
      fields.put("jurisdiction", "12:jurisdiction6:500103");
      fields.put(
          "inputs", "6:inputs((15:perCapitaIncome6:612.509:FINANCIAL)(13:householdSize1:3-))");
      fields.put("status", "6:status10:DETERMINED");
      fields.put("outcome", "7:outcome(8:ELIGIBLE((3:gap6:122.50)(13:householdSize1:3)))");
      fields.put("missingFacts", "12:missingFacts()");
      String line = r.parameters().get(0);
      int bytes = line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
      fields.put("parameters", "10:parameters(" + bytes + ":" + line + ")");
      fields.put(
          "parametersFingerprint", "21:parametersFingerprint64:" + r.parametersFingerprint());
      StringBuilder all = new StringBuilder("(");
      for (var field : fields.entrySet()) {
        String encoding = "(" + field.getValue() + ")";
        all.append(encoding);
        assertThat(r.fieldDigests().get(field.getKey()))
            .as(field.getKey())
            .isEqualTo(FingerprintTest.sha256Of(encoding).substring(0, 16));
      }
      assertThat(r.digest()).isEqualTo(FingerprintTest.sha256Of(all.append(")").toString()));
      assertThat(r.parametersFingerprint())
          .isEqualTo(FingerprintTest.sha256Of("(" + bytes + ":" + line + ")"));
    }
  }

  @Nested
  class AnEditedField {
    @Test
    void isNamedWhicheverFieldItIs() {
      DecisionRecord r = record();
      var b = DecisionRecord.builder().from(r);
      Map<String, DecisionRecord> edited = new LinkedHashMap<>();
      edited.put("libraryVersion", b.libraryVersion("0.1.1").build());
      edited.put("ruleId", DecisionRecord.builder().from(r).ruleId("test.other").build());
      edited.put("ruleSetVersion", DecisionRecord.builder().from(r).ruleSetVersion("3").build());
      edited.put("date", DecisionRecord.builder().from(r).date(r.date().plusDays(1)).build());
      edited.put(
          "jurisdiction",
          DecisionRecord.builder()
              .from(r)
              .jurisdiction(Jurisdiction.of(DivisionCode.parse("500104")))
              .build());
      edited.put(
          "inputs",
          DecisionRecord.builder()
              .from(r)
              .inputs(INPUT.with(Fact.of("householdSize", "4")))
              .build());
      edited.put("outcome", DecisionRecord.builder().from(r).outcomeCode("NOT_ELIGIBLE").build());
      edited.put("missingFacts", DecisionRecord.builder().from(r).addMissingFacts("x").build());
      edited.forEach(
          (field, record) -> {
            assertThat(record.editedFields()).as(field).containsExactly(field);
          });
    }

    @Test
    void makesTheReproductionInexactAndSaysWhich() {
      DecisionRecord r =
          DecisionRecord.builder()
              .from(record())
              .jurisdiction(Jurisdiction.of(DivisionCode.parse("500104")))
              .build();
      Reproduction<GapRule.Gap> again = r.reproduce(RULE, ParameterSet.defaults());
      assertThat(again.outcomeMatches()).isTrue();
      assertThat(again.fingerprintMatches()).isTrue();
      assertThat(again.isExact()).isFalse();
      assertThat(again.editedFields()).containsExactly("jurisdiction");
      assertThat(again.toString()).endsWith("edited [jurisdiction]");
    }

    @Test
    void ofTheSealAloneIsNamedDigestAndOfAFieldDigestFieldDigests() {
      DecisionRecord r = record();
      String other = (r.digest().charAt(0) == 'a' ? "b" : "a") + r.digest().substring(1);
      assertThat(DecisionRecord.builder().from(r).digest(other).build().editedFields())
          .containsExactly("digest");
      Map<String, String> digests = new LinkedHashMap<>(r.fieldDigests());
      digests.put("date", "0123456789abcdef");
      assertThat(DecisionRecord.builder().from(r).fieldDigests(digests).build().editedFields())
          .containsExactly("fieldDigests");
    }

    @Test
    void ofTheRuleIdStillLetsTheRuleItWasMadeWithReproduceIt() {
      DecisionRecord r = DecisionRecord.builder().from(record()).ruleId("test.other").build();
      assertThat(r.reproduce(RULE, ParameterSet.defaults()).editedFields())
          .containsExactly("ruleId");
      assertThatThrownBy(() -> record().reproduce(new IncomeTestRule(), ParameterSet.defaults()))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thatMalformsADigestMakesTheRecordInvalid() {
      DecisionRecord r = record();
      assertThatThrownBy(() -> DecisionRecord.builder().from(r).digest("ABC").build())
          .isInstanceOfSatisfying(
              InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("digest.format"));
      Map<String, String> missing = new LinkedHashMap<>(r.fieldDigests());
      missing.remove("inputs");
      assertThatThrownBy(() -> DecisionRecord.builder().from(r).fieldDigests(missing).build())
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> assertThat(e.code()).isEqualTo("fieldDigests.format"));
      Map<String, String> upper = new LinkedHashMap<>(r.fieldDigests());
      upper.put("inputs", "0123456789ABCDEF");
      assertThatThrownBy(() -> DecisionRecord.builder().from(r).fieldDigests(upper).build())
          .isInstanceOf(InvalidValueException.class);
    }
  }

  /**
   * Where each top-level field of the JSON text lies: from its name to the next one's (so the comma
   * and line break after a field count as its own).
   */
  static Map<String, int[]> spans(String json) throws IOException {
    Map<String, int[]> spans = new LinkedHashMap<>();
    try (JsonParser p = new JsonFactory().createParser(json)) {
      p.nextToken();
      int[] last = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        int start = (int) p.currentTokenLocation().getCharOffset();
        if (last != null) {
          last[1] = start;
        }
        last = new int[] {start, json.lastIndexOf('}')};
        spans.put(p.currentName(), last);
        p.nextToken();
        p.skipChildren();
      }
    }
    return spans;
  }

  static String fieldAt(Map<String, int[]> spans, int position) {
    for (var span : spans.entrySet()) {
      if (position >= span.getValue()[0] && position < span.getValue()[1]) {
        return span.getKey();
      }
    }
    return "(between fields)";
  }

  private static final String ALPHABET = "aAzZ09-_.:,;{}[]\"\\/ \n\t|+中٢é\u0000";

  @Nested
  @Tag("sweep") // thousands of edits: the mutation profile leaves it out (each mutant reruns tests)
  class EverySingleCharacterEdit {
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {20261202L})
    void isCaughtByReproduceOrMakesTheRecordUnreadable(long seed) throws IOException {
      DecisionRecord original = record();
      String json = DecisionJson.write(original);
      Map<String, int[]> spans = spans(json);
      Random random = new Random(seed);
      Map<String, Integer> counts = new TreeMap<>();
      for (int position = 0; position < json.length(); position++) {
        char was = json.charAt(position);
        List<String> edits = new java.util.ArrayList<>();
        edits.add("");
        while (edits.size() < 3) {
          char c =
              random.nextInt(4) == 0
                  ? (char) (0x20 + random.nextInt(0x3000))
                  : ALPHABET.charAt(random.nextInt(ALPHABET.length()));
          if (c != was && !edits.contains(String.valueOf(c))) {
            edits.add(String.valueOf(c));
          }
        }
        for (String replacement : edits) {
          String edited = json.substring(0, position) + replacement + json.substring(position + 1);
          String what =
              String.format(
                  "seed %d: %s at %d (in %s)",
                  seed,
                  replacement.isEmpty()
                      ? "deleting"
                      : "replacing with U+%04X".formatted((int) replacement.charAt(0)),
                  position,
                  fieldAt(spans, position));
          String outcome = classify(original, edited, fieldAt(spans, position), was, what);
          counts.merge(outcome, 1, Integer::sum);
        }
      }
      int total = counts.values().stream().mapToInt(Integer::intValue).sum();
      assertThat(total).as("seed %d: edits", seed).isGreaterThanOrEqualTo(3000);
      assertThat(counts)
          .as("seed %d: %s", seed, counts)
          .containsKeys("unreadable", "caught", "refused by the rule", "whitespace only");
      assertThat(counts.get("caught")).as("seed %d: %s", seed, counts).isGreaterThan(100);
    }

    private String classify(
        DecisionRecord original, String edited, String field, char was, String what) {
      DecisionRecord read;
      try {
        read = DecisionJson.readRecord(edited);
      } catch (CommunityGovException e) {
        assertThat(e.code()).as(what).isEqualTo("decisionRecord.json");
        return "unreadable";
      } catch (RuntimeException e) {
        return fail(what + ": read crashed", e);
      }
      if (read.equals(original)) {
        assertThat(Character.isWhitespace(was)).as(what + ": an unchanged record").isTrue();
        return "whitespace only";
      }
      assertThat(read.editedFields()).as(what).containsExactly(field);
      Reproduction<GapRule.Gap> again;
      try {
        again = read.reproduce(RULE, ParameterSet.defaults());
      } catch (InvalidValueException e) {
        assertThat(field).as(what + ": refused by the rule").isEqualTo("inputs");
        return "refused by the rule";
      } catch (MissingParameterException e) {
        assertThat(field).as(what + ": no parameter then").isIn("date", "jurisdiction");
        return "no parameter there and then";
      } catch (RuntimeException e) {
        return fail(what + ": reproduce crashed", e);
      }
      assertThat(again.isExact()).as(what).isFalse();
      assertThat(again.editedFields()).as(what).containsExactly(field);
      return "caught";
    }
  }
}
