package dev.claimex;

import dev.claimex.pipeline.Pipeline;
import dev.claimex.stages.CoreNlpTokenizer;
import dev.claimex.stages.CrfNameTagger;
import dev.claimex.stages.EntityGrouper;
import dev.claimex.stages.LanguageDetector;
import dev.claimex.stages.NameMentions;
import dev.claimex.stages.NameRules;
import dev.claimex.stages.PlaceAliases;
import dev.claimex.stages.PosTagger;
import dev.claimex.stages.RegionMarker;
import dev.claimex.stages.TimeTagger;
import dev.claimex.stages.claims.ClaimStage;
import dev.claimex.stages.quotes.QuoteFinder;

/**
 * Entry point: the default Claimex pipeline.
 *
 * <pre>{@code
 * Pipeline claimex = Claimex.pipeline();          // loads every model once (a few seconds)
 * Document doc = claimex.process(text, Metadata.of("a1", LocalDate.parse("2025-10-21")));
 * doc.mentions().forEach(m -> System.out.println(m.type() + " " + m.text() + " " + m.value()));
 * }</pre>
 *
 * The returned pipeline is immutable and thread-safe: share one instance.
 */
public final class Claimex {
  private Claimex() {}

  /** A builder holding the default stages, to add stages of your own or set limits. */
  public static Pipeline.Builder defaults() {
    SharedModels shared = new SharedModels();
    return Pipeline.builder()
        .add(CoreNlpTokenizer::new)
        .add(RegionMarker::new)
        .add(LanguageDetector::new)
        .add(CrfNameTagger::new)
        .add(() -> new NameMentions(new NameRules()))
        .add(() -> new TimeTagger(shared.posTagger()))
        .add(() -> new EntityGrouper(new PlaceAliases()))
        .add(() -> new QuoteFinder(shared.posTagger()))
        .add(ClaimStage::new);
  }

  /**
   * Models more than one stage uses, loaded by the first stage factory that asks (at build
   * time, on the building thread) and shared after that.
   */
  private static final class SharedModels {
    private PosTagger pos;

    PosTagger posTagger() {
      if (pos == null) {
        pos = new PosTagger();
      }
      return pos;
    }
  }

  /** The default pipeline, built: every model loaded. */
  public static Pipeline pipeline() {
    return defaults().build();
  }
}
