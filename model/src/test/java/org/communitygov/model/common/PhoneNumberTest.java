package org.communitygov.model.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.communitygov.model.common.InvalidValues.assertInvalid;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {
  @Nested
  class Mobile {
    @ParameterizedTest
    @ValueSource(
        strings = {
          "13812345678",
          "+8613812345678",
          "+86 138 1234 5678",
          "008613812345678",
          "0086-138-1234-5678",
          "138-1234-5678"
        })
    void acceptsMobileNumbersInCommonWritings(String text) {
      PhoneNumber phone = PhoneNumber.parse(text);
      assertThat(phone.kind()).isEqualTo(PhoneNumber.Kind.MOBILE);
      assertThat(phone.unmaskedValue()).isEqualTo("13812345678");
    }

    @ParameterizedTest
    @ValueSource(strings = {"13000000000", "19999999999"})
    void acceptsTheWholeRangeOfNetworkPrefixes(String text) {
      assertThat(PhoneNumber.parse(text).kind()).isEqualTo(PhoneNumber.Kind.MOBILE);
    }
  }

  @Nested
  class Landline {
    @ParameterizedTest
    @CsvSource({
      "010-12345678, 010-12345678",
      "01012345678, 010-12345678",
      "010 1234 5678, 010-12345678",
      "+86 10 12345678, 010-12345678",
      "+86 010 12345678, 010-12345678",
      "0086-10-12345678, 010-12345678",
      "020-87654321, 020-87654321",
      "029-8765432, 029-8765432",
      "0755-12345678, 0755-12345678",
      "07551234567, 0755-1234567",
      "+86 755 1234567, 0755-1234567"
    })
    void acceptsLandlinesWithTheirAreaCode(String text, String canonical) {
      PhoneNumber phone = PhoneNumber.parse(text);
      assertThat(phone.kind()).isEqualTo(PhoneNumber.Kind.LANDLINE);
      assertThat(phone.unmaskedValue()).isEqualTo(canonical);
    }
  }

  @Nested
  class Format {
    @ParameterizedTest
    @ValueSource(
        strings = {
          "",
          "1381234567",
          "138123456789",
          "12812345678",
          "23812345678",
          "12345678",
          "010-1234567890",
          "010-123456",
          "010-02345678",
          "0755-123456",
          "0155-12345678",
          "12345",
          "+1 138 1234 5678",
          "+86138123456780",
          " 13812345678",
          "13812345678 ",
          "-13812345678",
          "138--1234-5678x",
          "138.1234.5678",
          "(010)12345678",
          "010-12345678#123",
          "１３８１２３４５６７８"
        })
    void rejectsWhatIsNotAMainlandNumber(String text) {
      InvalidValueException e = assertInvalid("phone.format", () -> PhoneNumber.parse(text));
      InvalidValues.assertMessageHidesValue(e, text);
    }

    @Test
    void rejectsNull() {
      assertThatNullPointerException()
          .isThrownBy(() -> PhoneNumber.parse(null))
          .withMessage("text");
    }
  }

  @Nested
  class Masking {
    @Test
    void masksAllButPrefixAndLastFourDigits() {
      assertThat(PhoneNumber.parse("13812345678").masked()).isEqualTo("138****5678");
      assertThat(PhoneNumber.parse("010-12345678").masked()).isEqualTo("010-****5678");
      assertThat(PhoneNumber.parse("0755-1234567").masked()).isEqualTo("0755-****4567");
    }

    @Test
    void printsOnlyTheMaskedNumber() {
      assertThat(PhoneNumber.parse("13812345678").toString())
          .isEqualTo("138****5678")
          .doesNotContain("1234");
      assertThat(PhoneNumber.parse("010-12345678").toString()).isEqualTo("010-****5678");
    }

    @Test
    void isMarkedAsContactData() {
      assertThat(PhoneNumber.class.getAnnotation(Sensitive.class).value())
          .isEqualTo(SensitiveCategory.CONTACT);
      assertThat(java.io.Serializable.class.isAssignableFrom(PhoneNumber.class)).isFalse();
    }
  }

  @Nested
  class Equality {
    @Test
    void equalsByCanonicalForm() {
      PhoneNumber a = PhoneNumber.parse("+86 138 1234 5678");
      assertThat(a)
          .isEqualTo(PhoneNumber.parse("13812345678"))
          .hasSameHashCodeAs(PhoneNumber.parse("13812345678"))
          .isNotEqualTo(PhoneNumber.parse("13812345679"))
          .isNotEqualTo("13812345678");
    }
  }

  @Nested
  class RoundTrip {
    @ParameterizedTest
    @ValueSource(strings = {"13812345678", "010-12345678", "0755-1234567"})
    void parsesItsUnmaskedValue(String text) {
      PhoneNumber phone = PhoneNumber.parse(text);
      assertThat(PhoneNumber.parse(phone.unmaskedValue())).isEqualTo(phone);
    }

    @Test
    void writesAndReadsJsonAsTheCanonicalString() throws Exception {
      ObjectMapper mapper = new ObjectMapper();
      PhoneNumber phone = PhoneNumber.parse("+86 10 1234 5678");
      assertThat(mapper.writeValueAsString(phone)).isEqualTo("\"010-12345678\"");
      assertThat(mapper.readValue("\"010-12345678\"", PhoneNumber.class)).isEqualTo(phone);
    }
  }
}
