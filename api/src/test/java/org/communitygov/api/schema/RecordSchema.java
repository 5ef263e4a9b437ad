package org.communitygov.api.schema;

import java.util.List;
import org.communitygov.model.community.Community;
import org.communitygov.model.household.Household;
import org.communitygov.model.household.Person;

/**
 * One record kind of exchange 1.0 and its two schemas: the record's and the envelope's.
 *
 * @param record the record schema's name, such as {@code household}
 * @param envelope the envelope schema's name and the kind in lower case, such as {@code households}
 * @param type the model type of one record
 * @param title the record's title in the schema
 */
record RecordSchema(String record, String envelope, Class<?> type, String title) {
  /** The base of every schema identity of exchange 1.0. */
  static final String BASE = "https://communitygov.org/schema/exchange/1.0/";

  /** The record kinds of exchange 1.0. */
  static final List<RecordSchema> ALL =
      List.of(
          new RecordSchema("community", "communities", Community.class, "Community (社区 / 建制村)"),
          new RecordSchema("household", "households", Household.class, "Household (户)"),
          new RecordSchema("person", "persons", Person.class, "Person (居民 / 村民)"));

  String recordFile() {
    return record + ".schema.json";
  }

  String envelopeFile() {
    return envelope + ".schema.json";
  }

  String recordId() {
    return BASE + recordFile();
  }

  String envelopeId() {
    return BASE + envelopeFile();
  }

  /** The envelope's {@code kind}, such as {@code HOUSEHOLDS}. */
  String kind() {
    return envelope.toUpperCase(java.util.Locale.ROOT);
  }
}
