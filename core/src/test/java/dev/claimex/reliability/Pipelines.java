package dev.claimex.reliability;

import dev.claimex.Claimex;
import dev.claimex.pipeline.Pipeline;
import dev.claimex.stages.CoreNlpTokenizer;
import dev.claimex.stages.CrfNameTagger;
import dev.claimex.stages.EntityGrouper;
import dev.claimex.stages.LanguageDetector;
import dev.claimex.stages.NameMentions;
import dev.claimex.stages.NameRules;
import dev.claimex.stages.PlaceAliases;
import dev.claimex.stages.RegionMarker;

/** Pipelines built once per test JVM: loading the models takes seconds. */
final class Pipelines {
  private Pipelines() {}

  private static final class Full {
    static final Pipeline PIPELINE = Claimex.pipeline();
  }

  private static final class Light {
    static final Pipeline PIPELINE = Pipeline.builder()
        .add(CoreNlpTokenizer::new)
        .add(RegionMarker::new)
        .add(LanguageDetector::new)
        .add(() -> new CrfNameTagger(CrfNameTagger.ALL_3CLASS))
        .add(() -> new NameMentions(new NameRules()))
        .add(() -> new EntityGrouper(new PlaceAliases()))
        .build();
  }

  private static final class Tokens {
    static final Pipeline PIPELINE = Pipeline.builder().add(CoreNlpTokenizer::new).add(RegionMarker::new)
        .add(LanguageDetector::new).build();
  }

  /** The default pipeline, every stage. */
  static Pipeline full() {
    return Full.PIPELINE;
  }

  /** Tokens, regions, language and names: no dates (SUTime), so fast enough to fuzz. */
  static Pipeline light() {
    return Light.PIPELINE;
  }

  /** Tokens, regions and language only: no statistical tagger. */
  static Pipeline tokensOnly() {
    return Tokens.PIPELINE;
  }
}
