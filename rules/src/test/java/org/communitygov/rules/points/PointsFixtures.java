package org.communitygov.rules.points;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.communitygov.model.points.Scheme;
import org.communitygov.rules.ledger.Ledger;
import org.communitygov.rules.ledger.MemoryLedgerStore;

/** Schemes and ledgers for the points tests. */
final class PointsFixtures {
  static final JsonMapper JSON =
      JsonMapper.builder()
          .addModule(new Jdk8Module())
          .addModule(new JavaTimeModule())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  /** The Hepingli example of docs/examples/volunteers. */
  static final Path HEPINGLI =
      Path.of("..", "docs", "examples", "volunteers", "points-hepingli-scheme.json");

  private PointsFixtures() {}

  /** A scheme of {@code src/test/resources/points/schemes/}, or the Hepingli example. */
  static Scheme scheme(String name) {
    try {
      if (name.equals("hepingli")) {
        return JSON.readValue(Files.readAllBytes(HEPINGLI), Scheme.class);
      }
      try (InputStream in =
          PointsFixtures.class.getResourceAsStream("/points/schemes/" + name + ".json")) {
        if (in == null) {
          throw new IllegalArgumentException("no scheme " + name);
        }
        return JSON.readValue(in, Scheme.class);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A ledger in memory for a scheme, whose today is 2030-12-31. */
  static Ledger ledger(Scheme scheme) {
    return Ledger.open(
        PointsBook.ledgerId(scheme),
        new MemoryLedgerStore(),
        Clock.fixed(Instant.parse("2030-12-31T00:00:00Z"), ZoneOffset.UTC));
  }

  static PointsBook book(String name) {
    Scheme scheme = scheme(name);
    return PointsBook.open(scheme, ledger(scheme));
  }

  /** The same service, organised by O1 and met by a complaint (which voids its activity). */
  static ServiceRecordInput complainedOf(ServiceRecordInput r) {
    return new ServiceRecordInput(
        r.record(),
        r.activity(),
        r.member(),
        r.date(),
        r.hours(),
        "O1",
        Evaluation.COMPLAINT,
        false);
  }
}
