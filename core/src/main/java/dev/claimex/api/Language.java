package dev.claimex.api;

import java.util.Objects;

/** The detected language of a document (ISO 639-3 code as OpenNLP reports it, e.g. "eng"). */
public record Language(String code, double confidence) {
  public Language {
    Objects.requireNonNull(code, "code");
  }

  public boolean isEnglish() {
    return code.equals("eng");
  }
}
