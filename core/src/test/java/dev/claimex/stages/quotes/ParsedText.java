package dev.claimex.stages.quotes;

import dev.claimex.api.Entity;
import dev.claimex.api.EntityMention;
import dev.claimex.api.EntityType;
import dev.claimex.api.Metadata;
import dev.claimex.api.Sentence;
import dev.claimex.api.Span;
import dev.claimex.api.Token;
import dev.claimex.api.TokenRange;
import dev.claimex.pipeline.Analysis;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A test fixture: a text with hand-written dependency parses, one a sentence, in CoNLL-like
 * notation ("word/TAG/rel/head", heads 1-based, 0 for the root), so the quote logic can be
 * tested without loading a parser.
 */
final class ParsedText {
  final String text;
  final Analysis analysis;
  final List<DepParse> parses = new ArrayList<>();
  private final List<Token> tokens = new ArrayList<>();
  private final List<Sentence> sentences = new ArrayList<>();
  private int cursor;

  ParsedText(String text) {
    this.text = text;
    this.analysis = new Analysis("t", text, Metadata.EMPTY);
  }

  /** Adds the next sentence: its tokens are found in the text in order. */
  ParsedText sentence(String notation) {
    String[] items = notation.trim().split("\\s+");
    int n = items.length;
    String[] words = new String[n];
    String[] tags = new String[n];
    String[] lemmas = new String[n];
    int[] heads = new int[n];
    String[] rels = new String[n];
    Span[] spans = new Span[n];
    int first = tokens.size();
    for (int i = 0; i < n; i++) {
      String[] f = items[i].split("/");
      words[i] = f[0];
      tags[i] = f[1];
      rels[i] = f[2];
      heads[i] = Integer.parseInt(f[3]) - 1;
      lemmas[i] = f.length > 4 ? f[4] : f[0].toLowerCase();
      int at = text.indexOf(f[0], cursor);
      if (at < 0) {
        throw new IllegalArgumentException("'" + f[0] + "' not found after " + cursor);
      }
      spans[i] = new Span(at, at + f[0].length());
      cursor = at + f[0].length();
      tokens.add(new Token(tokens.size(), spans[i], f[0], sentences.size()));
    }
    sentences.add(new Sentence(sentences.size(), new Span(spans[0].start(), spans[n - 1].end()),
        new TokenRange(first, tokens.size())));
    parses.add(new DepParse(sentences.size() - 1, first, words, tags, lemmas, heads, rels, spans));
    analysis.setTokens(tokens, sentences);
    return this;
  }

  /** Marks a person name (first occurrence at or after {@code from}) as one entity. */
  ParsedText person(String entityName, String... mentionTexts) {
    List<String> ids = new ArrayList<>();
    int from = 0;
    for (String m : mentionTexts) {
      int at = text.indexOf(m, from);
      EntityMention em = analysis.addMention(EntityType.PERSON, new Span(at, at + m.length()), Optional.empty());
      ids.add(em.id());
      from = at + m.length();
    }
    String id = "e" + (analysis.entities().size() + 1);
    List<Entity> es = new ArrayList<>(analysis.entities());
    es.add(new Entity(id, EntityType.PERSON, entityName, ids));
    analysis.setEntities(es);
    analysis.replaceMentions(analysis.mentions().stream()
        .map(m -> ids.contains(m.id()) ? m.withEntityId(id) : m).toList());
    return this;
  }
}
