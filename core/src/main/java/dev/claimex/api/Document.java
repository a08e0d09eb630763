package dev.claimex.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of processing one news text: immutable, and every span is a half-open character
 * range into {@link #text()}, the text exactly as given.
 *
 * @param mentions entity mentions and time expressions, sorted by span
 * @param entities people, places and organizations grouping their mentions under a canonical name
 * @param regions marked headlines, headings, datelines and boilerplate (the text stays as it was)
 * @param language the detected language, where detection ran
 * @param warnings what went wrong or looks doubtful without failing the document
 */
public record Document(String id, String text, Optional<LocalDate> published, Metadata metadata,
                       List<Sentence> sentences, List<Token> tokens, List<Region> regions,
                       List<EntityMention> mentions, List<Entity> entities, List<Quote> quotes,
                       List<Claim> claims, Optional<Language> language, List<Warning> warnings,
                       Provenance provenance) {
  public Document {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(metadata, "metadata");
    sentences = List.copyOf(sentences);
    tokens = List.copyOf(tokens);
    regions = List.copyOf(regions);
    mentions = List.copyOf(mentions);
    entities = List.copyOf(entities);
    quotes = List.copyOf(quotes);
    claims = List.copyOf(claims);
    Objects.requireNonNull(language, "language");
    warnings = List.copyOf(warnings);
    Objects.requireNonNull(provenance, "provenance");
  }

  /** The original text under a span. */
  public String textOf(Span span) {
    return span.textIn(text);
  }

  /** The entity with this id, if any. */
  public Optional<Entity> entity(String entityId) {
    return entities.stream().filter(e -> e.id().equals(entityId)).findFirst();
  }

  /** The region kind covering this offset, if any. */
  public Optional<Region> regionAt(int offset) {
    return regions.stream().filter(r -> r.span().contains(offset)).findFirst();
  }
}
