package dev.claimex.stages;

import dev.claimex.api.EntityType;
import dev.claimex.api.Sentence;
import dev.claimex.api.Span;
import dev.claimex.api.Token;
import dev.claimex.pipeline.Analysis;
import dev.claimex.pipeline.Layer;
import dev.claimex.pipeline.Stage;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Turns per-token name tags into name mentions. */
public final class NameMentions implements Stage {
  @Override
  public String name() {
    return "name-mentions";
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TOKENS, Layer.SENTENCES, Layer.NAME_TAGS);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.NAMED_ENTITIES);
  }

  @Override
  public void apply(Analysis analysis) {
    List<String[]> tags = analysis.require(CrfNameTagger.RAW);
    List<Token> tokens = analysis.tokens();
    for (Sentence s : analysis.sentences()) {
      String[] t = tags.get(s.index());
      int base = s.tokens().start();
      int i = 0;
      while (i < t.length) {
        Optional<EntityType> type = CrfNameTagger.typeOf(t[i]);
        if (type.isEmpty()) {
          i++;
          continue;
        }
        int j = i + 1;
        while (j < t.length && t[j].equals(t[i])) {
          j++;
        }
        Span span = new Span(tokens.get(base + i).span().start(), tokens.get(base + j - 1).span().end());
        analysis.addMention(type.get(), span, Optional.empty());
        i = j;
      }
    }
  }
}
