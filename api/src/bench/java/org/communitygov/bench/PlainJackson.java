package org.communitygov.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The baseline mapper of the benchmarks: plain Jackson, a fresh {@code JsonMapper} with {@code
 * JavaTimeModule}, dates written as text and {@code null}s omitted (so that it writes the same JSON
 * as the strict mapper), and nothing else: default factory, no limits beyond Jackson's defaults, no
 * duplicate-key detection, no checks.
 */
final class PlainJackson {
  private PlainJackson() {}

  /** Returns a new baseline mapper. */
  static JsonMapper mapper() {
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .serializationInclusion(JsonInclude.Include.NON_NULL)
        .build();
  }
}
