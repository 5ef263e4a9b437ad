package org.communitygov.api.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** One validator, many threads: each validation gets the report it would get alone. */
@Timeout(60)
class ConcurrentValidationTest {
  @Test
  void oneInstanceServesManyThreadsAtOnce() throws Exception {
    String bad = Documents.PERSON.replace("\"sex\":\"FEMALE\"", "\"sex\":\"F\"");
    List<String> documents = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String[] records = new String[50];
      for (int r = 0; r < records.length; r++) {
        String person = r % (i % 5 + 2) == 0 ? bad : Documents.PERSON;
        records[r] = person.replace("\"P1\"", "\"P" + r + "\"");
      }
      documents.add(i % 2 == 0 ? Documents.persons(records) : Documents.ndjson("PERSONS", records));
    }
    List<String> alone = new ArrayList<>();
    for (String document : documents) {
      alone.add(Documents.VALIDATOR.validate(new StringReader(document)).toJson());
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> together = new ArrayList<>();
      for (String document : documents) {
        together.add(
            pool.submit(() -> Documents.VALIDATOR.validate(new StringReader(document)).toJson()));
      }
      for (int i = 0; i < documents.size(); i++) {
        assertThat(together.get(i).get()).as("document %d", i).isEqualTo(alone.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(alone).anySatisfy(json -> assertThat(json).contains("record.value.enum"));
  }
}
