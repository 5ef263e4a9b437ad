package org.communitygov.rules.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of the communitygov library, as written into decision records.
 *
 * @since 0.1.0
 */
public final class LibraryVersion {
  private static final String VERSION = read();

  private LibraryVersion() {}

  /**
   * Returns the version of this build of communitygov, such as {@code 0.1.0}.
   *
   * @return the version, not null
   */
  public static String current() {
    return VERSION;
  }

  private static String read() {
    try (InputStream in = LibraryVersion.class.getResourceAsStream("library.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
