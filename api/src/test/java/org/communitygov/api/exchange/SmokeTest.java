package org.communitygov.api.exchange;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SmokeTest {
  @Test
  void smoke() throws Exception {
    ExchangeValidator validator = ExchangeValidator.builder().build();
    for (String f : new String[] {"hepingli-community.json", "hepingli-households.json"}) {
      ValidationReport report = validator.validate(Path.of("..", "docs", "examples", f));
      System.out.println(report.toText(Locale.ENGLISH));
    }
    String bad =
        "{\"$schema\":\"https://communitygov.org/schema/exchange/1.0/persons.schema.json\",\"kind\":\"PERSONS\",\"version\":\"1.0\",\"issuer\":{\"name\":\"x\"},\"issuedAt\":\"2026-11-20T09:30:00+08:00\",\"records\":[{\"id\":\"P1\",\"name\":\" \",\"citizenId\":\"500103194103150223\",\"birthDate\":\"1941-02-30\",\"sex\":\"FEMALX\",\"hukou\":\"LOCAL\",\"foo\":1}, {\"id\":\"P1\",\"name\":\"a\",\"birthDate\":\"1941-02-03\",\"sex\":\"FEMALE\",\"hukou\":\"LOCAL\",\"disability\":{\"category\":\"PHYSICAL\",\"grade\":9}}]}";
    ValidationReport report = validator.validate(new java.io.StringReader(bad));
    System.out.println(report.toJson());
  }
}
