package org.communitygov.api.exchange;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import org.communitygov.api.json.CommunityGovMappers;

/**
 * Turns a failure to read the JSON text into an issue: bad encoding, a broken limit, a truncated
 * document, any other syntax error. Never reads the exception's message for the report (Jackson
 * quotes the offending input there), only for telling which limit was broken. Rethrows a real I/O
 * failure.
 */
final class ReadFailures {
  private ReadFailures() {}

  /**
   * Reports the failure.
   *
   * @param line the line to report, or 0 to take the parser's
   * @throws IOException if the failure is not about the text but about reading it
   */
  static void report(IOException e, IssueSink sink, long line, long record) throws IOException {
    long at = line > 0 ? line : lineOf(e);
    if (e instanceof CharacterCodingException) {
      sink.add(Severity.ERROR, "json.encoding", "", record, at, Args.of());
    } else if (e instanceof StreamConstraintsException) {
      limit(e.getMessage() == null ? "" : e.getMessage(), sink, at, record);
    } else if (e instanceof JsonEOFException) {
      sink.add(Severity.ERROR, "json.truncated", "", record, at, Args.of());
    } else if (e instanceof JsonProcessingException) {
      sink.add(Severity.ERROR, "json.syntax", "", record, at, Args.of());
    } else {
      throw e;
    }
  }

  private static void limit(String message, IssueSink sink, long line, long record) {
    String code;
    long limit;
    if (message.contains("getMaxNestingDepth")) {
      code = "json.limit.nesting";
      limit = CommunityGovMappers.MAX_NESTING_DEPTH;
    } else if (message.contains("getMaxNumberLength")) {
      code = "json.limit.number";
      limit = CommunityGovMappers.MAX_NUMBER_LENGTH;
    } else if (message.contains("getMaxNameLength")) {
      code = "json.limit.name";
      limit = CommunityGovMappers.MAX_NAME_LENGTH;
    } else {
      code = "json.limit.string";
      limit = CommunityGovMappers.MAX_STRING_LENGTH;
    }
    sink.add(Severity.ERROR, code, "", record, line, Args.of("limit", limit));
  }

  private static long lineOf(IOException e) {
    if (e instanceof JsonProcessingException processing) {
      JsonLocation location = processing.getLocation();
      if (location != null && location.getLineNr() > 0) {
        return location.getLineNr();
      }
    }
    return 0;
  }
}
