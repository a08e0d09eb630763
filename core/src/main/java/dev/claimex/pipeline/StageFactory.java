package dev.claimex.pipeline;

/**
 * Builds a stage, loading its models. Called once, by {@link Pipeline.Builder#build()}; a
 * missing or broken model fails there with a {@link ModelLoadException}.
 */
@FunctionalInterface
public interface StageFactory {
  Stage create() throws ModelLoadException;
}
