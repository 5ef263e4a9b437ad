package org.communitygov.api.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * Tells the version of communitygov: the jar manifest's {@code Implementation-Version}, else the
 * version Maven recorded in the jar's {@code pom.properties}.
 */
final class VersionProvider implements IVersionProvider {
  private static final String POM_PROPERTIES =
      "/META-INF/maven/org.communitygov/communitygov-api/pom.properties";

  @Override
  public String[] getVersion() {
    return new String[] {
      "communitygov " + version(),
      "Java " + Runtime.version() + " (" + System.getProperty("java.vendor", "unknown") + ")"
    };
  }

  /** Returns the version, or {@code unknown} when not run from a built jar. */
  static String version() {
    String fromManifest = Main.class.getPackage().getImplementationVersion();
    if (fromManifest != null) {
      return fromManifest;
    }
    try (InputStream in = Main.class.getResourceAsStream(POM_PROPERTIES)) {
      if (in != null) {
        Properties properties = new Properties();
        properties.load(in);
        return properties.getProperty("version", "unknown");
      }
    } catch (IOException e) {
      // fall through: the version is only informative
    }
    return "unknown (not run from a built jar)";
  }
}
