package dev.claimex.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The library version, read from a resource Maven fills in at build time. */
final class Version {
  static final String LIBRARY = read();

  private Version() {}

  private static String read() {
    try (InputStream in = Version.class.getResourceAsStream("/dev/claimex/version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
