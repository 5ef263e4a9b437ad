package org.communitygov.model.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.communitygov.model.common.InvalidValues.assertInvalid;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExtensionsTest {
  @Nested
  class Namespaces {
    @ParameterizedTest
    @ValueSource(strings = {"org.example", "cn.gov.bj.chaoyang", "com.a-b.c9", "0.0"})
    void acceptsLowerCaseReverseDomainNames(String namespace) {
      assertThat(Extensions.of(Map.of(namespace, "x")).get(namespace)).contains("x");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "",
          "example",
          "Org.example",
          "org.Example",
          "org..example",
          ".org.example",
          "org.example.",
          "org_example.x",
          "org.exa mple",
          "org.例子"
        })
    void rejectsOtherKeys(String namespace) {
      assertInvalid("extensions.namespace", () -> Extensions.of(Map.of(namespace, "x")));
      assertInvalid("extensions.namespace", () -> Extensions.empty().with(namespace, "x"));
      assertInvalid("extensions.namespace", () -> Extensions.empty().get(namespace));
    }

    @Test
    void rejectsANullKey() {
      Map<String, Object> members = new HashMap<>();
      members.put(null, "x");
      assertInvalid("extensions.namespace", () -> Extensions.of(members));
    }
  }

  @Nested
  class Values {
    @Test
    void acceptsJsonLikeValues() {
      Map<String, Object> nested = new LinkedHashMap<>();
      nested.put("text", "a");
      nested.put("flag", true);
      nested.put("int", 1);
      nested.put("long", 2L);
      nested.put("big", new BigInteger("123456789012345678901234567890"));
      nested.put("decimal", new BigDecimal("0.10"));
      nested.put("list", List.of(1, "b", List.of(), Map.of()));
      Extensions extensions = Extensions.of(Map.of("org.example", nested));
      assertThat(extensions.get("org.example")).contains(nested);
    }

    @Test
    void rejectsNullDoubleFloatAndOtherTypes() {
      for (Object bad :
          Arrays.asList(null, 1.5d, 1.5f, (short) 1, 'c', new Object(), new int[] {1})) {
        Map<String, Object> members = new HashMap<>();
        members.put("org.example", Collections.singletonList(bad));
        InvalidValueException e = assertInvalid("extensions.value", () -> Extensions.of(members));
        assertThat(e.getMessage()).contains("String").contains("BigDecimal");
      }
      assertInvalid("extensions.value", () -> Extensions.of(Map.of("org.example", Map.of(1, "x"))));
      assertInvalid("extensions.value", () -> Extensions.empty().with("org.example", null));
      assertInvalid("extensions.value", () -> Extensions.empty().with("org.example", 0.1d));
    }

    @Test
    void acceptsThirtyTwoLevelsAndRejectsThirtyThree() {
      assertThat(Extensions.of(Map.of("org.example", nest(31, "leaf"))).isEmpty()).isFalse();
      assertInvalid("extensions.depth", () -> Extensions.of(Map.of("org.example", nest(32, "x"))));
    }

    @Test
    void rejectsCycles() {
      List<Object> cycle = new ArrayList<>();
      cycle.add(cycle);
      assertInvalid("extensions.depth", () -> Extensions.of(Map.of("org.example", cycle)));
    }

    /** Wraps {@code leaf} in {@code lists} lists: the leaf is at level {@code lists + 1}. */
    static Object nest(int lists, Object leaf) {
      Object value = leaf;
      for (int i = 0; i < lists; i++) {
        value = List.of(value);
      }
      return value;
    }
  }

  @Nested
  class Immutability {
    @Test
    void copiesDeeplySoLaterChangesToTheSourceDoNotShow() {
      List<Object> list = new ArrayList<>(List.of("a"));
      Map<String, Object> inner = new HashMap<>(Map.of("list", list));
      Map<String, Object> members = new HashMap<>(Map.of("org.example", inner));
      Extensions extensions = Extensions.of(members);
      list.add("b");
      inner.put("more", 1);
      members.put("org.other", 2);
      assertThat(extensions.asMap()).isEqualTo(Map.of("org.example", Map.of("list", List.of("a"))));
    }

    @Test
    void refusesChangesAtEveryLevel() {
      Extensions extensions =
          Extensions.of(Map.of("org.example", Map.of("list", new ArrayList<>(List.of("a")))));
      @SuppressWarnings("unchecked")
      Map<String, Object> inner = (Map<String, Object>) extensions.get("org.example").orElseThrow();
      @SuppressWarnings("unchecked")
      List<Object> list = (List<Object>) inner.get("list");
      assertThatExceptionOfType(UnsupportedOperationException.class)
          .isThrownBy(() -> extensions.asMap().put("org.x", 1));
      assertThatExceptionOfType(UnsupportedOperationException.class)
          .isThrownBy(() -> inner.put("x", 1));
      assertThatExceptionOfType(UnsupportedOperationException.class)
          .isThrownBy(() -> list.add("b"));
    }

    @Test
    void keepsInsertionOrder() {
      Map<String, Object> members = new LinkedHashMap<>();
      members.put("org.zeta", 1);
      members.put("org.alpha", 2);
      Extensions extensions = Extensions.of(members).with("cn.gov", 3).with("org.zeta", 4);
      assertThat(extensions.asMap().keySet()).containsExactly("org.zeta", "org.alpha", "cn.gov");
      assertThat(extensions.get("org.zeta")).contains(4);
    }

    @Test
    void returnsThisWhenTheValueIsAlreadyThere() {
      Extensions extensions = Extensions.of(Map.of("org.example", List.of("a")));
      assertThat(extensions.with("org.example", List.of("a"))).isSameAs(extensions);
      assertThat(extensions.with("org.example", List.of("b"))).isNotEqualTo(extensions);
    }
  }

  @Nested
  class Basics {
    @Test
    void hasAnEmptyInstance() {
      assertThat(Extensions.empty().isEmpty()).isTrue();
      assertThat(Extensions.of(Map.of())).isSameAs(Extensions.empty());
      assertThat(Extensions.empty().get("org.example")).isEmpty();
    }

    @Test
    void rejectsNulls() {
      assertThatNullPointerException().isThrownBy(() -> Extensions.of(null)).withMessage("members");
      assertThatNullPointerException()
          .isThrownBy(() -> Extensions.empty().get(null))
          .withMessage("namespace");
      assertThatNullPointerException()
          .isThrownBy(() -> Extensions.empty().with(null, "x"))
          .withMessage("namespace");
    }

    @Test
    void equalsByMembers() {
      Extensions a = Extensions.of(Map.of("org.example", Map.of("k", 1)));
      assertThat(a)
          .isEqualTo(Extensions.empty().with("org.example", Map.of("k", 1)))
          .hasSameHashCodeAs(Extensions.empty().with("org.example", Map.of("k", 1)))
          .isNotEqualTo(Extensions.of(Map.of("org.example", Map.of("k", 2))));
    }

    @Test
    void printsNamespacesButNeverValues() {
      Extensions extensions =
          Extensions.of(Map.of("org.example", Map.of("citizenId", "11010519491231002X")));
      assertThat(extensions.toString()).isEqualTo("Extensions[org.example]").doesNotContain("1101");
    }
  }

  @Nested
  class RoundTrip {
    final ObjectMapper mapper =
        new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @Test
    void survivesAJsonReadWriteRoundTrip() throws Exception {
      String json =
          "{\"cn.gov.bj.chaoyang\":{\"gridLeader\":\"G-17\",\"score\":0.10,\"count\":3,"
              + "\"big\":123456789012345678901234567890,\"tags\":[\"a\",true]},"
              + "\"org.example\":\"x\"}";
      Extensions extensions = mapper.readValue(json, Extensions.class);
      assertThat(extensions.get("cn.gov.bj.chaoyang").orElseThrow())
          .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
          .containsEntry("score", new BigDecimal("0.10"));
      assertThat(mapper.writeValueAsString(extensions)).isEqualTo(json);
      assertThat(mapper.readValue(mapper.writeValueAsString(extensions), Extensions.class))
          .isEqualTo(extensions);
    }

    @Test
    void rejectsJsonNullAndBinaryFloatingPoint() {
      assertThatExceptionOfType(Exception.class)
          .isThrownBy(() -> mapper.readValue("{\"org.example\":null}", Extensions.class))
          .havingRootCause()
          .isInstanceOf(InvalidValueException.class);
      assertThatExceptionOfType(Exception.class)
          .isThrownBy(() -> new ObjectMapper().readValue("{\"org.example\":1.5}", Extensions.class))
          .havingRootCause()
          .isInstanceOf(InvalidValueException.class);
    }
  }
}
