package dev.claimex.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimex.api.Document;
import dev.claimex.api.Entity;
import dev.claimex.api.EntityMention;
import dev.claimex.api.Quote;
import dev.claimex.api.Region;
import dev.claimex.api.Sentence;
import dev.claimex.api.Span;
import dev.claimex.api.Token;
import java.util.HashSet;
import java.util.Set;

/** Checks what every document must satisfy, whatever the input: spans fit the text as given. */
final class DocumentInvariants {
  private DocumentInvariants() {}

  static Document check(Document d) {
    String text = d.text();
    int lastEnd = 0;
    for (int i = 0; i < d.tokens().size(); i++) {
      Token t = d.tokens().get(i);
      assertThat(t.index()).as("token index").isEqualTo(i);
      inText(text, t.span(), "token");
      assertThat(t.span().isEmpty()).as("empty token %s", t).isFalse();
      assertThat(t.span().start()).as("tokens go forward at %s", t).isGreaterThanOrEqualTo(lastEnd);
      assertThat(t.text()).isEqualTo(t.span().textIn(text));
      lastEnd = t.span().end();
    }
    int nextToken = 0;
    for (int i = 0; i < d.sentences().size(); i++) {
      Sentence s = d.sentences().get(i);
      assertThat(s.index()).isEqualTo(i);
      inText(text, s.span(), "sentence");
      assertThat(s.tokens().start()).as("sentences tile the tokens").isEqualTo(nextToken);
      assertThat(s.tokens().size()).as("sentence %s has tokens", i).isPositive();
      for (int k = s.tokens().start(); k < s.tokens().end(); k++) {
        assertThat(s.span().contains(d.tokens().get(k).span())).isTrue();
        assertThat(d.tokens().get(k).sentence()).isEqualTo(i);
      }
      nextToken = s.tokens().end();
    }
    assertThat(nextToken).as("every token is in a sentence").isEqualTo(d.tokens().size());
    for (Region r : d.regions()) {
      inText(text, r.span(), "region");
    }
    Set<String> mentionIds = new HashSet<>();
    Span previous = null;
    for (EntityMention m : d.mentions()) {
      inText(text, m.span(), "mention");
      assertThat(m.text()).isEqualTo(m.span().textIn(text));
      assertThat(mentionIds.add(m.id())).as("mention ids unique").isTrue();
      if (previous != null) {
        assertThat(previous.compareTo(m.span())).as("mentions sorted").isLessThanOrEqualTo(0);
      }
      previous = m.span();
      m.entityId().ifPresent(e -> assertThat(d.entity(e)).as("entity %s of %s", e, m.id()).isPresent());
    }
    for (Entity e : d.entities()) {
      assertThat(mentionIds).containsAll(e.mentionIds());
    }
    for (Quote q : d.quotes()) {
      inText(text, q.content(), "quote");
      q.fragments().forEach(f -> inText(text, f, "quote fragment"));
    }
    d.claims().forEach(c -> inText(text, c.span(), "claim"));
    return d;
  }

  private static void inText(String text, Span s, String what) {
    assertThat(s.end()).as("%s %s inside text of length %s", what, s, text.length()).isLessThanOrEqualTo(text.length());
  }
}
