package dev.claimex.pipeline;

/** Processing one document failed in a stage. The batch API turns it into a per-document failure. */
public class ProcessingException extends RuntimeException {
  private final String stage;

  public ProcessingException(String stage, String message, Throwable cause) {
    super(message, cause);
    this.stage = stage;
  }

  public ProcessingException(String stage, String message) {
    this(stage, message, null);
  }

  /** The stage that failed ("input" for documents rejected before any stage ran). */
  public String stage() {
    return stage;
  }
}
