package org.communitygov.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.communitygov.api.json.CommunityGovMappers;
import org.communitygov.model.household.Household;

/** Exchange documents of generated households ({@link HouseholdGenerator}), as text. */
final class HouseholdDocuments {
  /** The seed of every benchmark's households. */
  static final long SEED = 20261123L;

  /** The households in the in-memory benchmark documents. */
  static final int COUNT = 1_000;

  static final String HEADER =
      "\"$schema\":\"https://communitygov.org/schema/exchange/1.0/households.schema.json\","
          + "\"kind\":\"HOUSEHOLDS\",\"version\":\"1.0\","
          + "\"issuer\":{\"name\":\"和平里社区居民委员会\",\"divisionCode\":\"500103003001\"},"
          + "\"issuedAt\":\"2026-11-20T09:30:00+08:00\"";

  private static final ObjectWriter WRITER = CommunityGovMappers.strict().writer();

  private HouseholdDocuments() {}

  /** One household as one line of compact JSON. */
  static String json(Household household) {
    try {
      return WRITER.writeValueAsString(household);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String envelope(long seed, int count) {
    HouseholdGenerator generator = new HouseholdGenerator(seed);
    StringBuilder out = new StringBuilder("{").append(HEADER).append(",\"records\":[");
    for (int i = 0; i < count; i++) {
      out.append(i == 0 ? "" : ",").append(json(generator.next(i)));
    }
    return out.append("]}").toString();
  }

  static String ndjson(long seed, int count) {
    java.io.StringWriter out = new java.io.StringWriter();
    try {
      writeNdjson(seed, count, Long.MAX_VALUE, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Writes NDJSON: the header line, then households until {@code count} records or {@code maxChars}
   * characters, whichever comes first.
   *
   * @return the number of households written
   */
  static long writeNdjson(long seed, long count, long maxChars, Writer out) throws IOException {
    HouseholdGenerator generator = new HouseholdGenerator(seed);
    String header = "{" + HEADER + "}\n";
    out.write(header);
    long chars = header.length();
    long written = 0;
    while (written < count && chars < maxChars) {
      String line = json(generator.next(written)) + "\n";
      out.write(line);
      chars += line.length();
      written++;
    }
    return written;
  }
}
