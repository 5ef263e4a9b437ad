package org.communitygov.rules.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** The parameter files communitygov ships, loaded once when first used. */
final class ShippedParameters {
  /** The resource folder of the shipped files. */
  static final String FOLDER = "/org/communitygov/rules/parameters/";

  /** The shipped files, one per topic. Add a new file here. */
  static final List<String> FILES =
      List.of(
          "places.json", "mlg.json", "extreme-poverty.json", "elder-ability.json", "priority.json");

  static final ParameterSet SET = loadAll();

  private ShippedParameters() {}

  private static ParameterSet loadAll() {
    ParameterSet set = ParameterSet.empty();
    for (String file : FILES) {
      try (InputStream in = ShippedParameters.class.getResourceAsStream(FOLDER + file)) {
        if (in == null) {
          throw ParameterFileException.invalid(file, "missing from the library's resources");
        }
        set = set.withOverrides(ParameterSet.load(in, file));
      } catch (IOException e) {
        throw ParameterFileException.invalid(file, "cannot be read", e);
      }
    }
    return set;
  }
}
