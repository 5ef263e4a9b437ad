package org.communitygov.api.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class TextInputTest {
  static final byte[] DOCUMENT =
      Documents.persons(Documents.PERSON).getBytes(StandardCharsets.UTF_8);
  static final byte[] NDJSON =
      Documents.ndjson("PERSONS", Documents.PERSON).getBytes(StandardCharsets.UTF_8);

  static final ExchangeValidator ENVELOPE =
      ExchangeValidator.builder().format(ExchangeFormat.ENVELOPE).build();

  static ValidationReport validate(ExchangeFormat format, byte[] bytes) throws IOException {
    ExchangeValidator validator = format == ExchangeFormat.AUTO ? Documents.VALIDATOR : ENVELOPE;
    return validator.validate(new ByteArrayInputStream(bytes));
  }

  @Nested
  class AnInputCutInsideAUtf8Sequence {
    @Test
    void isJsonEncodingWhenTheFormatIsDetectedFromContent() throws IOException {
      byte[] chinese = "{\"a\":\"王".getBytes(StandardCharsets.UTF_8);
      byte[] cut = Arrays.copyOf(chinese, chinese.length - 1);
      assertThat(Documents.codes(validate(ExchangeFormat.AUTO, cut)))
          .containsExactly("json.encoding");
    }

    @TestFactory
    Stream<DynamicTest> isAnIssueAtEveryCutOfAnEnvelopeAndOfNdjson() {
      return Stream.of(DOCUMENT, NDJSON)
          .flatMap(
              document ->
                  IntStream.range(1, document.length)
                      .mapToObj(
                          n ->
                              DynamicTest.dynamicTest(
                                  (document == NDJSON ? "NDJSON" : "envelope") + " cut at " + n,
                                  () -> assertCutIsReported(document, n))));
    }

    private void assertCutIsReported(byte[] document, int length) throws IOException {
      byte[] cut = Arrays.copyOf(document, length);
      boolean insideASequence = (document[length] & 0xC0) == 0x80;
      for (ExchangeFormat format : List.of(ExchangeFormat.AUTO, ExchangeFormat.ENVELOPE)) {
        List<String> codes = Documents.codes(validate(format, cut));
        if (insideASequence) {
          assertThat(codes).as("%s, %d bytes", format, length).contains("json.encoding");
        } else if (document == DOCUMENT) {
          assertThat(codes).as("%s, %d bytes", format, length).isNotEmpty();
        }
      }
    }
  }
}
