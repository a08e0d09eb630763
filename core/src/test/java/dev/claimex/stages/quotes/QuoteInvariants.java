package dev.claimex.stages.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimex.api.Quote;
import dev.claimex.api.Span;
import dev.claimex.api.Speaker;
import dev.claimex.api.TextSpan;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What must hold for a quote list built outside a {@link dev.claimex.api.Document} (the hand-parsed
 * fixtures; documents go through {@link dev.claimex.testing.DocumentInvariants}):
 * spans inside the text and non-empty, recorded text equal to the text under the span,
 * fragments inside the content, quotes sorted by start, ids unique.
 */
final class QuoteInvariants {
  private QuoteInvariants() {}

  static void check(String text, List<Quote> quotes) {
    Set<String> ids = new HashSet<>();
    int last = -1;
    for (Quote q : quotes) {
      assertThat(ids.add(q.id())).as("unique id %s", q.id()).isTrue();
      inside(text, q.content(), q.id() + " content");
      assertThat(q.content().isEmpty()).as("%s content empty", q.id()).isFalse();
      assertThat(q.text()).as("%s text", q.id()).isEqualTo(q.content().textIn(text));
      assertThat(q.content().start()).as("%s sorted", q.id()).isGreaterThanOrEqualTo(last);
      last = q.content().start();
      for (Span f : q.fragments()) {
        assertThat(q.content().contains(f)).as("%s fragment %s inside content %s", q.id(), f, q.content()).isTrue();
      }
      q.cue().ifPresent(c -> textSpan(text, c, q.id() + " cue"));
      q.channel().ifPresent(c -> textSpan(text, c, q.id() + " channel"));
      q.speaker().ifPresent(s -> speaker(text, s, q.id()));
      assertThat(q.confidence()).isBetween(0.0, 1.0);
    }
  }

  private static void speaker(String text, Speaker s, String id) {
    textSpan(text, s.mention(), id + " speaker");
    s.source().ifPresent(src -> speaker(text, src, id + " source"));
  }

  private static void textSpan(String text, TextSpan t, String what) {
    inside(text, t.span(), what);
    assertThat(t.text()).as(what).isEqualTo(t.span().textIn(text));
  }

  private static void inside(String text, Span s, String what) {
    assertThat(s.end()).as("%s %s inside text of length %s", what, s, text.length()).isLessThanOrEqualTo(text.length());
  }
}
