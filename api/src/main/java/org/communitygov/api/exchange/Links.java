package org.communitygov.api.exchange;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * What one record brings to the checks between the records of a document (ADR 0062): the keys it
 * declares, the references it makes, and the values it shares with every other record. Pointers are
 * relative to the record. Made by a {@link LinkDeclaration} of the record's kind.
 *
 * @param keys the identifiers the record declares, each in a target kind such as {@code order}
 * @param references the identifiers of other records it refers to
 * @param shared values that must be the same in every record of the document
 */
record Links(List<Key> keys, List<Reference> references, List<Shared> shared) {
  /** A record that takes no part. */
  static final Links NONE = new Links(List.of(), List.of(), List.of());

  Links {
    keys = List.copyOf(keys);
    references = List.copyOf(references);
    shared = List.copyOf(shared);
  }

  boolean isEmpty() {
    return keys.isEmpty() && references.isEmpty() && shared.isEmpty();
  }

  /**
   * An identifier a record declares.
   *
   * @param target the kind of thing identified, such as {@code order}
   * @param id the identifier
   * @param pointer where it is written
   * @param window when a record that refers to it may happen
   * @param value a value of the declaring record that references may have to share ({@link Same}),
   *     such as an account's unit; empty if none
   */
  record Key(String target, String id, String pointer, Window window, Optional<String> value) {
    /** A key without a value to share. */
    Key(String target, String id, String pointer, Window window) {
      this(target, id, pointer, window, Optional.empty());
    }
  }

  /**
   * A reference to another record's key.
   *
   * @param target the kind of thing referred to
   * @param id the identifier referred to
   * @param pointer where it is written
   * @param unresolved the severity of a reference to a key the document does not declare
   * @param span when the referring record happens, to lie within the key's window
   * @param same a value the referring record must share with the key's ({@link Key#value()}), if
   *     any
   */
  record Reference(
      String target,
      String id,
      String pointer,
      Severity unresolved,
      Window span,
      Optional<Same> same) {
    /** A reference that shares no value with its key. */
    Reference(String target, String id, String pointer, Severity unresolved, Window span) {
      this(target, id, pointer, unresolved, span, Optional.empty());
    }
  }

  /**
   * A value a referring record must share with the record it refers to, such as a posting's unit
   * with its account's: a key with another value is {@code reference.value.differs}.
   *
   * @param property its name in messages, such as {@code unit}
   * @param value the referring record's value
   * @param pointer where it is written
   */
  record Same(String property, String value, String pointer) {}

  /**
   * A value the whole document shares, such as the currency of a catalogue.
   *
   * @param property its name in messages, such as {@code currency}
   * @param value the value
   * @param pointer where it is written
   */
  record Shared(String property, String value, String pointer) {}

  /**
   * A closed interval of time in microseconds since the epoch (saturated at the ends of {@code
   * long}); {@link #ALWAYS} is unbounded, {@link #NEVER} empty.
   *
   * @param from the first microsecond
   * @param to the last microsecond
   */
  record Window(long from, long to) {
    static final Window ALWAYS = new Window(Long.MIN_VALUE, Long.MAX_VALUE);
    static final Window NEVER = new Window(Long.MAX_VALUE, Long.MIN_VALUE);

    static Window of(Instant from, Instant to) {
      return new Window(micros(from), micros(to));
    }

    static Window at(Instant instant) {
      return of(instant, instant);
    }

    static Window from(Instant from) {
      return new Window(micros(from), Long.MAX_VALUE);
    }

    boolean contains(Window span) {
      return span.from >= from && span.to <= to;
    }

    /** The window as an ISO 8601 interval, {@code ..} for an open end, {@code none} if empty. */
    String text() {
      if (from > to) {
        return "none";
      }
      return end(from, Long.MIN_VALUE) + "/" + end(to, Long.MAX_VALUE);
    }

    private static String end(long micros, long open) {
      return micros == open ? ".." : Instant.EPOCH.plus(micros, ChronoUnit.MICROS).toString();
    }

    static long micros(Instant instant) {
      try {
        return Math.addExact(
            Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1000);
      } catch (ArithmeticException e) {
        return instant.getEpochSecond() < 0 ? Long.MIN_VALUE + 1 : Long.MAX_VALUE - 1;
      }
    }
  }
}
