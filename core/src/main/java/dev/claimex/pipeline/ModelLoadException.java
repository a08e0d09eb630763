package dev.claimex.pipeline;

/** A model or lexicon could not be found or read. The message names it and says what to do. */
public class ModelLoadException extends RuntimeException {
  public ModelLoadException(String message) {
    super(message);
  }

  public ModelLoadException(String message, Throwable cause) {
    super(message, cause);
  }
}
