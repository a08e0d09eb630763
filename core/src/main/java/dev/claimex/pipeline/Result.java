package dev.claimex.pipeline;

import dev.claimex.api.Document;
import java.util.Objects;
import java.util.Optional;

/** The outcome of one document in a batch: a document, or a failure naming the stage. */
public sealed interface Result permits Result.Success, Result.Failure {
  String id();

  record Success(Document document) implements Result {
    public Success {
      Objects.requireNonNull(document, "document");
    }

    @Override
    public String id() {
      return document.id();
    }
  }

  /**
   * @param stage the stage that failed, or "input" when the record could not be read
   * @param cause the exception behind it, for logging (absent for input errors)
   */
  record Failure(String id, String stage, String message, Optional<Throwable> cause) implements Result {
    public Failure {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(stage, "stage");
      Objects.requireNonNull(message, "message");
      Objects.requireNonNull(cause, "cause");
    }
  }
}
