package dev.claimex.pipeline;

import dev.claimex.api.Metadata;
import java.util.Objects;

/** One document for the batch API: either text to process, or a record that could not be read. */
public sealed interface Input permits Input.Text, Input.Invalid {
  /** The document id (a file name, a JSON Lines id, or a generated "line-N"). */
  String id();

  /** A document to process. */
  record Text(String id, String text, Metadata metadata) implements Input {
    public Text {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(metadata, "metadata");
    }
  }

  /** An input record that could not be read (malformed JSON, no text …); it becomes a failure. */
  record Invalid(String id, String reason) implements Input {
    public Invalid {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
