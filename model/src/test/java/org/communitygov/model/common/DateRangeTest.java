package org.communitygov.model.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.communitygov.model.common.InvalidValues.assertInvalid;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateRangeTest {
  static final LocalDate MARCH_1 = LocalDate.of(2019, 3, 1);
  static final LocalDate JUNE_1 = LocalDate.of(2024, 6, 1);

  static DateRange range(String text) {
    return DateRange.parse(text);
  }

  @Nested
  class Factories {
    @Test
    void buildsAHalfOpenRange() {
      DateRange range = DateRange.of(MARCH_1, JUNE_1);
      assertThat(range.start()).isEqualTo(MARCH_1);
      assertThat(range.endExclusive()).contains(JUNE_1);
      assertThat(range.lastDay()).contains(LocalDate.of(2024, 5, 31));
      assertThat(range.isOpenEnded()).isFalse();
    }

    @Test
    void acceptsASingleDayAsTheShortestRange() {
      DateRange day = DateRange.of(MARCH_1, MARCH_1.plusDays(1));
      assertThat(day.lastDay()).contains(MARCH_1);
      assertThat(DateRange.ofClosed(MARCH_1, MARCH_1)).isEqualTo(day);
    }

    @Test
    void rejectsAnEndThatIsNotAfterTheStart() {
      assertInvalid("endExclusive.afterStart", () -> DateRange.of(MARCH_1, MARCH_1));
      assertInvalid("endExclusive.afterStart", () -> DateRange.of(MARCH_1, MARCH_1.minusDays(1)));
      assertInvalid(
          "endExclusive.afterStart", () -> DateRange.ofClosed(MARCH_1, MARCH_1.minusDays(1)));
    }

    @Test
    void buildsAClosedRangeFromItsLastDay() {
      assertThat(DateRange.ofClosed(MARCH_1, LocalDate.of(2024, 5, 31)))
          .isEqualTo(DateRange.of(MARCH_1, JUNE_1));
    }

    @Test
    void buildsAnOpenEndedRange() {
      DateRange range = DateRange.ofOpenEnded(MARCH_1);
      assertThat(range.isOpenEnded()).isTrue();
      assertThat(range.endExclusive()).isEmpty();
      assertThat(range.lastDay()).isEmpty();
    }

    @Test
    void rejectsNulls() {
      assertThatNullPointerException()
          .isThrownBy(() -> DateRange.of(null, JUNE_1))
          .withMessage("start");
      assertThatNullPointerException()
          .isThrownBy(() -> DateRange.of(MARCH_1, null))
          .withMessage("endExclusive");
      assertThatNullPointerException()
          .isThrownBy(() -> DateRange.ofClosed(MARCH_1, null))
          .withMessage("lastDay");
      assertThatNullPointerException()
          .isThrownBy(() -> DateRange.ofOpenEnded(null))
          .withMessage("start");
      assertThatNullPointerException().isThrownBy(() -> DateRange.parse(null)).withMessage("text");
      assertThatNullPointerException()
          .isThrownBy(() -> range("2019-03-01/..").contains(null))
          .withMessage("date");
      assertThatNullPointerException()
          .isThrownBy(() -> range("2019-03-01/..").overlaps(null))
          .withMessage("other");
    }
  }

  @Nested
  class Contains {
    @Test
    void includesTheStartAndExcludesTheEnd() {
      DateRange range = DateRange.of(MARCH_1, JUNE_1);
      assertThat(range.contains(MARCH_1)).isTrue();
      assertThat(range.contains(MARCH_1.minusDays(1))).isFalse();
      assertThat(range.contains(JUNE_1.minusDays(1))).isTrue();
      assertThat(range.contains(JUNE_1)).isFalse();
    }

    @Test
    void includesEveryDayAfterTheStartWhenOpenEnded() {
      DateRange range = DateRange.ofOpenEnded(MARCH_1);
      assertThat(range.contains(LocalDate.MAX)).isTrue();
      assertThat(range.contains(MARCH_1)).isTrue();
      assertThat(range.contains(MARCH_1.minusDays(1))).isFalse();
    }
  }

  @Nested
  class Overlaps {
    @Test
    void doesNotOverlapAnAdjacentRange() {
      DateRange oldHead = range("2019-03-01/2024-06-01");
      DateRange newHead = range("2024-06-01/..");
      assertThat(oldHead.overlaps(newHead)).isFalse();
      assertThat(newHead.overlaps(oldHead)).isFalse();
      assertThat(oldHead.intersection(newHead)).isEmpty();
    }

    @Test
    void overlapsBySharingOneDay() {
      DateRange a = range("2019-03-01/2024-06-02");
      DateRange b = range("2024-06-01/..");
      assertThat(a.overlaps(b)).isTrue();
      assertThat(b.overlaps(a)).isTrue();
      assertThat(a.intersection(b)).contains(range("2024-06-01/2024-06-02"));
    }

    @Test
    void intersectsClosedAndOpenEndedRanges() {
      DateRange closed = range("2020-01-01/2021-01-01");
      assertThat(closed.intersection(range("2020-06-01/..")))
          .contains(range("2020-06-01/2021-01-01"));
      assertThat(range("2020-06-01/..").intersection(closed))
          .contains(range("2020-06-01/2021-01-01"));
      assertThat(range("2019-01-01/..").intersection(range("2020-06-01/..")))
          .contains(range("2020-06-01/.."));
      assertThat(closed.intersection(range("2020-03-01/2020-04-01")))
          .contains(range("2020-03-01/2020-04-01"));
      assertThat(closed.intersection(closed)).contains(closed);
    }

    @Test
    void hasNoIntersectionWithADisjointRange() {
      assertThat(range("2020-01-01/2020-02-01").intersection(range("2021-01-01/.."))).isEmpty();
    }
  }

  @Nested
  class Text {
    @ParameterizedTest
    @ValueSource(strings = {"2019-03-01/2024-06-01", "2019-03-01/..", "2024-02-29/2024-03-01"})
    void roundTripsThroughToString(String text) {
      DateRange range = DateRange.parse(text);
      assertThat(range.toString()).isEqualTo(text);
      assertThat(DateRange.parse(range.toString())).isEqualTo(range);
    }

    @Test
    void writesOpenEndedRangesWithTwoDots() {
      assertThat(DateRange.ofOpenEnded(MARCH_1).toString()).isEqualTo("2019-03-01/..");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2019-03-01", "2019-03-01..2024-06-01", "2019-03-01 2024-06-01"})
    void rejectsTextWithoutASlash(String text) {
      assertInvalid("dateRange.format", () -> DateRange.parse(text));
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "2019-02-30/..",
          "x/..",
          "2019-03-01/",
          "/2019-03-01",
          "2019-03-01/...",
          "20190301/.."
        })
    void rejectsDatesThatAreNotIsoDates(String text) {
      assertInvalid("dateRange.date", () -> DateRange.parse(text));
    }

    @Test
    void rejectsAnEndNotAfterTheStart() {
      assertInvalid("endExclusive.afterStart", () -> DateRange.parse("2024-06-01/2024-06-01"));
      assertInvalid("endExclusive.afterStart", () -> DateRange.parse("2024-06-01/2019-03-01"));
    }
  }

  @Nested
  class Copies {
    @Test
    void returnsThisWhenTheEndIsUnchanged() {
      DateRange range = DateRange.of(MARCH_1, JUNE_1);
      assertThat(range.withEndExclusive(JUNE_1)).isSameAs(range);
      assertThat(range.withEndExclusive(JUNE_1.plusDays(1)).endExclusive())
          .contains(JUNE_1.plusDays(1));
      assertThat(DateRange.ofOpenEnded(MARCH_1).withEndExclusive(JUNE_1))
          .isEqualTo(DateRange.of(MARCH_1, JUNE_1));
      assertInvalid("endExclusive.afterStart", () -> range.withEndExclusive(MARCH_1));
    }
  }

  @Nested
  class Equality {
    @Test
    void equalsByStartAndEnd() {
      assertThat(range("2019-03-01/2024-06-01"))
          .isEqualTo(DateRange.of(MARCH_1, JUNE_1))
          .hasSameHashCodeAs(DateRange.of(MARCH_1, JUNE_1))
          .isNotEqualTo(range("2019-03-01/.."))
          .isNotEqualTo(range("2019-03-02/2024-06-01"));
      assertThat(range("2019-03-01/..")).isEqualTo(DateRange.ofOpenEnded(MARCH_1));
    }
  }

  @Nested
  class JavaSerialization {
    /**
     * {@code DateRange.of(2020-01-01, 2021-01-01)} as written by {@code ObjectOutputStream} when
     * the class was {@code Serializable} (0.1.0 development builds): the end is written first, then
     * the start, each as {@code java.time.Ser} with the year in bytes {@code 07 e5} and {@code 07
     * e4}.
     */
    static final String WRITTEN =
        "rO0ABXNyACdvcmcuY29tbXVuaXR5Z292Lm1vZGVsLmNvbW1vbi5EYXRlUmFuZ2UAAAAAAAAAAQIAAkwAA2VuZHQAFUxq"
            + "YXZhL3RpbWUvTG9jYWxEYXRlO0wABXN0YXJ0cQB+AAF4cHNyAA1qYXZhLnRpbWUuU2VylV2EuhsiSLIMAAB4"
            + "cHcHAwAAB+UBAXhzcQB+AAN3BwMAAAfkAQF4";

    /**
     * The stream with the end's year changed from 2021 to 2019: a range that ends before it starts.
     */
    static byte[] tampered() {
      byte[] bytes = java.util.Base64.getDecoder().decode(WRITTEN);
      byte[] end2021 = {3, 0, 0, 7, (byte) 0xe5, 1, 1};
      for (int i = 0; i + end2021.length <= bytes.length; i++) {
        if (java.util.Arrays.equals(bytes, i, i + end2021.length, end2021, 0, end2021.length)) {
          bytes[i + 4] = (byte) 0xe3;
          return bytes;
        }
      }
      throw new AssertionError("the end date is not in the stream");
    }

    @Test
    void aTamperedStreamCannotMakeARangeThatEndsBeforeItStarts() {
      byte[] stream = tampered();

      Object read;
      try (java.io.ObjectInputStream in =
          new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(stream))) {
        read = in.readObject();
      } catch (java.io.InvalidClassException e) {
        return; // not Serializable: nothing is made
      } catch (Exception e) {
        throw new AssertionError("unexpected " + e, e);
      }
      DateRange range = (DateRange) read;
      assertThat(range.endExclusive().orElseThrow())
          .as("a deserialized range ends after it starts")
          .isAfter(range.start());
    }

    @Test
    void isNotOffered() {
      assertThat(java.io.Serializable.class.isAssignableFrom(DateRange.class)).isFalse();
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () ->
                  new java.io.ObjectOutputStream(new java.io.ByteArrayOutputStream())
                      .writeObject(DateRange.ofOpenEnded(LocalDate.of(2024, 6, 1))))
          .isInstanceOf(java.io.NotSerializableException.class);
    }
  }
}
