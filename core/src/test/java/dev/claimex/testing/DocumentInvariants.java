package dev.claimex.testing;

import dev.claimex.api.Claim;
import dev.claimex.api.Document;
import dev.claimex.api.Entity;
import dev.claimex.api.EntityMention;
import dev.claimex.api.Quote;
import dev.claimex.api.Region;
import dev.claimex.api.Sentence;
import dev.claimex.api.Span;
import dev.claimex.api.Speaker;
import dev.claimex.api.TextSpan;
import dev.claimex.api.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks what must hold for every {@link Document}, whatever stages produced it (after Lucene's
 * checks on every analyzer test): every span lies inside the text, lists are sorted by start, a
 * span's recorded text equals the text under it, tokens and sentences agree with each other, ids
 * are unique and every id reference resolves.
 *
 * <p>Every stage's tests call {@link #check}. It reports all broken invariants at once, each
 * naming the record, so one failing test says everything that is wrong with the document.
 */
public final class DocumentInvariants {
  private DocumentInvariants() {}

  /** Fails with an {@link AssertionError} listing every invariant the document breaks. */
  public static void check(Document document) {
    List<String> problems = problems(document);
    if (!problems.isEmpty()) {
      throw new AssertionError("document '" + document.id() + "' breaks " + problems.size()
          + " invariant(s):\n  " + String.join("\n  ", problems));
    }
  }

  /** Every broken invariant, one line each; empty for a sound document. */
  public static List<String> problems(Document document) {
    Checker c = new Checker(document);
    c.metadata();
    c.tokens();
    c.sentences();
    c.regions();
    Map<String, EntityMention> mentions = c.mentions();
    Map<String, Entity> entities = c.entities(mentions);
    Map<String, Quote> quotes = c.quotes(entities);
    c.claims(quotes, mentions, entities);
    return c.problems;
  }

  private static final class Checker {
    final Document d;
    final String text;
    final List<String> problems = new ArrayList<>();

    Checker(Document d) {
      this.d = d;
      this.text = d.text();
    }

    void problem(String message) {
      problems.add(message);
    }

    /** Whether the span fits the text; records a problem if not. */
    boolean inside(String what, Span s) {
      if (s.end() > text.length()) {
        problem(what + " " + s + " ends past the text (length " + text.length() + ")");
        return false;
      }
      return true;
    }

    void spanText(String what, Span s, String recorded) {
      if (inside(what, s) && !text.substring(s.start(), s.end()).equals(recorded)) {
        problem(what + " " + s + " records text '" + recorded + "' but the text there is '"
            + text.substring(s.start(), s.end()) + "'");
      }
    }

    void textSpan(String what, TextSpan t) {
      spanText(what, t.span(), t.text());
    }

    <T> void sortedByStart(String what, List<T> items, Function<T, Span> span) {
      for (int i = 1; i < items.size(); i++) {
        Span prev = span.apply(items.get(i - 1));
        Span cur = span.apply(items.get(i));
        if (cur.start() < prev.start()) {
          problem(what + " are not sorted by start: #" + (i - 1) + " " + prev + " comes before #" + i + " " + cur);
        }
      }
    }

    <T> Map<String, T> uniqueIds(String what, List<T> items, Function<T, String> id) {
      Map<String, T> byId = new HashMap<>();
      for (T item : items) {
        if (byId.putIfAbsent(id.apply(item), item) != null) {
          problem(what + " id '" + id.apply(item) + "' is used more than once");
        }
      }
      return byId;
    }

    void metadata() {
      if (!d.published().equals(d.metadata().published())) {
        problem("published " + d.published() + " differs from the metadata's " + d.metadata().published());
      }
      d.metadata().id().filter(id -> !id.equals(d.id()))
          .ifPresent(id -> problem("document id '" + d.id() + "' differs from the metadata's '" + id + "'"));
    }

    void tokens() {
      List<Token> tokens = d.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        String what = "token #" + i + " '" + t.text() + "'";
        if (t.index() != i) {
          problem(what + " has index " + t.index());
        }
        if (t.span().isEmpty()) {
          problem(what + " has an empty span " + t.span());
        }
        spanText(what, t.span(), t.text());
        if (i > 0 && t.span().start() < tokens.get(i - 1).span().end()) {
          problem(what + " " + t.span() + " starts before the previous token ends " + tokens.get(i - 1).span());
        }
        if (t.sentence() < 0 || t.sentence() >= d.sentences().size()) {
          problem(what + " names sentence " + t.sentence() + " of " + d.sentences().size());
        } else if (!d.sentences().get(t.sentence()).tokens().contains(i)) {
          problem(what + " names sentence " + t.sentence() + ", which does not hold it");
        }
      }
    }

    void sentences() {
      List<Sentence> sentences = d.sentences();
      int expectedStart = 0;
      for (int i = 0; i < sentences.size(); i++) {
        Sentence s = sentences.get(i);
        String what = "sentence #" + i + " " + s.span();
        if (s.index() != i) {
          problem(what + " has index " + s.index());
        }
        inside(what, s.span());
        if (i > 0 && s.span().start() < sentences.get(i - 1).span().end()) {
          problem(what + " starts before the previous sentence ends " + sentences.get(i - 1).span());
        }
        if (s.tokens().start() != expectedStart) {
          problem(what + " holds tokens from " + s.tokens().start() + " but the previous sentence ended at token "
              + expectedStart + ": sentence token ranges must tile the token list");
        }
        if (s.tokens().size() == 0) {
          problem(what + " holds no tokens");
        }
        if (s.tokens().end() > d.tokens().size()) {
          problem(what + " holds tokens up to " + s.tokens().end() + " of " + d.tokens().size());
        }
        for (int t = s.tokens().start(); t < Math.min(s.tokens().end(), d.tokens().size()); t++) {
          Token token = d.tokens().get(t);
          if (token.sentence() != i) {
            problem("token #" + t + " '" + token.text() + "' lies in " + what + " but names sentence " + token.sentence());
          }
          if (!s.span().contains(token.span())) {
            problem("token #" + t + " " + token.span() + " lies outside its " + what);
          }
        }
        expectedStart = s.tokens().end();
      }
      if (expectedStart != d.tokens().size()) {
        problem("sentences cover tokens up to " + expectedStart + " but there are " + d.tokens().size()
            + ": sentence token ranges must tile the token list");
      }
    }

    void regions() {
      for (Region r : d.regions()) {
        inside("region " + r.kind(), r.span());
      }
      sortedByStart("regions", d.regions(), Region::span);
    }

    Map<String, EntityMention> mentions() {
      for (EntityMention m : d.mentions()) {
        String what = "mention " + m.id() + " (" + m.type() + ")";
        if (m.span().isEmpty()) {
          problem(what + " has an empty span " + m.span());
        }
        spanText(what, m.span(), m.text());
      }
      sortedByStart("mentions", d.mentions(), EntityMention::span);
      return uniqueIds("mention", d.mentions(), EntityMention::id);
    }

    Map<String, Entity> entities(Map<String, EntityMention> mentions) {
      Map<String, Entity> entities = uniqueIds("entity", d.entities(), Entity::id);
      Set<String> grouped = new HashSet<>();
      for (Entity e : d.entities()) {
        String what = "entity " + e.id() + " '" + e.name() + "'";
        if (e.mentionIds().isEmpty()) {
          problem(what + " has no mentions");
        }
        for (String mid : e.mentionIds()) {
          EntityMention m = mentions.get(mid);
          if (m == null) {
            problem(what + " lists mention '" + mid + "', which does not exist");
            continue;
          }
          if (!grouped.add(mid)) {
            problem("mention " + mid + " belongs to more than one entity");
          }
          if (!m.entityId().equals(Optional.of(e.id()))) {
            problem(what + " lists mention " + mid + ", whose entityId is " + m.entityId());
          }
          if (m.type() != e.type()) {
            problem(what + " of type " + e.type() + " lists mention " + mid + " of type " + m.type());
          }
        }
      }
      for (EntityMention m : d.mentions()) {
        m.entityId().ifPresent(eid -> {
          Entity e = entities.get(eid);
          if (e == null) {
            problem("mention " + m.id() + " names entity '" + eid + "', which does not exist");
          } else if (!e.mentionIds().contains(m.id())) {
            problem("mention " + m.id() + " names entity " + eid + ", which does not list it");
          }
        });
      }
      return entities;
    }

    void speaker(String what, Optional<Speaker> speaker, Map<String, Entity> entities) {
      speaker.ifPresent(s -> {
        textSpan(what + " mention", s.mention());
        s.entityId().filter(eid -> !entities.containsKey(eid))
            .ifPresent(eid -> problem(what + " names entity '" + eid + "', which does not exist"));
        speaker(what + " source", s.source(), entities);
      });
    }

    Map<String, Quote> quotes(Map<String, Entity> entities) {
      for (Quote q : d.quotes()) {
        String what = "quote " + q.id();
        spanText(what, q.content(), q.text());
        for (Span f : q.fragments()) {
          inside(what + " fragment", f);
          if (!q.content().contains(f)) {
            problem(what + " fragment " + f + " lies outside its content " + q.content());
          }
        }
        sortedByStart(what + " fragments", q.fragments(), Function.identity());
        speaker(what + " speaker", q.speaker(), entities);
        q.cue().ifPresent(cue -> textSpan(what + " cue", cue));
        q.channel().ifPresent(ch -> textSpan(what + " channel", ch));
      }
      sortedByStart("quotes", d.quotes(), Quote::content);
      return uniqueIds("quote", d.quotes(), Quote::id);
    }

    void claims(Map<String, Quote> quotes, Map<String, EntityMention> mentions, Map<String, Entity> entities) {
      for (Claim c : d.claims()) {
        String what = "claim " + c.id();
        spanText(what, c.span(), c.text());
        c.quoteId().filter(q -> !quotes.containsKey(q))
            .ifPresent(q -> problem(what + " names quote '" + q + "', which does not exist"));
        for (String mid : c.mentionIds()) {
          if (!mentions.containsKey(mid)) {
            problem(what + " lists mention '" + mid + "', which does not exist");
          }
        }
        speaker(what + " claimant", c.claimant(), entities);
        for (TextSpan h : c.hedges()) {
          textSpan(what + " hedge", h);
        }
      }
      sortedByStart("claims", d.claims(), Claim::span);
      uniqueIds("claim", d.claims(), Claim::id);
    }
  }
}
