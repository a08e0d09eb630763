package dev.claimex.api;

import java.util.Objects;

/** Something a stage wants the user to know about a document it processed nonetheless. */
public record Warning(String stage, String code, String message) {
  public Warning {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }
}
