package dev.claimex.api;

import java.util.List;
import java.util.Objects;

/** What produced a document: the library version, the stages in order and the models they used. */
public record Provenance(String libraryVersion, List<String> stages, List<ModelInfo> models) {
  public Provenance {
    Objects.requireNonNull(libraryVersion, "libraryVersion");
    stages = List.copyOf(stages);
    models = List.copyOf(models);
  }
}
