package org.communitygov.api.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import org.communitygov.rules.engine.ParameterSet;

/** The shipped parameters with the files of {@code --parameters} laid over them, in order. */
final class ParameterFiles {
  private ParameterFiles() {}

  static ParameterSet load(List<String> files) throws UnreadableInput {
    ParameterSet set = ParameterSet.defaults();
    for (String file : files) {
      Path path;
      try {
        path = Path.of(file);
      } catch (InvalidPathException e) {
        throw new UnreadableInput(file, "read.badPath");
      }
      if (!Files.isRegularFile(path)) {
        throw new UnreadableInput(
            file, Files.isDirectory(path) ? "read.directory" : "read.noSuchFile");
      }
      // An invalid file throws ParameterFileException (parameter.file), naming the file.
      set = set.withOverrides(ParameterSet.load(path));
    }
    return set;
  }
}
