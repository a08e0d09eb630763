package dev.claimex.api;

import java.util.Objects;

/** Which model or lexicon produced a result: name, version and where it came from. */
public record ModelInfo(String name, String version, String source) {
  public ModelInfo {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(source, "source");
  }
}
