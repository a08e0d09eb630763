package dev.claimex.pipeline;

import dev.claimex.api.ModelInfo;
import java.util.List;
import java.util.Set;

/**
 * One step of the pipeline.
 *
 * <p>Contract: a stage is <b>stateless and thread-safe after construction</b>. Every model it
 * needs is loaded in its constructor (so a {@link Pipeline} fails at build time, not on the first
 * document); {@link #apply} keeps no state between calls and may run on many threads at once,
 * each with its own {@link Analysis}.
 */
public interface Stage {
  /** A short stable name, used in errors, warnings and provenance. */
  String name();

  /** Layers that must be present before this stage runs. */
  Set<Layer> requires();

  /** Layers this stage adds. */
  Set<Layer> provides();

  /** Adds this stage's layers to the analysis of one document. */
  void apply(Analysis analysis);

  /** Models and lexicons this stage uses, for provenance. */
  default List<ModelInfo> models() {
    return List.of();
  }
}
