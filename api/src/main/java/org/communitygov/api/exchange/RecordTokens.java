package org.communitygov.api.exchange;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Copies one record's tokens from the document's parser into a {@link TokenBuffer}, within the
 * record length limit, noting on the way what the fast bind cannot be trusted with: a property name
 * repeated in its object, or a member that is {@code null}. The record's top-level {@code id}
 * string is kept for the duplicate check. Past the limit the copy stops and the rest of the record
 * is skipped, so memory stays bounded by the limit.
 *
 * <p>A token buffer is cheaper to fill and to bind from than a tree; the tree is built from it only
 * for a record that needs the slow path (ADR 0012). Not thread-safe; one per validation, reused for
 * each record.
 */
final class RecordTokens {
  /** Above this many names, an object's names go into a hash set instead of a list. */
  private static final int SMALL = 16;

  private final long maxLength;
  private final List<Names> names = new ArrayList<>();
  private TokenBuffer buffer;
  private boolean tooLong;
  private boolean suspect;
  private String id;
  private Optional<String> numberBeyond = Optional.empty();

  RecordTokens(long maxLength) {
    this.maxLength = maxLength;
  }

  /**
   * Copies the value whose first token is the parser's current token; leaves the parser on its last
   * token.
   *
   * @return false if the value is longer than the limit (nothing is kept)
   */
  boolean copy(JsonParser p) throws IOException {
    long start = offset(p);
    buffer = new TokenBuffer(p);
    buffer.forceUseOfBigDecimal(true);
    tooLong = false;
    suspect = false;
    id = null;
    numberBeyond = Optional.empty();
    String base = NumberRange.base(p);
    boolean idNext = false;
    int depth = 0;
    for (JsonToken token = p.currentToken(); ; token = p.nextToken()) {
      if (!tooLong && offset(p) - start > maxLength) {
        tooLong = true;
        buffer = null;
      }
      switch (token) {
        case START_OBJECT -> names(++depth).clear();
        case START_ARRAY -> depth++;
        case END_OBJECT, END_ARRAY -> depth--;
        case FIELD_NAME -> {
          String name = p.currentName();
          suspect |= !tooLong && !names(depth).add(name);
          idNext = depth == 1 && id == null && name.equals("id");
        }
        case VALUE_NULL -> suspect |= p.getParsingContext().inObject();
        case VALUE_STRING -> {
          if (idNext && depth == 1) {
            id = p.getText();
          }
        }
        case VALUE_NUMBER_FLOAT -> {
          if (numberBeyond.isEmpty() && NumberRange.beyond(p)) {
            // Copying it would convert it to a BigDecimal, which fails.
            numberBeyond = Optional.of(NumberRange.pointer(p, base));
          }
        }
        default -> {}
      }
      if (token != JsonToken.FIELD_NAME) {
        idNext = false;
      }
      if (!tooLong && numberBeyond.isEmpty()) {
        buffer.copyCurrentEvent(p);
      }
      if (depth == 0) {
        return !tooLong;
      }
    }
  }

  /**
   * The pointer, relative to the record, of its first number whose exponent is beyond {@link
   * NumberRange}; the record's copy is then incomplete and must not be checked.
   */
  Optional<String> numberBeyond() {
    return numberBeyond;
  }

  /** Whether the fast bind must be skipped: a repeated name or a null member. */
  boolean suspect() {
    return suspect;
  }

  /** A parser over the copied record, before its first token. */
  JsonParser parser() {
    return buffer.asParser();
  }

  /** The record's top-level {@code id}, if it is a string. */
  Optional<String> id() {
    return Optional.ofNullable(id);
  }

  private Names names(int depth) {
    while (names.size() <= depth) {
      names.add(new Names());
    }
    return names.get(depth);
  }

  /** The character offset of the current token, without allocating a location where possible. */
  static long offset(JsonParser p) {
    return p instanceof ParserBase base
        ? base.getTokenCharacterOffset()
        : p.currentTokenLocation().getCharOffset();
  }

  /** The names of one open object: a short list, or a set once it is long. */
  private static final class Names {
    private final String[] small = new String[SMALL];
    private int size;
    private Set<String> large;

    void clear() {
      size = 0;
      large = null;
    }

    /** Adds a name; false if the object already has it. */
    boolean add(String name) {
      if (large != null) {
        return large.add(name);
      }
      for (int i = 0; i < size; i++) {
        if (small[i].equals(name)) {
          return false;
        }
      }
      if (size < SMALL) {
        small[size++] = name;
        return true;
      }
      large = new HashSet<>(java.util.Arrays.asList(small));
      return large.add(name);
    }
  }
}
