package dev.claimex.testing;

import dev.claimex.api.ModelInfo;
import dev.claimex.pipeline.Analysis;
import dev.claimex.pipeline.Layer;
import dev.claimex.pipeline.Stage;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** A stage made of a lambda, for pipeline tests that must not load any model. */
public final class StubStage implements Stage {
  private final String name;
  private final Set<Layer> requires;
  private final Set<Layer> provides;
  private final Consumer<Analysis> body;
  private final List<ModelInfo> models;

  public StubStage(String name, Set<Layer> requires, Set<Layer> provides, Consumer<Analysis> body,
                   List<ModelInfo> models) {
    this.name = name;
    this.requires = requires;
    this.provides = provides;
    this.body = body;
    this.models = models;
  }

  /** A stage that provides {@code provides}, requires nothing and does {@code body}. */
  public static StubStage providing(String name, Set<Layer> provides, Consumer<Analysis> body) {
    return new StubStage(name, EnumSet.noneOf(Layer.class), provides, body, List.of());
  }

  /** A stage that requires {@code requires}, provides nothing and does {@code body}. */
  public static StubStage requiring(String name, Set<Layer> requires, Consumer<Analysis> body) {
    return new StubStage(name, requires, EnumSet.noneOf(Layer.class), body, List.of());
  }

  /** A stage that does nothing at all. */
  public static StubStage noop(String name) {
    return providing(name, EnumSet.noneOf(Layer.class), a -> { });
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Set<Layer> requires() {
    return requires;
  }

  @Override
  public Set<Layer> provides() {
    return provides;
  }

  @Override
  public void apply(Analysis analysis) {
    body.accept(analysis);
  }

  @Override
  public List<ModelInfo> models() {
    return models;
  }
}
