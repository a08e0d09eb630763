package dev.claimex.stages.claims;

import dev.claimex.api.ModelInfo;
import dev.claimex.internal.ModelResources;
import dev.claimex.models.claims.CheckworthinessModel;
import dev.claimex.pipeline.ModelLoadException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads the trained check-worthiness model: the one shipped in claimex-models
 * ({@code claims/checkworthiness}), or a model file named by the system property
 * {@value #PROPERTY} (used to score cross-validation folds with the full pipeline).
 */
final class Checkworthiness {
  /** System property naming a model file to use instead of the shipped one. */
  static final String PROPERTY = "claimex.checkworthiness.model";

  record Loaded(CheckworthinessModel model, ModelInfo info) {}

  private Checkworthiness() {}

  static Loaded load() {
    String file = System.getProperty(PROPERTY);
    if (file != null && !file.isBlank()) {
      Path p = Path.of(file);
      try {
        CheckworthinessModel m = CheckworthinessModel.read(Files.readAllBytes(p));
        return new Loaded(m, new ModelInfo("checkworthiness", "file", p.toAbsolutePath().toString()));
      } catch (IOException | UncheckedIOException e) {
        throw new ModelLoadException("cannot read the check-worthiness model '" + p + "' named by -D" + PROPERTY
            + ": " + e.getMessage(), e);
      }
    }
    ModelResources.Loaded res = ModelResources.load("claims/checkworthiness");
    try {
      return new Loaded(CheckworthinessModel.read(res.bytes()), res.info());
    } catch (UncheckedIOException e) {
      throw new ModelLoadException("the shipped check-worthiness model is unreadable: " + e.getMessage(), e);
    }
  }
}
