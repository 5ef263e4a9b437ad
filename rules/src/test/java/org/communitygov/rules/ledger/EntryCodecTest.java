package org.communitygov.rules.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communitygov.rules.ledger.LedgerFixtures.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.communitygov.model.ledger.Account;
import org.communitygov.model.ledger.AccountFlag;
import org.communitygov.model.ledger.AccountKind;
import org.communitygov.model.ledger.Entry;
import org.communitygov.model.ledger.EntryId;
import org.communitygov.model.ledger.Owner;
import org.communitygov.model.ledger.OwnerKind;
import org.communitygov.model.ledger.PendingOutcome.Resolution;
import org.communitygov.model.ledger.Refusal;
import org.communitygov.model.ledger.Transaction;
import org.communitygov.model.ledger.Unit;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Pins the canonical form: every kind of entry against a golden file {@code
 * src/test/resources/ledger/golden/<name>.json} holding its exact bytes. After an intended change,
 * rewrite them with {@code -Dgolden.update=true} and record the change: journals depend on it.
 */
class EntryCodecTest {
  static final Path GOLDEN = Path.of("src", "test", "resources", "ledger", "golden");
  static final boolean UPDATE = Boolean.getBoolean("golden.update");

  static Map<String, Entry> fixtures() {
    Map<String, Entry> f = new LinkedHashMap<>();
    f.put(
        "account",
        Account.builder()
            .id(org.communitygov.model.ledger.AccountId.of("canteen-fund"))
            .ledger(LEDGER)
            .kind(AccountKind.LIABILITY)
            .unit(Unit.CNY)
            .openedOn(OPENED)
            .addFlags(AccountFlag.RESTRICTED_PURPOSE, AccountFlag.OVERDRAFT_FORBIDDEN)
            .purpose("长者食堂 \"助餐\" 2026")
            .owner(Owner.of(OwnerKind.FUND, "F-2026-01"))
            .build());
    f.put("account-minimal", account("m1", AccountKind.MEMBER, Unit.HOUR));
    f.put(
        "transaction",
        Transaction.builder()
            .from(move("T1", "2026-02-01", "issuance", "m1", "2.50"))
            .valueDate(LocalDate.parse("2026-01-30"))
            .memo("陪诊 2.5 小时\\服务")
            .source("service-record:SR-77")
            .build());
    f.put(
        "transaction-purpose",
        Transaction.builder()
            .from(
                tx(
                        "T2",
                        "2026-02-03",
                        posting("canteen-fund", "-1234.50 CNY"),
                        posting("canteen", "1234.50 CNY"))
                    .build())
            .purpose("长者食堂 \"助餐\" 2026")
            .build());
    f.put(
        "transaction-pending",
        Transaction.builder()
            .from(
                tx(
                        "P1",
                        "2026-02-01",
                        posting("points", "-30 POINT"),
                        posting("points2", "30 POINT"))
                    .build())
            .expiresOn(LocalDate.parse("2026-02-28"))
            .build());
    f.put(
        "transaction-reversal",
        reversal("R1", "2026-02-03", move("T1", "2026-02-01", "issuance", "m1", "2.50")));
    f.put("post", outcome("O1", "P1", "2026-02-05", Resolution.POST));
    f.put("void", outcome("O2", "P2", "2026-02-05", Resolution.VOID));
    f.put("close-period", close("C-2026-01", "2026-01-31"));
    f.put("close-account", closeAccount("X1", "m2", "2026-03-01"));
    f.put("assertion", assertion("B1", "canteen-fund", "2026-02-28", "-1234.50 CNY"));
    f.put(
        "refusal",
        Refusal.builder()
            .refused("T9")
            .code("overdraft")
            .on(LocalDate.parse("2026-02-02"))
            .build());
    return f;
  }

  @TestFactory
  Stream<DynamicContainer> everyKindOfEntryMatchesItsGoldenFile() {
    return fixtures().entrySet().stream()
        .map(
            e ->
                DynamicContainer.dynamicContainer(
                    e.getKey(),
                    Stream.of(
                        DynamicTest.dynamicTest(
                            "writes the golden bytes",
                            () -> writesAsGolden(e.getKey(), e.getValue())),
                        DynamicTest.dynamicTest(
                            "reads them back",
                            () ->
                                assertThat(EntryReader.read(golden(e.getKey())))
                                    .isEqualTo(e.getValue())))));
  }

  @Test
  void everyGoldenFileHasAFixture() throws IOException {
    try (Stream<Path> files = Files.list(GOLDEN)) {
      assertThat(files.map(p -> p.getFileName().toString().replace(".json", "")))
          .containsExactlyInAnyOrderElementsOf(fixtures().keySet());
    }
  }

  @Nested
  class Canonical {
    final JsonMapper sorted =
        JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    @Test
    void sortsMembersByNameAndLeavesNoWhiteSpaceAsRfc8785() throws IOException {
      for (Entry entry : fixtures().values()) {
        String json = EntryCodec.toJson(entry);
        Object tree = sorted.readValue(json, TreeMap.class);
        assertThat(sorted.writeValueAsString(sortDeep(tree))).as(json).isEqualTo(json);
      }
    }

    @SuppressWarnings("unchecked")
    Object sortDeep(Object value) {
      if (value instanceof Map<?, ?> map) {
        TreeMap<String, Object> out = new TreeMap<>();
        ((Map<String, Object>) map).forEach((k, v) -> out.put(k, sortDeep(v)));
        return out;
      }
      if (value instanceof java.util.List<?> list) {
        return list.stream().map(this::sortDeep).toList();
      }
      return value;
    }

    @Test
    void readsAnyOrderAndSpacingButItIsNotCanonical() throws IOException {
      Entry entry = fixtures().get("close-period");
      byte[] spaced =
          "{ \"through\": \"2026-01-31\", \"kind\": \"close-period\", \"id\": \"C-2026-01\" }"
              .getBytes(StandardCharsets.UTF_8);
      assertThat(EntryReader.read(spaced)).isEqualTo(entry);
      assertThat(EntryCodec.isCanonical(entry, spaced)).isFalse();
      assertThat(EntryCodec.isCanonical(entry, EntryCodec.encode(entry))).isTrue();
    }
  }

  @Nested
  class Refusing {
    @Test
    void refusesUnknownMembersDuplicatesWrongTypesAndBrokenInvariants() {
      assertThatThrownBy(
              () ->
                  read(
                      "{\"id\":\"C1\",\"kind\":\"close-period\",\"through\":\"2026-01-31\",\"x\":1}"))
          .isInstanceOf(LedgerFormatException.class)
          .hasMessageContaining("unknown member x");
      assertThatThrownBy(
              () ->
                  read(
                      "{\"id\":\"C1\",\"id\":\"C2\",\"kind\":\"close-period\",\"through\":\"2026-01-31\"}"))
          .isInstanceOf(LedgerFormatException.class);
      assertThatThrownBy(
              () -> read("{\"id\":\"C1\",\"kind\":\"close-period\",\"through\":20260131}"))
          .hasMessageContaining("through is not a string");
      assertThatThrownBy(
              () -> read("{\"id\":\"C1\",\"kind\":\"close-period\",\"through\":\"2026-1-31\"}"))
          .hasMessageContaining("not a date");
      assertThatThrownBy(
              () -> read("{\"id\":\"C1\",\"kind\":\"closing\",\"through\":\"2026-01-31\"}"))
          .hasMessageContaining("not a kind");
      assertThatThrownBy(
              () ->
                  read(
                      "{\"bookingDate\":\"2026-02-01\",\"id\":\"T1\",\"kind\":\"transaction\",\"memo\":\"\",\"postings\":[{\"account\":\"a\",\"amount\":\"1.00\",\"unit\":\"HOUR\"}],\"valueDate\":\"2026-02-01\"}"))
          .isInstanceOf(LedgerFormatException.class)
          .hasMessageContaining("transaction.postings");
      assertThatThrownBy(() -> read("[]")).hasMessageContaining("not a JSON object");
    }

    Entry read(String json) {
      return EntryReader.read(json.getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void namesTheEntryIdOfEachKind() {
    assertThat(fixtures().get("refusal").key()).isEqualTo("T9");
    assertThat(fixtures().get("account-minimal").key()).isEqualTo("m1");
    assertThat(((Transaction) fixtures().get("transaction-reversal")).reverses())
        .contains(EntryId.of("T1"));
  }

  static byte[] golden(String name) throws IOException {
    return Files.readAllBytes(GOLDEN.resolve(name + ".json"));
  }

  static void writesAsGolden(String name, Entry entry) throws IOException {
    byte[] bytes = EntryCodec.encode(entry);
    if (UPDATE) {
      Files.createDirectories(GOLDEN);
      Files.write(GOLDEN.resolve(name + ".json"), bytes);
    }
    JsonNode unused = JsonFields.JSON.readTree(bytes);
    assertThat(unused.isObject()).isTrue();
    assertThat(new String(bytes, StandardCharsets.UTF_8))
        .isEqualTo(new String(golden(name), StandardCharsets.UTF_8));
  }
}
