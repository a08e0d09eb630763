package dev.claimex.pipeline;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import dev.claimex.api.Claim;
import dev.claimex.api.Document;
import dev.claimex.api.Entity;
import dev.claimex.api.EntityMention;
import dev.claimex.api.EntityType;
import dev.claimex.api.Language;
import dev.claimex.api.Metadata;
import dev.claimex.api.Provenance;
import dev.claimex.api.Quote;
import dev.claimex.api.Region;
import dev.claimex.api.RegionKind;
import dev.claimex.api.Sentence;
import dev.claimex.api.Span;
import dev.claimex.api.Token;
import dev.claimex.api.Warning;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The working state of one document while stages run: the mutable counterpart of
 * {@link Document}, owned by one thread at a time and never shared. Stages read the layers
 * they require and set the layers they provide; {@link #toDocument} freezes the result.
 *
 * <p>Stage-private intermediate results (a backend's token objects, a parse) travel in typed
 * {@link Key slots} and never reach the public document.
 */
public final class Analysis {
  /** A typed slot for intermediate results shared between stages. */
  public static final class Key<T> {
    private final String name;

    public Key(String name) {
      this.name = name;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private final String id;
  private final String text;
  private final Metadata metadata;
  private final EnumSet<Layer> layers = EnumSet.noneOf(Layer.class);
  private final Map<Key<?>, Object> slots = new HashMap<>();
  private List<Token> tokens = List.of();
  private List<Sentence> sentences = List.of();
  private List<Region> regions = List.of();
  private Optional<Language> language = Optional.empty();
  private final List<EntityMention> mentions = new ArrayList<>();
  private List<Entity> entities = List.of();
  private List<Quote> quotes = List.of();
  private List<Claim> claims = List.of();
  private final List<Warning> warnings = new ArrayList<>();
  private int nextMentionId = 1;
  private final Limits limits;
  private final long deadlineNanos;
  private final Map<String, Integer> longSentencesSkipped = new java.util.LinkedHashMap<>();

  /** An analysis under the {@link Limits#DEFAULT default limits}. */
  public Analysis(String id, String text, Metadata metadata) {
    this(id, text, metadata, Limits.DEFAULT);
  }

  /** An analysis whose time limit starts now. */
  public Analysis(String id, String text, Metadata metadata, Limits limits) {
    this.id = id;
    this.text = text;
    this.metadata = metadata;
    this.limits = limits;
    long now = System.nanoTime();
    long max = limits.maxTime().toNanos();
    this.deadlineNanos = now + max < now ? Long.MAX_VALUE : now + max;
  }

  public Limits limits() {
    return limits;
  }

  /**
   * Fails the document if it has run past its time limit. Costly stages call this between
   * sentences; the pipeline calls it between stages.
   *
   * @throws ProcessingException naming the stage
   */
  public void checkTime(String stage) {
    if (System.nanoTime() - deadlineNanos > 0) {
      throw new ProcessingException(stage, "document took longer than the limit of "
          + limits.maxTime().toMillis() / 1000.0 + " s (" + tokens.size() + " tokens, "
          + text.length() + " characters)");
    }
  }

  /**
   * Whether a costly stage should skip this sentence because it has more than
   * {@link Limits#maxSentenceTokens} tokens; if so, counts it for a {@code long-sentence} warning.
   */
  public boolean skipLongSentence(String stage, Sentence sentence) {
    if (sentence.tokens().size() <= limits.maxSentenceTokens()) {
      return false;
    }
    longSentencesSkipped.merge(stage, 1, Integer::sum);
    return true;
  }

  /** Counts a sentence that a stage processed in pieces because it is too long. */
  public void noteLongSentenceChunked(String stage) {
    longSentencesSkipped.merge(stage + " (in chunks)", 1, Integer::sum);
  }

  public String id() {
    return id;
  }

  public String text() {
    return text;
  }

  public Metadata metadata() {
    return metadata;
  }

  public boolean has(Layer layer) {
    return layers.contains(layer);
  }

  public Set<Layer> layers() {
    return EnumSet.copyOf(layers);
  }

  void markProvided(Set<Layer> provided) {
    layers.addAll(provided);
  }

  public <T> Optional<T> get(Key<T> key) {
    @SuppressWarnings("unchecked")
    T value = (T) slots.get(key);
    return Optional.ofNullable(value);
  }

  public <T> T require(Key<T> key) {
    return get(key).orElseThrow(() -> new IllegalStateException("no " + key + " in this analysis"));
  }

  public <T> void put(Key<T> key, T value) {
    slots.put(key, value);
  }

  public List<Token> tokens() {
    return tokens;
  }

  public List<Sentence> sentences() {
    return sentences;
  }

  public void setTokens(List<Token> tokens, List<Sentence> sentences) {
    this.tokens = List.copyOf(tokens);
    this.sentences = List.copyOf(sentences);
  }

  public List<Region> regions() {
    return regions;
  }

  public void setRegions(List<Region> regions) {
    this.regions = regions.stream().sorted(Comparator.comparing(Region::span)).toList();
  }

  /** Whether the text at this span lies in a region that quote and claim stages skip. */
  public boolean inSkippedRegion(Span span) {
    for (Region r : regions) {
      if (r.kind().skipped() && r.span().overlap(span) * 2 > span.length()) {
        return true;
      }
    }
    return false;
  }

  /** The kind of region holding most of this span, if any. */
  public Optional<RegionKind> regionOf(Span span) {
    for (Region r : regions) {
      if (r.span().overlap(span) * 2 > span.length()) {
        return Optional.of(r.kind());
      }
    }
    return Optional.empty();
  }

  public Optional<Language> language() {
    return language;
  }

  public void setLanguage(Language language) {
    this.language = Optional.of(language);
  }

  public List<EntityMention> mentions() {
    return List.copyOf(mentions);
  }

  /** Adds a mention with a fresh id; the span must fit the text and the text must match it. */
  public EntityMention addMention(EntityType type, Span span, Optional<String> value) {
    checkArgument(span.end() <= text.length(), "mention %s outside text of length %s", span, text.length());
    EntityMention m = new EntityMention("m" + nextMentionId++, type, span, span.textIn(text), value, Optional.empty());
    mentions.add(m);
    return m;
  }

  /** Replaces the mentions wholesale (used by stages that attach entity ids). */
  public void replaceMentions(List<EntityMention> updated) {
    checkState(updated.size() == mentions.size(), "replaceMentions must keep every mention");
    mentions.clear();
    mentions.addAll(updated);
  }

  public List<Entity> entities() {
    return entities;
  }

  public void setEntities(List<Entity> entities) {
    this.entities = List.copyOf(entities);
  }

  public List<Quote> quotes() {
    return quotes;
  }

  public void setQuotes(List<Quote> quotes) {
    this.quotes = List.copyOf(quotes);
  }

  public List<Claim> claims() {
    return claims;
  }

  public void setClaims(List<Claim> claims) {
    this.claims = List.copyOf(claims);
  }

  public void warn(String stage, String code, String message) {
    warnings.add(new Warning(stage, code, message));
  }

  public List<Warning> warnings() {
    return List.copyOf(warnings);
  }

  /** Freezes the analysis into an immutable document. */
  public Document toDocument(Provenance provenance) {
    if (!longSentencesSkipped.isEmpty()) {
      StringBuilder what = new StringBuilder();
      longSentencesSkipped.forEach((stage, n) -> what.append(what.length() == 0 ? "" : ", ")
          .append(stage).append(": ").append(n));
      warnings.add(new Warning("pipeline", "long-sentence", "sentences longer than "
          + limits.maxSentenceTokens() + " tokens were skipped or cut by costly stages (" + what + ")"));
      longSentencesSkipped.clear();
    }
    List<EntityMention> sorted = mentions.stream()
        .sorted(Comparator.comparing(EntityMention::span).thenComparing(EntityMention::type))
        .toList();
    return new Document(id, text, metadata.published(), metadata, sentences, tokens, regions, sorted, entities,
        quotes, claims, language, warnings, provenance);
  }
}
