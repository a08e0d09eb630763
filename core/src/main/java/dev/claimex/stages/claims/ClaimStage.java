package dev.claimex.stages.claims;

import dev.claimex.api.Claim;
import dev.claimex.api.EntityMention;
import dev.claimex.api.EntityType;
import dev.claimex.api.ModelInfo;
import dev.claimex.api.Polarity;
import dev.claimex.api.Quote;
import dev.claimex.api.RegionKind;
import dev.claimex.api.Sentence;
import dev.claimex.api.Span;
import dev.claimex.api.Speaker;
import dev.claimex.api.TextSpan;
import dev.claimex.api.Token;
import dev.claimex.models.claims.CheckworthinessModel;
import dev.claimex.pipeline.Analysis;
import dev.claimex.pipeline.Layer;
import dev.claimex.pipeline.Stage;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds, types and scores the claims of a document: one claim per sentence that can hold one.
 * Runs last: it reads the time expressions and entity mentions inside each claim, and the quotes
 * (when a quote stage ran before it) for the claimant. Thread-safe after construction.
 */
public final class ClaimStage implements Stage {
  /** Sentences with fewer words hold no claim (fragments, bylines). */
  static final int MIN_WORDS = 3;

  private final ClaimCues cues;
  private final ClaimTyper typer;
  private final CheckworthinessModel model;
  private final ModelInfo modelInfo;

  public ClaimStage() {
    this(ClaimCues.load(), Checkworthiness.load());
  }

  ClaimStage(ClaimCues cues, Checkworthiness.Loaded model) {
    this.cues = cues;
    this.typer = new ClaimTyper(cues);
    this.model = model.model();
    this.modelInfo = model.info();
  }

  @Override
  public String name() {
    return "claims";
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TOKENS, Layer.SENTENCES, Layer.REGIONS);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.CLAIMS);
  }

  @Override
  public List<ModelInfo> models() {
    return List.of(modelInfo, cues.info());
  }

  @Override
  public void apply(Analysis analysis) {
    String text = analysis.text();
    List<Token> tokens = analysis.tokens();
    List<EntityMention> mentions = analysis.mentions();
    List<Quote> quotes = analysis.quotes();
    List<Claim> claims = new ArrayList<>();
    Claimants claimants = new Claimants(text, analysis.entities(), mentions);
    for (Sentence s : analysis.sentences()) {
      Span span = s.span();
      if (analysis.inSkippedRegion(span)) {
        continue;
      }
      List<String> texts = new ArrayList<>();
      List<Span> spans = new ArrayList<>();
      for (int i = s.tokens().start(); i < s.tokens().end(); i++) {
        texts.add(tokens.get(i).text());
        spans.add(tokens.get(i).span());
      }
      if (!holdsClaim(texts)) {
        continue;
      }
      Words words = Words.of(texts, spans);
      if (words.size() < MIN_WORDS) {
        continue;
      }
      boolean headline = analysis.regionOf(span).filter(k -> k == RegionKind.HEADLINE).isPresent();
      Claim c = claim("c" + (claims.size() + 1), text, span, words, mentions, quotes, headline);
      claims.add(c.claimant().isEmpty() ? c : withClaimant(c, claimants.named(c.claimant().get(), span.start())));
    }
    analysis.setClaims(claims);
  }

  /** Builds the claim of one sentence. */
  Claim claim(String id, String text, Span span, Words words, List<EntityMention> mentions, List<Quote> quotes,
              boolean headline) {
    String sentence = span.textIn(text);
    CheckworthinessModel.Scores scores = model.score(sentence);
    Set<Integer> temporal = new HashSet<>();
    List<String> inside = new ArrayList<>();
    Optional<String> time = Optional.empty();
    for (EntityMention m : mentions) {
      if (!span.contains(m.span())) {
        continue;
      }
      inside.add(m.id());
      if (m.type().isTemporal()) {
        for (int i = 0; i < words.size(); i++) {
          if (m.span().overlaps(words.spans().get(i))) {
            temporal.add(i);
          }
        }
        if (time.isEmpty() && m.value().isPresent() && m.type() != EntityType.DURATION) {
          time = m.value();
        }
      }
    }
    ClaimTyper.Typing typing = typer.type(words, temporal, scores.nonFactual(), scores.checkworthy(), headline);
    Optional<Quote> quote = Attribution.quoteOf(text, span, quotes);
    Optional<Speaker> claimant = quote.flatMap(Quote::speaker);
    Polarity polarity = typing.denial() && claimant.isPresent() ? Polarity.DENIED : Polarity.ASSERTED;
    List<TextSpan> hedges = new ArrayList<>();
    for (ClaimCues.Hit h : cues.find(words)) {
      if (h.cue() == Cue.HEDGE) {
        Span hs = new Span(words.spans().get(h.start()).start(), words.spans().get(h.end() - 1).end());
        hedges.add(TextSpan.of(text, hs));
      }
    }
    return new Claim(id, span, sentence, typing.type(), typing.confidence(), claimant, quote.map(Quote::id), inside,
        time, hedges, polarity, scores.checkworthy());
  }

  private static Claim withClaimant(Claim c, Speaker s) {
    return new Claim(c.id(), c.span(), c.text(), c.type(), c.confidence(), Optional.of(s), c.quoteId(),
        c.mentionIds(), c.time(), c.hedges(), c.polarity(), c.checkworthiness());
  }

  /** Questions and lines that introduce what follows ("X said:") hold no claim of their own. */
  static boolean holdsClaim(List<String> tokens) {
    for (int i = tokens.size() - 1; i >= 0; i--) {
      String t = tokens.get(i);
      if (Words.isWord(t)) {
        return true;
      }
      if (t.equals("?") || t.equals(":")) {
        return false;
      }
      if (t.equals(".") || t.equals("!") || t.equals("…")) {
        return true;
      }
    }
    return false;
  }
}
