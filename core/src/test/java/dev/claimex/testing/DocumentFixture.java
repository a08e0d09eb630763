package dev.claimex.testing;

import dev.claimex.api.Claim;
import dev.claimex.api.Document;
import dev.claimex.api.Entity;
import dev.claimex.api.EntityMention;
import dev.claimex.api.EntityType;
import dev.claimex.api.Language;
import dev.claimex.api.Metadata;
import dev.claimex.api.ModelInfo;
import dev.claimex.api.Provenance;
import dev.claimex.api.Quote;
import dev.claimex.api.Region;
import dev.claimex.api.RegionKind;
import dev.claimex.api.Sentence;
import dev.claimex.api.Span;
import dev.claimex.api.TextSpan;
import dev.claimex.api.Token;
import dev.claimex.api.TokenRange;
import dev.claimex.api.Warning;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds a {@link Document} by hand, without any model, for tests of code that reads documents
 * (JSON output, the invariants themselves). Spans are found by their text, so a fixture reads
 * like the article it stands for; tokens come from a simple rule (words, numbers, single
 * punctuation marks) and every non-blank line is one sentence.
 */
public final class DocumentFixture {
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:['’.,][\\p{L}\\p{N}]+)*|\\S");

  private final String id;
  private final String text;
  private Optional<LocalDate> published = Optional.empty();
  private Optional<Language> language = Optional.empty();
  private final List<Region> regions = new ArrayList<>();
  private final List<EntityMention> mentions = new ArrayList<>();
  private final List<Entity> entities = new ArrayList<>();
  private final Map<String, String> entityOf = new HashMap<>();
  private final List<Quote> quotes = new ArrayList<>();
  private final List<Claim> claims = new ArrayList<>();
  private final List<Warning> warnings = new ArrayList<>();
  private int searchFrom;

  private DocumentFixture(String id, String text) {
    this.id = id;
    this.text = text;
  }

  public static DocumentFixture of(String id, String text) {
    return new DocumentFixture(id, text);
  }

  public String text() {
    return text;
  }

  public DocumentFixture published(String isoDate) {
    published = Optional.of(LocalDate.parse(isoDate));
    return this;
  }

  public DocumentFixture language(String code, double confidence) {
    language = Optional.of(new Language(code, confidence));
    return this;
  }

  /** The span of the first occurrence of {@code part} at or after {@code from}; fails if there is none. */
  public Span span(String part, int from) {
    int b = text.indexOf(part, from);
    if (b < 0) {
      throw new IllegalArgumentException("'" + part + "' not in the fixture text after offset " + from);
    }
    return new Span(b, b + part.length());
  }

  /** The span of the first occurrence of {@code part}. */
  public Span span(String part) {
    return span(part, 0);
  }

  public TextSpan textSpan(String part) {
    return TextSpan.of(text, span(part));
  }

  /**
   * Adds a mention of the next occurrence of {@code part} after the previous mention's start: add
   * mentions in text order.
   */
  public EntityMention mention(EntityType type, String part) {
    return add(type, part, Optional.empty());
  }

  /** Adds a time expression with its normalized value, like {@link #mention}. */
  public EntityMention time(EntityType type, String part, String value) {
    return add(type, part, Optional.of(value));
  }

  private EntityMention add(EntityType type, String part, Optional<String> value) {
    Span s = span(part, searchFrom);
    searchFrom = s.start() + 1;
    EntityMention m = new EntityMention("m" + (mentions.size() + 1), type, s, part, value, Optional.empty());
    mentions.add(m);
    return m;
  }

  /** Groups mentions under an entity; the mentions get its id when the document is built. */
  public Entity entity(EntityType type, String name, EntityMention... grouped) {
    Entity e = new Entity("e" + (entities.size() + 1), type, name,
        Arrays.stream(grouped).map(EntityMention::id).toList());
    entities.add(e);
    for (EntityMention m : grouped) {
      entityOf.put(m.id(), e.id());
    }
    return e;
  }

  public DocumentFixture region(RegionKind kind, String part) {
    regions.add(new Region(kind, span(part)));
    return this;
  }

  public DocumentFixture quote(Quote quote) {
    quotes.add(quote);
    return this;
  }

  public DocumentFixture claim(Claim claim) {
    claims.add(claim);
    return this;
  }

  public DocumentFixture warn(String stage, String code, String message) {
    warnings.add(new Warning(stage, code, message));
    return this;
  }

  public Document build() {
    List<Token> tokens = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    int lineStart = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
        int first = tokens.size();
        Matcher m = TOKEN.matcher(text).region(lineStart, i);
        while (m.find()) {
          tokens.add(new Token(tokens.size(), new Span(m.start(), m.end()), m.group(), sentences.size()));
        }
        if (tokens.size() > first) {
          Span span = new Span(tokens.get(first).span().start(), tokens.get(tokens.size() - 1).span().end());
          sentences.add(new Sentence(sentences.size(), span, new TokenRange(first, tokens.size())));
        }
        lineStart = i + 1;
      }
    }
    List<EntityMention> withEntities = mentions.stream()
        .map(m -> entityOf.containsKey(m.id()) ? m.withEntityId(entityOf.get(m.id())) : m)
        .sorted(Comparator.comparing(EntityMention::span))
        .toList();
    Metadata metadata = new Metadata(Optional.of(id), published, Optional.empty(), Optional.empty());
    Provenance provenance = new Provenance("test", List.of("fixture"),
        List.of(new ModelInfo("hand-made", "1", "DocumentFixture")));
    return new Document(id, text, published, metadata, sentences, tokens,
        regions.stream().sorted(Comparator.comparing(Region::span)).toList(), withEntities, entities, quotes, claims,
        language, warnings, provenance);
  }
}
