package org.communitygov.api.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.communitygov.api.json.CommunityGovMappers;
import org.communitygov.api.json.NumberOutOfRangeException;
import org.communitygov.rules.engine.Fact;
import org.communitygov.rules.engine.Facts;

/**
 * Reads the input of {@code evaluate}: a JSON object whose properties are the rule's facts, as in a
 * rule case's {@code input} (a scalar as its text; an object or array, such as a household, as
 * JSON).
 */
final class FactsFile {
  private static final JsonMapper JSON = CommunityGovMappers.strict();

  private FactsFile() {}

  static Facts read(String input, InputStream stdin) throws UnreadableInput {
    JsonNode root;
    try {
      if ("-".equals(input)) {
        root = JSON.readTree(stdin);
      } else {
        Path path = path(input);
        try (InputStream in = Files.newInputStream(path)) {
          root = JSON.readTree(in);
        }
      }
    } catch (NumberOutOfRangeException e) {
      // A number BigDecimal cannot hold (1e2147483648).
      throw new UnreadableInput(input, "read.badNumber");
    } catch (JacksonException e) {
      // Only the location: a parse error's message may quote personal data.
      throw new UnreadableInput(input, "read.notJson");
    } catch (IOException e) {
      throw new UnreadableInput(input, e);
    }
    if (root == null || !root.isObject()) {
      throw new UnreadableInput(input, "read.notFacts");
    }
    List<Fact> facts = new ArrayList<>();
    root.properties()
        .forEach(
            e -> {
              if (!e.getValue().isNull()) { // null is an absent fact
                facts.add(
                    Fact.of(
                        e.getKey(),
                        e.getValue().isContainerNode()
                            ? e.getValue().toString()
                            : e.getValue().asText()));
              }
            });
    return Facts.of(facts);
  }

  private static Path path(String input) throws UnreadableInput {
    try {
      Path path = Path.of(input);
      if (Files.isDirectory(path)) {
        throw new UnreadableInput(input, "read.directory");
      }
      return path;
    } catch (InvalidPathException e) {
      throw new UnreadableInput(input, "read.badPath");
    }
  }
}
