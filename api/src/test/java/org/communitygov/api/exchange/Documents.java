package org.communitygov.api.exchange;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

/** Builds small exchange documents for tests. */
final class Documents {
  static final ExchangeValidator VALIDATOR = ExchangeValidator.builder().build();

  static final String PERSON =
      "{\"id\":\"P1\",\"name\":\"王秀英\",\"citizenId\":\"500103194103150222\","
          + "\"birthDate\":\"1941-03-15\",\"sex\":\"FEMALE\",\"hukou\":\"LOCAL\"}";

  private Documents() {}

  static String header(String kind) {
    return header(kind, "1.0");
  }

  static String header(String kind, String version) {
    return "\"$schema\":\"https://communitygov.org/schema/exchange/"
        + version
        + "/"
        + kind.toLowerCase(java.util.Locale.ROOT)
        + ".schema.json\",\"kind\":\""
        + kind
        + "\",\"version\":\""
        + version
        + "\",\"issuer\":{\"name\":\"和平里社区居民委员会\"},\"issuedAt\":\"2026-11-20T09:30:00+08:00\"";
  }

  static String envelope(String kind, String... records) {
    return "{" + header(kind) + ",\"records\":[" + String.join(",", records) + "]}";
  }

  static String persons(String... records) {
    return envelope("PERSONS", records);
  }

  static String ndjson(String kind, String... records) {
    return "{" + header(kind) + "}\n" + String.join("\n", records) + "\n";
  }

  static ValidationReport validate(String document) throws IOException {
    return VALIDATOR.validate(new StringReader(document));
  }

  static List<String> codes(ValidationReport report) {
    return report.issues().stream().map(ValidationIssue::code).toList();
  }
}
