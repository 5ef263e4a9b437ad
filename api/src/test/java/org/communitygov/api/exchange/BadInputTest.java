package org.communitygov.api.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communitygov.api.exchange.Documents.codes;
import static org.communitygov.api.exchange.Documents.header;
import static org.communitygov.api.exchange.Documents.persons;
import static org.communitygov.api.exchange.Documents.validate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile inputs: each ends as issues with codes. Time is bounded by {@code @Timeout}, a generous
 * guard rather than a measurement; memory by the small heap every api test runs with ({@code
 * -Xmx128m} in {@code api/pom.xml}), which a 100 MB string held whole would exceed.
 */
@Timeout(60)
class BadInputTest {
  static ValidationReport bytes(byte[] input) throws IOException {
    return Documents.VALIDATOR.validate(new ByteArrayInputStream(input));
  }

  static ValidationReport stream(InputStream input) throws IOException {
    return Documents.VALIDATOR.validate(input);
  }

  @Nested
  class NotJsonAtAll {
    @Test
    void anEmptyInputIsJsonEmpty() throws IOException {
      ValidationReport report = bytes(new byte[0]);
      assertThat(report.isValid()).isFalse();
      assertThat(codes(report)).containsExactly("json.empty");
    }

    @Test
    void whitespaceOnlyIsJsonEmpty() throws IOException {
      assertThat(codes(validate("  \n\t "))).containsExactly("json.empty");
    }

    @Test
    void textIsJsonSyntax() throws IOException {
      assertThat(codes(validate("这不是 JSON"))).containsExactly("json.syntax");
    }

    @Test
    void aTruncatedDocumentIsJsonTruncated() throws IOException {
      String whole = persons(Documents.PERSON);
      ValidationReport report = validate(whole.substring(0, whole.length() - 30));
      assertThat(codes(report)).contains("json.truncated").doesNotContain("json.syntax");
      assertThat(report.isValid()).isFalse();
    }

    @Test
    void invalidUtf8IsJsonEncoding() throws IOException {
      byte[] head =
          ("{" + header("PERSONS") + ",\"records\":[{\"name\":\"").getBytes(StandardCharsets.UTF_8);
      byte[] input = new byte[head.length + 4];
      System.arraycopy(head, 0, input, 0, head.length);
      input[head.length] = (byte) 0xC3;
      input[head.length + 1] = (byte) 0x28;
      input[head.length + 2] = '"';
      input[head.length + 3] = '}';
      assertThat(codes(bytes(input))).contains("json.encoding");
    }

    @Test
    void trailingGarbageIsJsonTrailing() throws IOException {
      ValidationReport report = validate(persons(Documents.PERSON) + " garbage");
      assertThat(codes(report)).contains("json.trailing");
      assertThat(report.isValid()).isFalse();
    }

    @Test
    void aSecondDocumentAfterTheFirstIsJsonTrailing() throws IOException {
      ValidationReport report =
          Documents.VALIDATOR.validate(
              new java.io.StringReader(persons(Documents.PERSON) + "\n{}"));
      assertThat(codes(report)).contains("json.trailing");
    }
  }

  @Nested
  class AByteOrderMark {
    final byte[] withBom = ("\uFEFF" + persons(Documents.PERSON)).getBytes(StandardCharsets.UTF_8);

    @Test
    void isAnErrorInStrictMode() throws IOException {
      ValidationReport report = bytes(withBom);
      assertThat(report.issues())
          .singleElement()
          .satisfies(
              i -> {
                assertThat(i.code()).isEqualTo("json.bom");
                assertThat(i.severity()).isEqualTo(Severity.ERROR);
              });
      assertThat(report.recordsRead()).isEqualTo(1);
    }

    @Test
    void isAWarningInLenientMode() throws IOException {
      ExchangeValidator lenient = ExchangeValidator.builder().mode(ValidationMode.LENIENT).build();
      ValidationReport report = lenient.validate(new ByteArrayInputStream(withBom));
      assertThat(report.isValid()).isTrue();
      assertThat(report.issues())
          .singleElement()
          .extracting(ValidationIssue::severity)
          .isEqualTo(Severity.WARNING);
    }
  }

  @Nested
  class BrokenLimits {
    @Test
    void nesting10000DeepIsJsonLimitNesting() throws IOException {
      String deep = "[".repeat(10_000) + "]".repeat(10_000);
      ValidationReport report = validate(persons("{\"name\":" + deep + "}"));
      assertThat(codes(report)).containsExactly("json.limit.nesting");
      assertThat(report.issues().get(0).arguments()).containsEntry("limit", "64");
    }

    @Test
    void aHundredMegabyteStringIsJsonLimitString() throws IOException {
      InputStream input =
          GeneratedInput.repeating(
              "{" + header("PERSONS") + ",\"records\":[{\"name\":\"",
              100L * 1024 * 1024,
              (byte) 'a',
              "\"}]}");
      ValidationReport report = stream(input);
      assertThat(codes(report)).containsExactly("json.limit.string");
    }

    @Test
    void aHundredMegabyteStringInAnNdjsonLineIsRecordLimitLength() throws IOException {
      InputStream input =
          GeneratedInput.repeating(
              "{" + header("PERSONS") + "}\n{\"name\":\"",
              100L * 1024 * 1024,
              (byte) 'a',
              "\"}\n" + Documents.PERSON + "\n");
      ValidationReport report =
          ExchangeValidator.builder().format(ExchangeFormat.NDJSON).build().validate(input);
      assertThat(codes(report)).containsExactly("record.limit.length");
      assertThat(report.recordsRead()).isEqualTo(2);
    }

    @Test
    void aNumberOfAMillionDigitsIsJsonLimitNumber() throws IOException {
      InputStream input =
          GeneratedInput.repeating(
              "{" + header("PERSONS") + ",\"records\":[{\"name\":", 1_000_000, (byte) '7', "}]}");
      ValidationReport report = stream(input);
      assertThat(report.isValid()).isFalse();
      assertThat(codes(report)).singleElement().asString().startsWith("json.limit.");
    }

    @Test
    void aRecordLongerThanTheLimitIsSkippedAndTheNextIsChecked() throws IOException {
      ExchangeValidator small = ExchangeValidator.builder().maxRecordLength(1024).build();
      String big = "{\"name\":\"" + "a".repeat(2000) + "\"}";
      String bad = Documents.PERSON.replace("\"sex\":\"FEMALE\"", "\"sex\":\"F\"");
      ValidationReport report = small.validate(new java.io.StringReader(persons(big, bad)));
      assertThat(codes(report)).containsExactly("record.limit.length", "record.value.enum");
      assertThat(report.issues().get(0).pointer()).isEqualTo("/records/0");
      assertThat(report.recordsRead()).isEqualTo(2);
    }
  }

  @Nested
  class WrongShapes {
    @Test
    void duplicateKeysAreReportedWithTheirPointer() throws IOException {
      String person = Documents.PERSON.replace("{\"id\":\"P1\",", "{\"id\":\"P1\",\"id\":\"P2\",");
      ValidationReport report = validate(persons(person));
      assertThat(report.issues())
          .singleElement()
          .satisfies(
              i -> {
                assertThat(i.code()).isEqualTo("json.key.duplicate");
                assertThat(i.pointer()).isEqualTo("/records/0/id");
              });
    }

    @Test
    void aDuplicateEnvelopeMemberIsReported() throws IOException {
      String doc =
          persons(Documents.PERSON).replace("{\"$schema\"", "{\"kind\":\"PERSONS\",\"$schema\"");
      assertThat(codes(validate(doc))).containsExactly("json.key.duplicate");
    }

    @Test
    void aRootArrayIsEnvelopeValueType() throws IOException {
      ValidationReport report = validate("[1, 2]");
      assertThat(codes(report)).containsExactly("envelope.value.type");
      assertThat(report.issues().get(0).arguments()).containsEntry("expected", "object");
    }

    @Test
    void aRootStringIsEnvelopeValueType() throws IOException {
      assertThat(codes(validate("\"records\""))).containsExactly("envelope.value.type");
    }

    @Test
    void recordsThatAreNotAnArrayAreEnvelopeValueType() throws IOException {
      ValidationReport report = validate("{" + header("PERSONS") + ",\"records\":{}}");
      assertThat(report.issues())
          .singleElement()
          .satisfies(
              i -> {
                assertThat(i.code()).isEqualTo("envelope.value.type");
                assertThat(i.pointer()).isEqualTo("/records");
              });
    }
  }

  @Nested
  class AnInputThatCannotBeRead {
    @Test
    void aMissingFileThrowsNoSuchFileException(@TempDir Path dir) {
      assertThatThrownBy(() -> Documents.VALIDATOR.validate(dir.resolve("absent.json")))
          .isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void anUnreadableFileThrowsAccessDeniedException(@TempDir Path dir) throws IOException {
      Path file = Files.writeString(dir.resolve("secret.json"), "{}");
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
      org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(file), "running as root");
      assertThatThrownBy(() -> Documents.VALIDATOR.validate(file))
          .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aFailingStreamThrowsItsIoException() {
      InputStream failing =
          new InputStream() {
            @Override
            public int read() throws IOException {
              throw new IOException("disk gone");
            }
          };
      assertThatThrownBy(() -> Documents.VALIDATOR.validate(failing))
          .isInstanceOf(IOException.class)
          .hasMessage("disk gone");
    }
  }
}
